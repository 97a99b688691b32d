import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import type { Program, ProgramNotes } from '../messages/schema';
import { fact, fakeFacts, fakePage, fakeProgram } from '../../tests/support/factories';
import { buildComparison, sortPrograms, type SortContext } from '.';

const withStipend = (usd: number) =>
  fakeFacts({ stipend: { ...fact(usd), pgy: 5, assumedPgy: 5, byPgy: { 5: usd }, academicYear: null } });

const zeta = fakeProgram({
  programKey: 'zeta/pain',
  name: 'Zeta Pain Fellowship',
  lastSeen: 30,
  pages: [fakePage({ facts: withStipend(70_000) })],
});
const alpha = fakeProgram({
  programKey: 'alpha/pain',
  name: 'Alpha Pain Fellowship',
  customName: 'Ümlaut Clinic',
  lastSeen: 10,
  pages: [fakePage({ facts: withStipend(82_000) })],
});
const bare = fakeProgram({ programKey: 'bare.example/pain', name: null, lastSeen: 20, pages: [] });
const mid = fakeProgram({ programKey: 'mid/pain', name: 'mid-size program', lastSeen: 20, pages: [] });

const notes = (programKey: string, rating: number | null): ProgramNotes => ({
  programKey,
  text: '',
  rating,
  tags: [],
  updatedAt: 1,
});

function context(programs: Program[], overrides: Partial<SortContext> = {}): SortContext {
  return {
    comparison: buildComparison(programs, painMedicineCatalog),
    programNotes: [notes('zeta/pain', 3), notes('mid/pain', 5), notes('bare.example/pain', null)],
    weights: {},
    ...overrides,
  };
}

const all = [zeta, alpha, bare, mid];
const keys = (programs: Program[]) => programs.map((p) => p.programKey);

describe('sortPrograms', () => {
  test('name: the shown name (custom, detected, else the key), A to Z, accents and case aside', () => {
    expect(keys(sortPrograms(all, 'name', context(all)))).toEqual([
      'bare.example/pain',
      'mid/pain',
      'alpha/pain', // "Ümlaut Clinic"
      'zeta/pain',
    ]);
  });

  test('recent: last visited first, ties in the given order', () => {
    expect(keys(sortPrograms(all, 'recent', context(all)))).toEqual([
      'zeta/pain',
      'bare.example/pain',
      'mid/pain',
      'alpha/pain',
    ]);
  });

  test('rating: highest first; unrated (no notes, or no rating) last in the given order', () => {
    expect(keys(sortPrograms(all, 'rating', context(all)))).toEqual([
      'mid/pain',
      'zeta/pain',
      'alpha/pain',
      'bare.example/pain',
    ]);
  });

  test('stipend: highest first; programs that do not state one last', () => {
    expect(keys(sortPrograms(all, 'stipend', context(all)))).toEqual([
      'alpha/pain',
      'zeta/pain',
      'bare.example/pain',
      'mid/pain',
    ]);
  });

  test('rank: best score first; with no weights the order is left alone', () => {
    expect(keys(sortPrograms(all, 'rank', context(all)))).toEqual(keys(all));
    expect(keys(sortPrograms(all, 'rank', context(all, { weights: { stipend: 2 } })))).toEqual([
      'alpha/pain',
      'zeta/pain',
      'bare.example/pain',
      'mid/pain',
    ]);
  });

  test('does not reorder its input; one program or none sort to themselves', () => {
    const input = [...all];
    sortPrograms(input, 'name', context(all));
    expect(keys(input)).toEqual(keys(all));
    expect(keys(sortPrograms([bare], 'stipend', context([bare])))).toEqual(['bare.example/pain']);
    expect(sortPrograms([], 'rank', context([]))).toEqual([]);
  });

  test('programs missing from the comparison sort last by stipend and rank', () => {
    const ctx = context([zeta], { weights: { stipend: 1 } });
    expect(keys(sortPrograms([alpha, zeta], 'stipend', ctx))).toEqual(['zeta/pain', 'alpha/pain']);
    expect(keys(sortPrograms([alpha, zeta], 'rank', ctx))).toEqual(['zeta/pain', 'alpha/pain']);
  });
});
