import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Note, Program, ProgramNotes, Weights } from '../messages/schema';

export const DB_NAME = 'fellowship-lens';
export const DB_VERSION = 2;

/** After a merge, visits to `from` land in the program `to`. */
export interface Alias {
  from: string;
  to: string;
}

/** The IndexedDB layout. Records are validated when read: the shape here is what we write. */
export interface LensDB extends DBSchema {
  programs: { key: string; value: Program; indexes: { 'by-last-seen': number } };
  notes: { key: string; value: Note; indexes: { 'by-program': string; 'by-url': string } };
  programNotes: { key: string; value: ProgramNotes };
  aliases: { key: string; value: Alias };
  settings: { key: string; value: Weights };
}

export type LensDatabase = IDBPDatabase<LensDB>;
export type StoreName = StoreNames<LensDB>;
// Upgrade steps see the database as it was, so their types are loose on purpose.
type UpgradeTx = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;
type UpgradeDb = IDBPDatabase<unknown>;

/**
 * The upgrade steps, one per version, in order. A shipped step is never edited, only followed by
 * a new one: a database of any earlier version runs the steps it has not run yet, in one
 * versionchange transaction (all of them commit, or none).
 */
export const UPGRADES: Array<(db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void> = [
  // v1: programs, with their notes inside the program record.
  (db) => {
    const programs = db.createObjectStore('programs', { keyPath: 'programKey' });
    programs.createIndex('by-last-seen', 'lastSeen');
  },
  // v2: notes get a store of their own (passage notes, edits, deletes without rewriting a program),
  // beside the per-program notes (text, rating, tags), merge aliases and settings.
  async (db, tx) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('by-program', 'programKey');
    notes.createIndex('by-url', 'url');
    db.createObjectStore('programNotes', { keyPath: 'programKey' });
    db.createObjectStore('aliases', { keyPath: 'from' });
    db.createObjectStore('settings');
    await moveNotesOutOfPrograms(tx);
  },
];

/** v2: each program's embedded notes become records of the notes store. */
async function moveNotesOutOfPrograms(tx: UpgradeTx): Promise<void> {
  const programs = tx.objectStore('programs');
  const notes = tx.objectStore('notes');
  for (let cursor = await programs.openCursor(); cursor; cursor = await cursor.continue()) {
    const record: unknown = cursor.value;
    if (!isObject(record) || !Array.isArray(record.notes)) continue;
    for (const note of record.notes) {
      // A note that is not even an object with an id cannot be keyed; it stays where it was
      // (inside the program record), so nothing is deleted by the upgrade.
      if (!isObject(note) || typeof note.id !== 'string') continue;
      const createdAt = typeof note.createdAt === 'number' ? note.createdAt : 0;
      await notes.put({ anchor: null, updatedAt: createdAt, ...note, programKey: record.programKey });
    }
    const kept = record.notes.filter((n: unknown) => !isObject(n) || typeof n.id !== 'string');
    const { notes: _moved, ...rest } = record;
    await cursor.update(kept.length ? { ...rest, notes: kept } : rest);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Returns `tx` with its `done` promise observed. When a request fails, the function awaiting it
 * throws that request's error before it reaches `await tx.done`; the transaction aborts and idb
 * rejects `done` as well, which nobody would observe: an "Uncaught (in promise) AbortError" in the
 * worker beside the error the caller already got (jakearchibald/idb#320). Awaiting `tx.done`
 * still rejects as before.
 */
export function observeDone<T extends { done: Promise<void> }>(tx: T): T {
  tx.done.catch(() => {});
  return tx;
}

/**
 * Opens (and creates or upgrades) the extension's database. `version` is for tests that write a
 * database as an earlier version of the extension did.
 */
export function openLensDb(name = DB_NAME, version = DB_VERSION): Promise<LensDatabase> {
  return openDB<LensDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) {
        await UPGRADES[v]!(db as unknown as UpgradeDb, tx as unknown as UpgradeTx);
      }
    },
    blocked() {
      // An older version of the extension still holds the database open (a tab of the full view
      // left open across an update): the open waits until it closes.
      console.warn('Fellowship Lens: waiting for an older copy of the database to close.');
    },
    blocking(_current, _next, event) {
      // A newer version of the extension wants to upgrade: step aside rather than block it.
      console.warn('Fellowship Lens: closing the database for a newer version.');
      (event.target as IDBDatabase).close();
    },
  });
}
