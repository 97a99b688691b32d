import type { CatalogEntry, SurfaceForm } from './schema';

/** Where a form was listed: synonyms and brands match in any case, abbreviations case-exact. */
export type SurfaceFormSource = 'synonym' | 'abbreviation' | 'brand';

/** One surface form of an entry, flattened for matching, checks and display. */
export interface ResolvedSurfaceForm {
  text: string;
  caseSensitive: boolean;
  source: SurfaceFormSource;
  /** Normalized word prefixes, one of which must occur near the form. */
  context?: string[];
  /** Characters either side within which a context word must start (matcher default when absent). */
  window?: number;
}

function resolve(form: SurfaceForm, source: SurfaceFormSource): ResolvedSurfaceForm {
  const caseSensitive = source === 'abbreviation';
  if (typeof form === 'string') return { text: form, caseSensitive, source };
  const resolved: ResolvedSurfaceForm = { text: form.text, caseSensitive, source, context: form.context };
  if (form.window !== undefined) resolved.window = form.window;
  return resolved;
}

/** Every synonym, abbreviation and brand of `entry`. The display name is not a form. */
export function surfaceForms(entry: CatalogEntry): ResolvedSurfaceForm[] {
  return [
    ...entry.synonyms.map((form) => resolve(form, 'synonym')),
    ...entry.abbreviations.map((form) => resolve(form, 'abbreviation')),
    ...entry.brands.map((form) => resolve(form, 'brand')),
  ];
}
