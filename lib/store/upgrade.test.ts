import { openDB } from 'idb';
import { describe, expect, test, vi } from 'vitest';
import { DB_VERSION, loadDesk, openLensDb, recordVisit } from '.';
import { fakePage, fakeProgram, fakeReport } from '../../tests/support/factories';

/** Writes a database exactly as version 1 of the extension did (its upgrade step and its records). */
async function writeVersion1(name: string, records: unknown[]) {
  const v1 = await openLensDb(name, 1);
  expect(v1.objectStoreNames.contains('notes')).toBe(false);
  for (const record of records) await v1.put('programs', record as never);
  v1.close();
}

describe('database upgrades', () => {
  test('a version 1 database upgrades to the current version without losing a record', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const note = {
      id: 'n1',
      text: 'Ask about SCS',
      itemId: 'spinal-cord-stimulation',
      url: 'https://a.example/',
      createdAt: 7,
    };
    const { customName: _c, ...v1Program } = fakeProgram({
      programKey: 'a/pain',
      pages: [fakePage({ url: 'https://a.example/' })],
    });
    const { customName: _d, ...v1Other } = fakeProgram({ programKey: 'b/pain' });
    await writeVersion1('upgrade-1', [
      { ...v1Program, notes: [note] },
      { ...v1Other, notes: [] },
      // A record v1 itself could not read: kept as it is, still reported.
      { programKey: 'broken', pages: 'nope', notes: [{ ...note, id: 'n2' }, 'not a note'] },
    ]);

    const db = await openLensDb('upgrade-1');
    expect(db.version).toBe(DB_VERSION);
    const desk = await loadDesk(db);
    expect(desk.programs.map((p) => p.programKey).sort()).toEqual(['a/pain', 'b/pain']);
    expect(desk.programs.find((p) => p.programKey === 'a/pain')).toMatchObject({
      customName: null,
      pages: [{ url: 'https://a.example/' }],
    });
    expect(desk.notes.filter((n) => n.programKey === 'a/pain')).toEqual([
      { ...note, programKey: 'a/pain', anchor: null, updatedAt: 7 },
    ]);
    expect(desk.skipped).toBe(1);
    // The unreadable record is still there, with the note that could not be moved.
    const broken = (await db.get('programs', 'broken')) as unknown as { notes: unknown[] };
    expect(broken.notes).toEqual(['not a note']);
    // The broken record's keyable note was moved rather than lost.
    expect(await db.get('notes', 'n2')).toMatchObject({ programKey: 'broken', text: 'Ask about SCS' });
    // And the upgraded database is written to as usual.
    await recordVisit(db, fakeReport({ programKey: 'a/pain', url: 'https://a.example/2' }), 9);
    expect((await loadDesk(db)).programs.find((p) => p.programKey === 'a/pain')!.pages).toHaveLength(2);
    db.close();
  });

  test('a fresh database is created at the current version with every store', async () => {
    const db = await openLensDb('upgrade-fresh');
    expect([...db.objectStoreNames].sort()).toEqual([
      'aliases',
      'notes',
      'programNotes',
      'programs',
      'settings',
    ]);
    db.close();
  });

  test('an open older connection is closed when a newer version asks to upgrade', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const old = await openLensDb('upgrade-blocking');
    const newer = await openDB('upgrade-blocking', DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    await expect(old.get('programs', 'x')).rejects.toThrow();
  });
});
