import type { Catalog, CatalogEntry } from '../catalog/schema';
import { buildFormRegexes } from './build-regex';
import { compileForms, type CompiledForms } from './compile-forms';
import { findPhasesAfter } from './coordination';
import { resolveHit } from './resolve-hit';
import { scanHits, type Hit } from './scan-hits';
import { findTruncatedPrefix } from './truncated-prefix';
import type { Match, Matcher } from './types';

function toMatch(entry: CatalogEntry, input: string, start: number, end: number): Match {
  const { kind, id, name, category } = entry;
  return { kind, id, name, category, text: input.slice(start, end), start, end };
}

/**
 * Resolves one regex hit and emits its match, plus a truncated "kypho/" before it and coordinated
 * phase words after it. Returns the original end of the last thing emitted (the scan resumes there,
 * so nothing overlaps), or -1 when the hit was rejected.
 */
function emitHit(
  forms: CompiledForms,
  input: string,
  out: Match[],
  hit: Hit,
  lastEnd: number,
  normalized: boolean,
): number {
  const resolved = resolveHit(forms, input, hit.start, hit.end, normalized);
  if (!resolved) return -1;
  const { entry } = resolved.candidate;
  const prefix = findTruncatedPrefix(input, forms, resolved.start, resolved.form, lastEnd);
  // The completed prefix ("kyphoplasty") is not in the text: only rule-free forms can vouch for it.
  const plain = prefix?.candidates.find((c) => c.casePattern === undefined && c.context === undefined);
  if (prefix && plain) out.push(toMatch(plain.entry, input, prefix.start, prefix.end));
  out.push(toMatch(entry, input, resolved.start, resolved.end));
  let end = resolved.end;
  const phases = forms.phasesById.get(entry.id);
  if (phases) {
    for (const phase of findPhasesAfter(input, resolved.end, phases, normalized)) {
      const child = forms.entriesById.get(phase.childId);
      if (!child) continue;
      out.push(toMatch(child, input, phase.start, phase.end));
      end = phase.end;
    }
  }
  return end;
}

/**
 * Compiles a catalog once into a matcher: every synonym, abbreviation and brand normalized, one
 * precompiled regex (several past 1,500 forms) that finds candidate hits, and a lookup that applies
 * each form's rule (case-exact abbreviations, context words). Matches are leftmost-longest and never
 * overlap; after an entry with phases, a coordinated "(trial and implant)" adds the children.
 */
export function compileMatcher(catalog: Catalog): Matcher {
  const forms = compileForms(catalog);
  const regexes = buildFormRegexes([...forms.byForm.keys()]);
  return {
    match(input: string): Match[] {
      const out: Match[] = [];
      scanHits(regexes, input, (hit, lastEnd, normalized) =>
        emitHit(forms, input, out, hit, lastEnd, normalized),
      );
      return out;
    },
  };
}
