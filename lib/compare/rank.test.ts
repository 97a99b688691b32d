import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import type { Program } from '../messages/schema';
import type { ExtractedFacts } from '../extract/schema';
import { fact, fakeFacts, fakeItem, fakePage, fakeProgram } from '../../tests/support/factories';
import { buildComparison, rankPrograms } from '.';

const stipend = (usd: number) => ({
  ...fact(usd),
  pgy: 5,
  assumedPgy: 5,
  byPgy: { 5: usd },
  academicYear: null,
});

/** A program with one page stating `facts`, and SCS when `scs`. */
function program(key: string, facts: Partial<ExtractedFacts>, scs = false): Program {
  return fakeProgram({
    programKey: key,
    pages: [
      fakePage({ url: `https://${key}.example/`, items: scs ? [fakeItem()] : [], facts: fakeFacts(facts) }),
    ],
  });
}

const rank = (programs: Program[], weights: Record<string, number>) =>
  rankPrograms(buildComparison(programs, painMedicineCatalog), weights);
const scores = (ranking: ReturnType<typeof rankPrograms>) => ranking.map((r) => [r.programKey, r.score]);

describe('rankPrograms', () => {
  const a = program(
    'a',
    { stipend: stipend(70_000), vacationDays: fact(20), durationMonths: fact(12) },
    true,
  );
  const b = program('b', { stipend: stipend(75_000), vacationDays: fact(15) });
  const c = program('c', { stipend: stipend(80_000), durationMonths: fact(24) });
  const d = program('d', {});

  test('no weights: everyone scores 0, nothing to explain, the order unchanged', () => {
    const ranking = rank([a, b, c, d], {});
    expect(scores(ranking)).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 0],
    ]);
    expect(ranking.every((r) => r.parts.length === 0)).toBe(true);
    expect(scores(rank([a, b], { stipend: 0 }))).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });

  test('a figure scales from the lowest stated (0) to the highest (1); not stated earns 0', () => {
    expect(scores(rank([a, b, c, d], { stipend: 2 }))).toEqual([
      ['c', 100],
      ['b', 50],
      ['a', 0],
      ['d', 0],
    ]);
  });

  test('a yes earns 1; a no or not stated 0', () => {
    expect(scores(rank([b, a, d], { 'spinal-cord-stimulation': 3 }))).toEqual([
      ['a', 100],
      ['b', 0],
      ['d', 0],
    ]);
  });

  test('duration counts as stated or not: no length is better than another', () => {
    expect(scores(rank([a, b, c], { durationMonths: 1 }))).toEqual([
      ['a', 100],
      ['c', 100],
      ['b', 0],
    ]);
  });

  test('the score weighs the rows, and its parts say why', () => {
    // a: SCS yes (3 × 1), stipend lowest (1 × 0), most vacation (2 × 1) = 5 of 6.
    const ranking = rank([a, b, c], { 'spinal-cord-stimulation': 3, stipend: 1, vacationDays: 2 });
    expect(scores(ranking)).toEqual([
      ['a', 83],
      ['c', 17],
      ['b', 8],
    ]);
    expect(ranking[0]!.parts).toEqual([
      { rowId: 'stipend', label: 'Stipend (PGY-5)', weight: 1, points: 0 },
      { rowId: 'vacationDays', label: 'Vacation days', weight: 2, points: 1 },
      { rowId: 'spinal-cord-stimulation', label: 'Spinal cord stimulation', weight: 3, points: 1 },
    ]);
  });

  test('one program: every figure it states is the best; ties keep the given order', () => {
    expect(scores(rank([b], { stipend: 3, vacationDays: 1 }))).toEqual([['b', 100]]);
    expect(scores(rank([d, c, b], { vacationDays: 1 }))).toEqual([
      ['b', 100],
      ['d', 0],
      ['c', 0],
    ]);
  });

  test('a weighted row nobody states is left out; all alike earns everyone the full point', () => {
    expect(rank([b, d], { 'scs-implant': 3, vacationDays: 1 }).map((r) => r.parts.length)).toEqual([1, 1]);
    const same = program('same', { vacationDays: fact(15) });
    expect(scores(rank([b, same], { vacationDays: 2 }))).toEqual([
      ['b', 100],
      ['same', 100],
    ]);
    expect(scores(rank([d, program('e', {})], { stipend: 3 }))).toEqual([
      ['d', 0],
      ['e', 0],
    ]);
  });

  test('"stipend" is the stipend fact, not the catalog item of the same id', () => {
    const mentions = fakeProgram({
      programKey: 'mentions',
      pages: [fakePage({ items: [fakeItem({ id: 'stipend', kind: 'benefit', category: 'pay' })] })],
    });
    const ranking = rank([mentions, b], { stipend: 1 });
    expect(scores(ranking)).toEqual([
      ['b', 100],
      ['mentions', 0],
    ]);
    expect(ranking[0]!.parts).toHaveLength(1);
  });
});
