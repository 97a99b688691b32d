import type { CompiledForms, FormCandidate } from './compile-forms';
import { hasContext } from './context-rule';
import { FOLD_STRIP, foldCode } from './fold-table';
import { normalizeRange, type NormalizedRange } from './normalize-range';
import { isWordCode } from './word-chars';

/** A hit that passed its rule, in original offsets, with the form (no plural) that matched. */
export interface ResolvedHit {
  start: number;
  end: number;
  form: string;
  candidate: FormCandidate;
}

const PLURALS = ['', 's', 'es'];
const NONE: readonly FormCandidate[] = [];

function isCasedLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/** Abbreviations: every letter of the original must have the form's case (plural suffix ignored). */
function hasExactCase(input: string, start: number, local: NormalizedRange, pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern.charCodeAt(i);
    // Dashes, spaces and digits were folded or never had case: only letters are compared.
    if (isCasedLetter(p) && input.charCodeAt(start + local.offsets[i]!) !== p) return false;
  }
  return true;
}

/**
 * Whether normalized text has a word boundary at original offset `at`, looking back (`step` -1) or
 * forward (1). The regex's `\b` takes "é" for a non-word char and "®" for a break, and the
 * normalizer does neither ("intellis®scs" is one word).
 */
function isBoundary(input: string, at: number, step: -1 | 1): boolean {
  let i = step < 0 ? at - 1 : at;
  let f = foldCode(input.charCodeAt(i));
  while (f === FOLD_STRIP && i >= 0 && i < input.length) f = foldCode(input.charCodeAt((i += step)));
  return !isWordCode(f);
}

/** The first candidate of `form` whose rule holds for the original span [start, end). */
function accept(
  forms: CompiledForms,
  input: string,
  local: NormalizedRange,
  form: string,
  start: number,
  end: number,
  normalized: boolean,
): FormCandidate | undefined {
  for (const candidate of forms.byForm.get(form) ?? NONE) {
    if (candidate.casePattern !== undefined && !hasExactCase(input, start, local, candidate.casePattern))
      continue;
    if (candidate.context && !hasContext(candidate.context, input, start, end, !normalized)) continue;
    return candidate;
  }
  return undefined;
}

/**
 * Resolves a regex hit at original [start, end): the longest form that starts at `start`, ends on
 * a word boundary no later than `end` (a plural "s"/"es" allowed), and passes its rule. A rejected
 * long hit thus still yields a shorter valid form at the same place ("scs trial" → "SCS").
 * `normalized`: the hit came from a normalized scan, so raw-text probes are not trusted.
 */
export function resolveHit(
  forms: CompiledForms,
  input: string,
  start: number,
  end: number,
  normalized = false,
): ResolvedHit | undefined {
  if (!isBoundary(input, start, -1)) return undefined;
  const local = normalizeRange(input, start, end);
  const text = local.text;
  for (let e = text.length; e > 0; e--) {
    if (e !== text.length && (!isWordCode(text.charCodeAt(e - 1)) || isWordCode(text.charCodeAt(e))))
      continue;
    const originalEnd = start + local.offsets[e - 1]! + 1;
    if (e === text.length && !isBoundary(input, originalEnd, 1)) continue;
    for (const suffix of PLURALS) {
      if (!text.endsWith(suffix, e) || e - suffix.length <= 0) break;
      const form = text.slice(0, e - suffix.length);
      const candidate = accept(forms, input, local, form, start, originalEnd, normalized);
      if (candidate) return { start, end: originalEnd, form, candidate };
    }
  }
  return undefined;
}
