import { describe, expect, test, vi } from 'vitest';
import { listPrograms, recordAnalysis, recordVisit } from '.';
import { freshDb } from '../../tests/support/test-db';
import { fact, fakeFacts, fakeItem, fakeProgram, fakeReport } from '../../tests/support/factories';

describe('program repository', () => {
  test('a first visit creates the program from its page', async () => {
    const db = await freshDb();
    const program = await recordVisit(db, fakeReport(), 100);
    expect(program).toMatchObject({ name: 'Pain Medicine Fellowship', firstSeen: 100, lastSeen: 100 });
    expect((await listPrograms(db)).programs).toEqual([program]);
  });

  test('pages of one program merge into one record; a revisit does not duplicate the page', async () => {
    const db = await freshDb();
    await recordVisit(db, fakeReport({ url: 'https://medicine.example.edu/pain/' }), 1);
    await recordVisit(
      db,
      fakeReport({ url: 'https://medicine.example.edu/pain/benefits/', programName: 'Benefits' }),
      2,
    );
    await recordVisit(db, fakeReport({ url: 'https://medicine.example.edu/pain/' }), 3);
    const { programs } = await listPrograms(db);
    expect(programs).toHaveLength(1);
    expect(programs[0]!.pages.map((p) => p.url)).toEqual([
      'https://medicine.example.edu/pain/benefits/',
      'https://medicine.example.edu/pain/',
    ]);
    expect(programs[0]).toMatchObject({ name: 'Pain Medicine Fellowship', firstSeen: 1, lastSeen: 3 });
  });

  test('different program keys stay apart, most recent first', async () => {
    const db = await freshDb();
    await recordVisit(db, fakeReport({ programKey: 'a.edu/pain-medicine' }), 1);
    await recordVisit(db, fakeReport({ programKey: 'b.edu/pain-medicine' }), 2);
    expect((await listPrograms(db)).programs.map((p) => p.programKey)).toEqual([
      'b.edu/pain-medicine',
      'a.edu/pain-medicine',
    ]);
  });

  test('a malformed stored record is reported and skipped, the rest still listed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await freshDb();
    await recordVisit(db, fakeReport(), 1);
    const bad = { ...fakeProgram({ programKey: 'broken' }), pages: 'not a list' };
    await db.put('programs', bad as never);
    await db.put('programs', { programKey: 'no-dates' } as never);
    const { programs, skipped } = await listPrograms(db);
    expect(programs.map((p) => p.programKey)).toEqual(['medicine.example.edu/pain-medicine']);
    expect(skipped).toBe(2);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  test('a visit to a program whose stored record is malformed starts it again instead of failing', async () => {
    const db = await freshDb();
    await db.put('programs', { programKey: 'medicine.example.edu/pain-medicine', pages: 3 } as never);
    const program = await recordVisit(db, fakeReport(), 5);
    expect(program.pages).toHaveLength(1);
  });
});

describe('recordAnalysis', () => {
  const item = fakeItem();

  test('stores the items found on a recorded page, and keeps them across a revisit', async () => {
    const db = await freshDb();
    const report = fakeReport();
    await recordVisit(db, report, 1);
    expect(
      await recordAnalysis(db, {
        url: report.url,
        programKey: report.programKey,
        items: [item],
        facts: null,
      }),
    ).toBe(true);
    await recordVisit(db, report, 2);
    expect((await listPrograms(db)).programs[0]!.pages[0]!.items).toEqual([item]);
  });

  test('ignores the analysis of a page that was never recorded, or of no program', async () => {
    const db = await freshDb();
    await recordVisit(db, fakeReport(), 1);
    expect(
      await recordAnalysis(db, {
        url: 'https://elsewhere.example/',
        programKey: fakeReport().programKey,
        items: [item],
        facts: null,
      }),
    ).toBe(false);
    expect(
      await recordAnalysis(db, { url: fakeReport().url, programKey: null, items: [item], facts: null }),
    ).toBe(false);
    expect((await listPrograms(db)).programs[0]!.pages[0]!.items).toEqual([]);
  });
});

describe('facts of a page', () => {
  test('are stored with the page and kept across a revisit until a new analysis replaces them', async () => {
    const db = await freshDb();
    const report = fakeReport();
    await recordVisit(db, report, 1);
    const facts = fakeFacts({ facultyCount: fact(17) });
    await recordAnalysis(db, { url: report.url, programKey: report.programKey, items: [], facts });
    await recordVisit(db, report, 2);
    expect((await listPrograms(db)).programs[0]!.pages[0]!.facts).toEqual(facts);
  });
});
