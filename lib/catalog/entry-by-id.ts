import type { Catalog, CatalogEntry } from './schema';

const indexes = new WeakMap<Catalog, Map<string, CatalogEntry>>();

/** The entry with `id`, or undefined. Indexed once per catalog, so lookups in loops stay cheap. */
export function entryById(catalog: Catalog, id: string): CatalogEntry | undefined {
  let index = indexes.get(catalog);
  if (!index) {
    index = new Map(catalog.entries.map((entry) => [entry.id, entry]));
    indexes.set(catalog, index);
  }
  return index.get(id);
}
