import { openDB } from 'idb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import type { Result } from '../messages/schema';
import { dumpDb, dumpText, type DbDump } from '../../tests/support/db-dump';
import { fakeReport } from '../../tests/support/factories';
import { fillDb } from '../../tests/support/filled-db';
import { freshDb } from '../../tests/support/test-db';
import {
  addNote,
  DB_VERSION,
  exportData,
  importData,
  loadDesk,
  mergePrograms,
  openLensDb,
  recordAnalysis,
  recordVisit,
  saveProgramNotes,
  type LensDatabase,
} from '.';
import { UPGRADES } from './db';

// Faults the store meets in a browser: two tabs (or a tab and the popup) saving the same program at
// once, a full disk, an older copy of the database holding it open, the worker stopped mid-save.

const key = 'rush.example.edu/pain-medicine';
const page = (n: number) => fakeReport({ programKey: key, url: `https://rush.example.edu/pain/${n}` });

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

function expectSameDb(after: DbDump, before: DbDump) {
  if (dumpText(after) !== dumpText(before)) {
    expect(after).toEqual(before);
    expect.fail('the database changed in its key order or value types, though not in its values');
  }
}

/** A program record as version 1 wrote it (no customName; its notes inside it). */
const V1_PROGRAM = {
  programKey: key,
  name: 'Pain Medicine Fellowship',
  institution: null,
  specialty: 'pain-medicine',
  pages: [
    {
      url: 'https://rush.example.edu/pain/',
      title: 'Pain',
      visitedAt: 1,
      items: [],
      facts: null,
      reasons: [],
    },
  ],
  firstSeen: 1,
  lastSeen: 1,
};

const V1_NOTE = { id: 'n1', text: 'v1 note', itemId: null, url: null, createdAt: 3 };

type Queued = { request: IDBRequest; operation: () => unknown };

/**
 * Makes the `nth` put into `store` (counting from now) fail as a full disk fails it in a browser:
 * the request errors with a QuotaExceededError and, unhandled, aborts its transaction, which rolls
 * back the transaction's earlier writes. No public API fails a request, so this swaps the operation
 * fake-indexeddb queued for it. Returns how many puts into `store` were seen.
 */
function failPut(store: string, nth = 1, name = 'QuotaExceededError') {
  const original = IDBObjectStore.prototype.put;
  let seen = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    const request = original.apply(this, args);
    if (this.name === store && ++seen === nth) {
      const queue = (this.transaction as unknown as { _requests: Queued[] })._requests;
      queue.find((q) => q.request === request)!.operation = () => {
        throw new DOMException('The quota has been exceeded.', name);
      };
    }
    return request;
  });
  return () => seen;
}

