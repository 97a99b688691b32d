import type { Catalog, CatalogEntry, SurfaceForm } from '../catalog/schema';
import { compileContextRule, type ContextRule } from './context-rule';
import { compilePhaseRule, type PhaseRule } from './coordination';
import { normalizeText } from './normalize-text';
import { trimToWords } from './word-chars';

/** Default distance, in normalized chars, within which a context word must occur. */
export const DEFAULT_CONTEXT_WINDOW = 60;

/** One way a normalized form can resolve to an entry, with the rule it must pass. */
export interface FormCandidate {
  entry: CatalogEntry;
  /** Abbreviations only: the form normalized with case kept, aligned char for char with the key. */
  casePattern?: string;
  /** Context words (normalized word prefixes), one of which must be near the match. */
  context?: ContextRule;
}

/** The catalog's forms, ready for lookup after a regex hit. */
export interface CompiledForms {
  /** Normalized form → candidates, most specific rule first. */
  byForm: Map<string, FormCandidate[]>;
  /** Entry id → entry, for phase children. */
  entriesById: Map<string, CatalogEntry>;
  /** Entry id → its coordinated phase words. */
  phasesById: Map<string, PhaseRule>;
}

/** Normalizes a catalog term exactly like page text, trimmed to start and end on word chars. */
export function normalizeForm(form: string, keepCase = false): string {
  const lower = normalizeText(form).text;
  const [start, end] = trimToWords(lower);
  // Both normalizations make the same folding decisions, so the same trim applies to both.
  return (keepCase ? normalizeText(form, { keepCase: true }).text : lower).slice(start, end);
}

/** Specific evidence first: a case-exact abbreviation with context beats a bare synonym. */
function rank(candidate: FormCandidate): number {
  return (candidate.casePattern === undefined ? 2 : 0) + (candidate.context === undefined ? 1 : 0);
}

function addForm(forms: CompiledForms, entry: CatalogEntry, form: SurfaceForm, caseSensitive: boolean) {
  const text = typeof form === 'string' ? form : form.text;
  const key = normalizeForm(text);
  if (key.length === 0) return;
  const candidate: FormCandidate = { entry };
  if (caseSensitive) candidate.casePattern = normalizeForm(text, true);
  if (typeof form !== 'string') {
    const words = form.context.map((word) => normalizeForm(word)).filter((w) => w.length > 0);
    if (words.length > 0)
      candidate.context = compileContextRule(words, form.window ?? DEFAULT_CONTEXT_WINDOW);
  }
  const list = forms.byForm.get(key) ?? [];
  list.push(candidate);
  list.sort((a, b) => rank(a) - rank(b));
  forms.byForm.set(key, list);
}

/** Collects and normalizes every synonym, abbreviation and brand of the catalog. */
export function compileForms(catalog: Catalog): CompiledForms {
  const forms: CompiledForms = {
    byForm: new Map(),
    entriesById: new Map(),
    phasesById: new Map(),
  };
  for (const entry of catalog.entries) {
    forms.entriesById.set(entry.id, entry);
    for (const form of entry.synonyms) addForm(forms, entry, form, false);
    for (const form of entry.brands) addForm(forms, entry, form, false);
    for (const form of entry.abbreviations) addForm(forms, entry, form, true);
    if (entry.phases)
      forms.phasesById.set(
        entry.id,
        compilePhaseRule(entry.phases, (w) => normalizeForm(w)),
      );
  }
  return forms;
}
