// Types only: the data files must stay free of zod's runtime so the content script can import them.
import type * as z from 'zod';
import type { CatalogEntry, SurfaceForm, ValueType } from '../schema';

/** A catalog entry as authored (defaults not yet applied). */
export type EntryInput = z.input<typeof CatalogEntry>;

/** An entry without the fields its data file fixes for all of its entries. */
type EntryFields = Omit<EntryInput, 'kind' | 'category'>;

/** The procedures of one category: each file fixes `kind` and `category` once. */
export function procedures(category: string, entries: EntryFields[]): EntryInput[] {
  return entries.map((entry) => ({ kind: 'procedure', category, ...entry }));
}

/** The benefits of one category; a benefit without a value type does not type-check. */
export function benefits(
  category: string,
  entries: (EntryFields & { valueType: ValueType })[],
): EntryInput[] {
  return entries.map((entry) => ({ kind: 'benefit', category, ...entry }));
}

/**
 * A form that counts only with one of `context` (normalized word prefixes) within `window`
 * characters (the matcher's default, 60, when omitted).
 */
export function near(text: string, context: string[], window?: number): SurfaceForm {
  return window === undefined ? { text, context } : { text, context, window };
}