describe('concurrent saves of one program lose nothing', () => {
  test('visits to several pages of a new program at once: one program with every page', async () => {
    const db = await freshDb();
    const saved = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => recordVisit(db, page(n), n)));
    expect(saved.map((p) => p.pages.length)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const { programs } = await loadDesk(db);
    expect(programs).toHaveLength(1);
    expect(programs[0]!.pages.map((p) => p.url).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => page(n).url).sort(),
    );
    expect(programs[0]).toMatchObject({ firstSeen: 1, lastSeen: 8 });
  });

  test('a visit and the analysis of the same page sent together: the analysis is kept', async () => {
    const db = await freshDb();
    const [, stored] = await Promise.all([
      recordVisit(db, page(1), 1),
      recordAnalysis(db, { url: page(1).url, programKey: key, items: [], facts: null }),
      recordVisit(db, page(2), 2),
      recordAnalysis(db, {
        url: page(2).url,
        programKey: key,
        items: [{ id: 'scs', kind: 'procedure', name: 'SCS', category: 'neuromod', count: 1, forms: [] }],
        facts: null,
      }),
    ]);
    expect(stored).toBe(true);
    const [program] = (await loadDesk(db)).programs;
    expect(program!.pages.find((p) => p.url === page(2).url)!.items.map((i) => i.id)).toEqual(['scs']);
  });

  test('notes added at once from two tabs are all kept, each under its own id', async () => {
    const db = await freshDb();
    await recordVisit(db, page(1), 1);
    const input = (n: number) => ({
      programKey: key,
      text: `note ${n}`,
      itemId: null,
      url: null,
      anchor: null,
    });
    // Same millisecond for all of them: ids must still differ.
    const notes = await Promise.all(Array.from({ length: 50 }, (_, n) => addNote(db, input(n), 5)));
    expect(new Set(notes.map((n) => n.id)).size).toBe(50);
    expect((await loadDesk(db)).notes.map((n) => n.text).sort()).toEqual(notes.map((n) => n.text).sort());
  });

  test('program notes saved at once keep the last one sent, whole; other programs keep theirs', async () => {
    const db = await freshDb();
    const other = 'wustl.example.edu/pain-medicine';
    await Promise.all([
      saveProgramNotes(db, { programKey: key, text: 'T', rating: null, tags: [] }, 1),
      saveProgramNotes(db, { programKey: other, text: 'other', rating: 2, tags: ['b'] }, 1),
      saveProgramNotes(db, { programKey: key, text: 'Top', rating: 5, tags: [] }, 2),
      saveProgramNotes(db, { programKey: key, text: 'Top choice', rating: 5, tags: ['chicago'] }, 3),
    ]);
    expect((await loadDesk(db)).programNotes).toEqual([
      { programKey: key, text: 'Top choice', rating: 5, tags: ['chicago'], updatedAt: 3 },
      { programKey: other, text: 'other', rating: 2, tags: ['b'], updatedAt: 1 },
    ]);
  });

  test('a note added while its program is merged into another lands in the merged program', async () => {
    const db = await freshDb();
    const into = 'wustl.example.edu/pain-medicine';
    await recordVisit(db, page(1), 1);
    await recordVisit(db, fakeReport({ programKey: into, url: 'https://wustl.example.edu/pain/' }), 2);
    const note = { programKey: key, text: 'mid-merge', itemId: null, url: null, anchor: null };
    // Both orders: the note's transaction before the merge's, and after it.
    await Promise.all([addNote(db, note, 3), mergePrograms(db, key, into), addNote(db, note, 4)]);
    const desk = await loadDesk(db);
    expect(desk.programs.map((p) => p.programKey)).toEqual([into]);
    expect(desk.notes.map((n) => [n.programKey, n.text])).toEqual([
      [into, 'mid-merge'],
      [into, 'mid-merge'],
    ]);
  });
});

