import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import type { Desk } from '../messages/schema';
import { fact, fakeFacts, fakeItem, fakePage, fakeProgram } from '../../tests/support/factories';
import { buildComparison } from './build-comparison';
import { sliceDesk } from './desk-slice';

const programs = Array.from({ length: 8 }, (_, i) =>
  fakeProgram({
    programKey: `p${i}.edu/pain`,
    name: `Program ${i}`,
    lastSeen: i,
    pages: [fakePage({ url: `https://p${i}.edu/pain/`, items: i % 2 ? [fakeItem()] : [] })],
  }),
);
const desk: Desk = {
  programs,
  notes: programs.map((p, i) => ({
    id: `n${i}`,
    programKey: p.programKey,
    text: 'note',
    itemId: null,
    url: null,
    anchor: null,
    createdAt: 1,
    updatedAt: 1,
  })),
  programNotes: [],
  weights: { 'spinal-cord-stimulation': 3 },
  skipped: 0,
};
const all = buildComparison(programs, painMedicineCatalog);
const compare = (list: typeof programs) => buildComparison(list, painMedicineCatalog);

describe('sliceDesk', () => {
  test('every program is listed in order; the first `limit` are compared; the first carries its findings and notes', () => {
    const slice = sliceDesk(desk, all, { sortBy: 'recent', limit: 3, include: null }, compare);
    expect(slice.programs.map((p) => p.programKey)).toEqual(programs.map((p) => p.programKey).reverse());
    expect(slice.complete).toEqual(['p7.edu/pain', 'p6.edu/pain', 'p5.edu/pain']);
    expect(slice.comparison.programs.map((p) => p.programKey)).toEqual(slice.complete);
    // The columns are named; the programs' findings travel once, in `programs`.
    expect(slice.comparison.programs.every((p) => p.pages.length === 0)).toBe(true);
    expect(slice.programs[0]!.pages[0]!.items).toHaveLength(1);
    expect(slice.programs[1]).toMatchObject({ programKey: 'p6.edu/pain', pages: [] });
    expect(slice.programs[3]).toMatchObject({ programKey: 'p4.edu/pain', name: 'Program 4', pages: [] });
    expect(slice.notes.map((n) => n.programKey)).toEqual(['p7.edu/pain']);
  });

  test('the program of the current page is compared whatever its rank, found by its URL', () => {
    const slice = sliceDesk(
      desk,
      all,
      { sortBy: 'recent', limit: 3, include: 'https://p0.edu/pain#top' },
      compare,
    );
    expect(slice.included).toBe('p0.edu/pain');
    expect(slice.programs.filter((p) => p.pages.length > 0).map((p) => p.programKey)).toEqual([
      'p0.edu/pain',
    ]);
    expect(slice.complete).toEqual(['p7.edu/pain', 'p6.edu/pain', 'p0.edu/pain']);
    expect(
      sliceDesk(desk, all, { sortBy: 'recent', limit: 3, include: 'https://elsewhere.org/' }, compare)
        .included,
    ).toBeNull();
  });

  test('ranks every program by the weights and lists each weighable row once', () => {
    const slice = sliceDesk(desk, all, { sortBy: 'rank', limit: 2, include: null }, compare);
    expect(slice.complete.every((key) => Number(key[1]) % 2 === 1)).toBe(true);
    // Every program is ranked (the compared ones are the best two); the view gets their scores.
    expect(slice.ranking.map((r) => r.programKey)).toEqual(slice.complete);
    expect(slice.ranking[0]!.parts.length).toBeGreaterThan(0);
    const ids = slice.rows.map((r) => r.id);
    expect(ids).toContain('spinal-cord-stimulation');
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a cell carries the source the view links to, and every source where the pages disagree', () => {
    const twoPages = fakeProgram({
      programKey: 'two.edu/pain',
      pages: [1, 2].map((n) =>
        fakePage({
          url: `https://two.edu/pain/${n}`,
          items: [fakeItem()],
          facts: fakeFacts({ facultyCount: fact(10 + n), durationMonths: fact(12) }),
        }),
      ),
    });
    const desk2: Desk = { ...desk, programs: [twoPages], notes: [] };
    const full = compare([twoPages]);
    const slice = sliceDesk(desk2, full, { sortBy: 'recent', limit: 1, include: null }, compare);
    const rows = (c: typeof full) => new Map(c.groups.flatMap((g) => g.rows).map((r) => [r.id, r.cells[0]!]));
    const [before, after] = [rows(full), rows(slice.comparison)];
    const item = fakeItem().id;
    expect(before.get(item)!.sources).toHaveLength(2);
    expect(after.get(item)!.sources).toEqual(before.get(item)!.sources.slice(0, 1));
    expect(after.get('durationMonths')!.sources).toHaveLength(1);
    expect(after.get('facultyCount')).toMatchObject({ conflict: true });
    expect(after.get('facultyCount')!.sources).toHaveLength(2);
  });
});
