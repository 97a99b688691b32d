import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Program } from '../messages/schema';

export const DB_NAME = 'fellowship-lens';
export const DB_VERSION = 1;

/** The IndexedDB layout. Records are validated when read: the shape here is what we write. */
export interface LensDB extends DBSchema {
  programs: { key: string; value: Program; indexes: { 'by-last-seen': number } };
}

export type LensDatabase = IDBPDatabase<LensDB>;

/**
 * Opens (and creates or upgrades) the extension's database. Upgrade steps cascade: a shipped step
 * is never edited, only followed by a new `if (oldVersion < N)` step.
 */
export function openLensDb(name = DB_NAME): Promise<LensDatabase> {
  return openDB<LensDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const programs = db.createObjectStore('programs', { keyPath: 'programKey' });
        programs.createIndex('by-last-seen', 'lastSeen');
      }
    },
    blocking() {
      // A newer version of the extension wants to upgrade: step aside rather than block it.
      console.warn('Fellowship Lens: closing the database for a newer version.');
    },
  });
}
