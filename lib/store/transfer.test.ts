import { describe, expect, test } from 'vitest';
import {
  addNote,
  exportData,
  importData,
  loadDesk,
  mergePrograms,
  recordAnalysis,
  recordVisit,
  saveProgramNotes,
  saveWeights,
} from '.';
import { fact, fakeFacts, fakeItem, fakeReport } from '../../tests/support/factories';
import { freshDb } from '../../tests/support/test-db';
import type { LensDatabase } from './db';

const a = fakeReport({ programKey: 'a.edu/pain', url: 'https://a.edu/pain' });
const b = fakeReport({ programKey: 'b.edu/pain', url: 'https://b.edu/pain' });

async function filled(): Promise<LensDatabase> {
  const db = await freshDb();
  await recordVisit(db, a, 1);
  await recordVisit(db, b, 2);
  await recordAnalysis(db, {
    url: a.url,
    programKey: a.programKey,
    items: [fakeItem()],
    facts: fakeFacts({ vacationDays: fact(15) }),
  });
  await addNote(
    db,
    {
      programKey: a.programKey,
      text: 'passage',
      itemId: null,
      url: a.url,
      anchor: { quote: 'SCS', prefix: '', suffix: '', start: 0, end: 3 },
    },
    3,
  );
  await saveProgramNotes(db, { programKey: b.programKey, text: 'B', rating: 5, tags: ['top'] }, 4);
  await saveWeights(db, { vacationDays: 2 });
  return db;
}

describe('export and import', () => {
  test('exporting then importing into an empty database reproduces everything', async () => {
    const source = await filled();
    const { file, skipped } = await exportData(source, new Date('2026-11-21T00:00:00Z'));
    expect(skipped).toBe(0);
    expect(file).toMatchObject({
      format: 'fellowship-lens-export',
      schemaVersion: 1,
      exportedAt: '2026-11-21T00:00:00.000Z',
    });
    const target = await freshDb();
    // Through JSON, as the file travels.
    expect(await importData(target, JSON.parse(JSON.stringify(file)))).toEqual({ programs: 2, notes: 1 });
    expect(await loadDesk(target)).toEqual(await loadDesk(source));
  });

  test('importing merges with what is stored: pages of both, the later edit of a note wins', async () => {
    const source = await filled();
    const { file } = await exportData(source);
    const target = await freshDb();
    await recordVisit(
      target,
      fakeReport({ programKey: 'a.edu/pain', url: 'https://a.edu/pain/benefits' }),
      10,
    );
    await saveProgramNotes(target, { programKey: b.programKey, text: 'newer here', rating: 1, tags: [] }, 99);
    await importData(target, file);
    const desk = await loadDesk(target);
    expect(
      desk.programs
        .find((p) => p.programKey === 'a.edu/pain')!
        .pages.map((p) => p.url)
        .sort(),
    ).toEqual(['https://a.edu/pain', 'https://a.edu/pain/benefits']);
    expect(desk.programNotes.find((n) => n.programKey === b.programKey)!.text).toBe('newer here');
  });

  test('an old backup does not bring back a program merged since: its records land in the one it was merged into', async () => {
    const db = await filled();
    await saveProgramNotes(db, { programKey: a.programKey, text: 'A', rating: 3, tags: ['a'] }, 5);
    const { file: backup } = await exportData(db);
    await mergePrograms(db, a.programKey, b.programKey);
    const merged = await loadDesk(db);
    await importData(db, JSON.parse(JSON.stringify(backup)));
    const desk = await loadDesk(db);
    expect(desk.programs.map((p) => p.programKey)).toEqual([b.programKey]);
    expect(desk.programs[0]!.pages.map((p) => p.url).sort()).toEqual([a.url, b.url]);
    expect(desk.notes.map((n) => [n.text, n.programKey])).toEqual([['passage', b.programKey]]);
    expect(desk.programNotes).toEqual(merged.programNotes);
    expect(desk.programNotes[0]).toMatchObject({ text: 'B\n\nA', rating: 5, tags: ['top', 'a'] });
  });

  test('a backup made after a merge merges the same programs here', async () => {
    const source = await filled();
    await mergePrograms(source, a.programKey, b.programKey);
    const { file } = await exportData(source);
    const db = await filled();
    await importData(db, JSON.parse(JSON.stringify(file)));
    const desk = await loadDesk(db);
    expect(desk.programs.map((p) => p.programKey)).toEqual([b.programKey]);
    // Each database had a note of its own on A: both now on B.
    expect(desk.notes.map((n) => n.programKey)).toEqual([b.programKey, b.programKey]);
    // Later visits to the merged program's pages land in the one it was merged into.
    await recordVisit(db, a, 50);
    expect((await loadDesk(db)).programs.map((p) => p.programKey)).toEqual([b.programKey]);
  });

  test('a cycle of merges in a hand-edited file does not hang the import', async () => {
    const db = await filled();
    const { file } = await exportData(db);
    const cyclic = {
      ...file,
      aliases: [
        { from: 'x.edu/pain', to: 'y.edu/pain' },
        { from: 'y.edu/pain', to: 'x.edu/pain' },
      ],
    };
    await importData(db, cyclic);
    expect((await loadDesk(db)).programs).toHaveLength(2);
  });

  test.each([
    ['not an object', [1, 2], /not a Fellowship Lens export/],
    ['another format', { format: 'something-else' }, /not a Fellowship Lens export/],
    ['a newer version', { format: 'fellowship-lens-export', schemaVersion: 2 }, /schema version 2/],
    ['a bad record', 'bad-record', /damaged.*programs\.0\.pages\.0\.url/],
    ['an orphan note', 'orphan', /refers to "gone\/pain"/],
  ])(
    'a bad file (%s) is refused with a clear message and changes nothing',
    async (_label, input, message) => {
      const db = await filled();
      const { file } = await exportData(db);
      const value =
        input === 'bad-record'
          ? {
              ...file,
              programs: [
                { ...file.programs[0]!, pages: [{ ...file.programs[0]!.pages[0]!, url: 'not a url' }] },
              ],
            }
          : input === 'orphan'
            ? { ...file, notes: [{ ...file.notes[0]!, programKey: 'gone/pain' }] }
            : input;
      const before = await loadDesk(db);
      await expect(importData(db, value)).rejects.toThrow(message);
      expect(await loadDesk(db)).toEqual(before);
    },
  );
});
