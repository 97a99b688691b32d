/**
 * Catalogs of what fellowship pages mention: procedures and benefits, each with the surface forms
 * the matcher looks for. One catalog per specialty; a new specialty is one more entry of `catalogs`.
 *
 * Zod-free at runtime, so the content script can import it: the schema's types are re-exported
 * here, and code that validates (tests, the store) imports the zod schemas from `./schema`.
 * Re-exporting the schemas themselves would put zod's runtime (about 27 kB gzipped) on every page.
 */
import { painMedicineCatalog } from './pain-medicine';
import type { Catalog } from './schema';

export type {
  Catalog,
  CatalogEntry,
  CatalogInput,
  Category,
  EntryKind,
  SurfaceForm,
  ValueType,
} from './schema';
export { painMedicineCatalog, painMedicineCatalogInput } from './pain-medicine';
export { buildCatalog } from './build-catalog';
export { entryById } from './entry-by-id';
export { surfaceForms, type ResolvedSurfaceForm, type SurfaceFormSource } from './surface-forms';

/** Every shipped catalog, keyed by catalog id. */
export const catalogs = { 'pain-medicine': painMedicineCatalog } satisfies Record<string, Catalog>;

/** The id of a shipped catalog. */
export type CatalogId = keyof typeof catalogs;
