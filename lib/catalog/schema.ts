import * as z from 'zod';

/**
 * A surface form: either plain text, or text that counts only when one of `context` is nearby.
 * `context` entries are matched against normalized text (lowercase, dashes and slashes folded to
 * spaces) as word prefixes within `window` characters before or after the form.
 */
export const SurfaceForm = z.union([
  z.string().min(1),
  z.object({
    text: z.string().min(1),
    context: z.array(z.string().min(1)).min(1),
    window: z.number().int().positive().optional(),
  }),
]);
export type SurfaceForm = z.infer<typeof SurfaceForm>;

export const EntryKind = z.enum(['procedure', 'benefit']);
export type EntryKind = z.infer<typeof EntryKind>;

/** What a benefit's value is, so extraction and the comparison know how to read and show it. */
export const ValueType = z.enum(['usd', 'usd-by-pgy', 'days', 'weeks', 'bool', 'enum', 'list', 'text']);
export type ValueType = z.infer<typeof ValueType>;

const entryId = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'ids are stable kebab-case');

export const CatalogEntry = z.object({
  id: entryId,
  kind: EntryKind,
  name: z.string().min(1),
  category: entryId,
  /** Case-insensitive names and phrasings, including common variants and misspellings. */
  synonyms: z.array(SurfaceForm).default([]),
  /** Case-sensitive short forms (SCS, TFESI, MBB). */
  abbreviations: z.array(SurfaceForm).default([]),
  /** Product names (Intracept, Vertiflex, Qutenza); matched case-insensitively. */
  brands: z.array(SurfaceForm).default([]),
  /** The umbrella entry this one refines, when there is one. */
  parent: entryId.optional(),
  /** Benefits only: the kind of value a page states for it. */
  valueType: ValueType.optional(),
  /**
   * Coordinated phrases: after a match of this entry, a following "(trial and implant)" or
   * "trial and permanent implantation" names children. Maps a phase word to the child id.
   */
  phases: z.record(z.string(), entryId).optional(),
  notes: z.string().optional(),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const Category = z.object({
  id: entryId,
  kind: EntryKind,
  name: z.string().min(1),
});
export type Category = z.infer<typeof Category>;

export const Catalog = z.object({
  id: entryId,
  /** The fellowship specialty this catalog describes ("Pain Medicine"). */
  specialty: z.string().min(1),
  version: z.number().int().positive(),
  categories: z.array(Category).min(1),
  entries: z.array(CatalogEntry).min(1),
});
export type Catalog = z.infer<typeof Catalog>;
/** The catalog as authored (defaults not yet applied). */
export type CatalogInput = z.input<typeof Catalog>;