describe('a failed write (quota exceeded) is reported and keeps what was stored', () => {
  test('a visit that fails rejects with the quota error; the program keeps its pages', async () => {
    const db = await freshDb();
    await fillDb(db);
    const before = await dumpDb(db);
    failPut('programs');
    await expect(recordVisit(db, page(99), 99)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expectSameDb(await dumpDb(db), before);
    // The next write, with room again, goes through.
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    await recordVisit(db, page(99), 99);
    expect((await loadDesk(db)).programs.find((p) => p.programKey === key)!.pages).toHaveLength(3);
  });

  test.each([
    [
      'a note',
      'notes',
      (db: LensDatabase) =>
        addNote(db, { programKey: key, text: 'x', itemId: null, url: null, anchor: null }),
    ],
    [
      'the program notes',
      'programNotes',
      (db: LensDatabase) => saveProgramNotes(db, { programKey: key, text: 'lost?', rating: 1, tags: [] }),
    ],
    [
      'a merge (its last write, after pages, notes and program notes moved)',
      'aliases',
      (db: LensDatabase) => mergePrograms(db, key, 'wustl.example.edu/pain-medicine'),
    ],
  ])('saving %s fails whole: rejected with the error, nothing of it written', async (_label, store, save) => {
    const db = await freshDb();
    await fillDb(db);
    const before = await dumpDb(db);
    failPut(store);
    await expect(save(db)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expectSameDb(await dumpDb(db), before);
  });

  test('an import that runs out of room half-way writes none of it', async () => {
    const source = await freshDb();
    await fillDb(source);
    const { file } = await exportData(source);
    const db = await freshDb();
    await recordVisit(db, page(1), 1);
    const before = await dumpDb(db);
    // The programs are written; the second note is not.
    const seen = failPut('notes', 2);
    await expect(importData(db, file)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(seen()).toBe(2);
    expectSameDb(await dumpDb(db), before);
  });

  test('the background answers a failed save with the error, for the page to show', async () => {
    background.main();
    const db = await openLensDb();
    await recordVisit(db, page(1), 1);
    await saveProgramNotes(db, { programKey: key, text: 'kept', rating: 4, tags: [] }, 1);
    failPut('programNotes');
    const answer = (await fakeBrowser.runtime.sendMessage({
      type: 'save-program-notes',
      notes: { programKey: key, text: 'kept, and more', rating: 4, tags: [] },
    })) as Result<unknown>;
    expect(answer).toEqual({ ok: false, error: 'The quota has been exceeded.' });
    expect((await loadDesk(db)).programNotes.map((n) => n.text)).toEqual(['kept']);
    db.close();
  });
});

describe('the worker stopped in the middle of a save', () => {
  // A stopped worker's open transaction never commits: the browser aborts it. (fake-indexeddb's
  // forced close waits for running transactions, so the abort is made directly.)
  test('an import whose transaction is aborted half-way writes none of it; the data reopens whole', async () => {
    const source = await freshDb();
    await fillDb(source);
    const { file } = await exportData(source);
    const name = 'stopped-mid-import';
    let db = await openLensDb(name);
    await recordVisit(db, page(1), 1);
    const before = await dumpDb(db);
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = original.apply(this, args);
      if (++puts === 4) this.transaction.abort();
      return request;
    });
    await expect(importData(db, file)).rejects.toMatchObject({ name: 'AbortError' });
    expect(puts).toBe(4);
    db.close();
    db = await openLensDb(name);
    expectSameDb(await dumpDb(db), before);
    db.close();
  });
});

describe('a database held open by an older copy', () => {
  test('an older connection that answers version changes steps aside: the upgrade runs at once, nothing lost', async () => {
    const name = 'held-by-v1-lens';
    const old = await openLensDb(name, 1);
    await old.put('programs', {
      ...V1_PROGRAM,
      notes: [V1_NOTE],
    } as never);
    const current = await openLensDb(name);
    expect(current.version).toBe(DB_VERSION);
    expect((await loadDesk(current)).notes.map((n) => n.text)).toEqual(['v1 note']);
    await expect(old.get('programs', key)).rejects.toThrow();
    current.close();
  });

  test('an older connection that ignores version changes blocks the upgrade, which waits and then proceeds', async () => {
    const name = 'held-by-v1-plain';
    // A copy of version 1 that does not listen for version changes (a tab that never closes it).
    const old = await openDB(name, 1, { upgrade: (db, _o, _n, tx) => void UPGRADES[0]!(db, tx as never) });
    await old.put('programs', { ...V1_PROGRAM, notes: [V1_NOTE] });
    const warn = vi.mocked(console.warn);
    let opened: LensDatabase | null = null;
    const opening = openLensDb(name).then((db) => (opened = db));
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/waiting for an older copy/)),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toBeNull();
    // The old copy still reads and writes while the new one waits.
    await old.put('programs', { ...V1_PROGRAM, programKey: 'late.example.edu/pain', notes: [] });
    old.close();
    const current = await opening;
    expect(current.version).toBe(DB_VERSION);
    const desk = await loadDesk(current);
    expect(desk.programs.map((p) => p.programKey).sort()).toEqual(['late.example.edu/pain', key]);
    expect(desk.notes.map((n) => n.text)).toEqual(['v1 note']);
    current.close();
  });
});
