import type { Catalog, CatalogEntry, CatalogInput } from './schema';

type EntryInput = CatalogInput['entries'][number];

function withDefaults(entry: EntryInput): CatalogEntry {
  return {
    ...entry,
    synonyms: entry.synonyms ?? [],
    abbreviations: entry.abbreviations ?? [],
    brands: entry.brands ?? [],
  };
}

/**
 * The catalog as the schema's parse would return it, without zod's runtime: the content script
 * needs the catalog, and zod must stay out of it. catalog.test.ts proves both give the same value
 * and that the shipped data passes the schema.
 */
export function buildCatalog(input: CatalogInput): Catalog {
  return { ...input, entries: input.entries.map(withDefaults) };
}
