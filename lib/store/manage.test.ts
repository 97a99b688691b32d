import { describe, expect, test, vi } from 'vitest';
import {
  addNote,
  deleteProgram,
  loadDesk,
  mergePrograms,
  recordVisit,
  renameProgram,
  saveProgramNotes,
} from '.';
import { fakeReport } from '../../tests/support/factories';
import { freshDb } from '../../tests/support/test-db';

const a = fakeReport({
  programKey: 'a.edu/pain',
  url: 'https://a.edu/pain',
  programName: 'A Pain Fellowship',
});
const b = fakeReport({
  programKey: 'b.edu/pain',
  url: 'https://b.edu/pain',
  programName: 'B Pain Fellowship',
});

describe('rename', () => {
  test('a custom name is kept across visits; blank goes back to the detected name', async () => {
    const db = await freshDb();
    await recordVisit(db, a, 1);
    expect(await renameProgram(db, a.programKey, '  Rush  ')).toBe(true);
    await recordVisit(db, a, 2);
    expect((await loadDesk(db)).programs[0]).toMatchObject({ customName: 'Rush', name: 'A Pain Fellowship' });
    await renameProgram(db, a.programKey, ' ');
    expect((await loadDesk(db)).programs[0]!.customName).toBeNull();
    expect(await renameProgram(db, 'missing', 'x')).toBe(false);
  });
});

describe('merge', () => {
  test('moves pages, notes, rating and tags into one program; later visits to the old key land there', async () => {
    const db = await freshDb();
    await recordVisit(db, a, 1);
    await recordVisit(db, b, 2);
    await addNote(
      db,
      { programKey: b.programKey, text: 'B note', itemId: null, url: b.url, anchor: null },
      3,
    );
    await saveProgramNotes(db, { programKey: a.programKey, text: 'A text', rating: null, tags: ['visa'] }, 4);
    await saveProgramNotes(
      db,
      { programKey: b.programKey, text: 'B text', rating: 4, tags: ['visa', 'city'] },
      5,
    );

    await mergePrograms(db, b.programKey, a.programKey);
    let desk = await loadDesk(db);
    expect(desk.programs).toHaveLength(1);
    expect(desk.programs[0]).toMatchObject({
      programKey: 'a.edu/pain',
      name: 'A Pain Fellowship',
      firstSeen: 1,
      lastSeen: 2,
    });
    expect(desk.programs[0]!.pages.map((p) => p.url).sort()).toEqual([
      'https://a.edu/pain',
      'https://b.edu/pain',
    ]);
    expect(desk.notes.map((n) => [n.programKey, n.text])).toEqual([['a.edu/pain', 'B note']]);
    expect(desk.programNotes).toEqual([
      { programKey: 'a.edu/pain', text: 'A text\n\nB text', rating: 4, tags: ['visa', 'city'], updatedAt: 5 },
    ]);

    await recordVisit(db, b, 9);
    desk = await loadDesk(db);
    expect(desk.programs.map((p) => p.programKey)).toEqual(['a.edu/pain']);
    expect(desk.programs[0]!.lastSeen).toBe(9);
    // A notes editor still open on B cannot overwrite the joined notes A now holds.
    await expect(
      saveProgramNotes(db, { programKey: b.programKey, text: 'typed on B', rating: 2, tags: [] }, 10),
    ).rejects.toThrow(/merged into another/);
    expect((await loadDesk(db)).programNotes.map((n) => [n.programKey, n.text])).toEqual([
      ['a.edu/pain', 'A text\n\nB text'],
    ]);
  });

  test('merging into a program that was itself merged later keeps old aliases pointing at a stored program', async () => {
    const db = await freshDb();
    const c = fakeReport({ programKey: 'c.edu/pain', url: 'https://c.edu/pain' });
    await recordVisit(db, a, 1);
    await recordVisit(db, b, 1);
    await recordVisit(db, c, 1);
    await mergePrograms(db, b.programKey, a.programKey);
    await mergePrograms(db, a.programKey, c.programKey);
    await recordVisit(db, b, 5);
    expect((await loadDesk(db)).programs.map((p) => p.programKey)).toEqual(['c.edu/pain']);
  });

  test('refuses to merge a missing program or a program into itself, changing nothing', async () => {
    const db = await freshDb();
    await recordVisit(db, a, 1);
    const before = await loadDesk(db);
    await expect(mergePrograms(db, 'missing', a.programKey)).rejects.toThrow(/must be stored/);
    await expect(mergePrograms(db, a.programKey, a.programKey)).rejects.toThrow(/itself/);
    expect(await loadDesk(db)).toEqual(before);
  });
});

describe('delete', () => {
  test('removes the program with its notes, rating and tags; others stay', async () => {
    const db = await freshDb();
    await recordVisit(db, a, 1);
    await recordVisit(db, b, 2);
    await addNote(db, { programKey: a.programKey, text: 'gone', itemId: null, url: null, anchor: null });
    await addNote(db, { programKey: b.programKey, text: 'stays', itemId: null, url: null, anchor: null });
    await saveProgramNotes(db, { programKey: a.programKey, text: 'gone', rating: 1, tags: [] });
    expect(await deleteProgram(db, a.programKey)).toBe(true);
    const desk = await loadDesk(db);
    expect(desk.programs.map((p) => p.programKey)).toEqual(['b.edu/pain']);
    expect(desk.notes.map((n) => n.text)).toEqual(['stays']);
    expect(desk.programNotes).toEqual([]);
    expect(await deleteProgram(db, a.programKey)).toBe(false);
  });
});

describe('program notes', () => {
  test('each save replaces the last; a bad stored record is skipped and reported, not thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await freshDb();
    await recordVisit(db, a, 1);
    await saveProgramNotes(db, { programKey: a.programKey, text: 'dra', rating: null, tags: [] }, 1);
    await saveProgramNotes(
      db,
      { programKey: a.programKey, text: 'draft', rating: 3, tags: ['near family'] },
      2,
    );
    await db.put('programNotes', { programKey: 'x', rating: 'five' } as never);
    const desk = await loadDesk(db);
    expect(desk.programNotes).toEqual([
      { programKey: a.programKey, text: 'draft', rating: 3, tags: ['near family'], updatedAt: 2 },
    ]);
    expect(desk.skipped).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
  });
});
