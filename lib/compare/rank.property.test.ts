import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fakeProgram } from '../../tests/support/factories';
import type { Cell, Comparison, Row } from '.';
import { rankPrograms } from '.';

const cell = (value: number | boolean | null): Cell => ({
  state: value === null ? 'not-stated' : value === false ? 'no' : 'yes',
  text: value === null ? null : String(value),
  value,
  sources: [],
  conflict: false,
});

const row = (id: string, values: Array<number | boolean | null>): Row => ({
  id,
  label: id,
  cells: values.map(cell),
  differs: false,
  only: null,
});

/** A comparison of `programs` programs with yes/no rows and figure rows, any of them unstated. */
const comparisonOf = (programs: number) =>
  fc
    .array(
      fc.oneof(
        fc.array(fc.constantFrom(true, false, null), { minLength: programs, maxLength: programs }),
        fc.array(fc.option(fc.integer({ min: 0, max: 200_000 })), {
          minLength: programs,
          maxLength: programs,
        }),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((rows): Comparison => ({
      programs: Array.from({ length: programs }, (_, i) => fakeProgram({ programKey: `p${i}` })),
      groups: [{ id: 'g', label: 'g', kind: 'facts', rows: rows.map((values, i) => row(`r${i}`, values)) }],
    }));

const weightsFor = (rows: number) =>
  fc
    .array(fc.integer({ min: 0, max: 3 }), { minLength: rows, maxLength: rows })
    .map((w) => Object.fromEntries(w.map((weight, i) => [`r${i}`, weight])));

const withWeights = (programs: fc.Arbitrary<number>) =>
  programs
    .chain(comparisonOf)
    .chain((comparison) => fc.tuple(fc.constant(comparison), weightsFor(comparison.groups[0]!.rows.length)));

const scoreOf = (comparison: Comparison, weights: Record<string, number>, key: string) =>
  rankPrograms(comparison, weights).find((r) => r.programKey === key)!.score;

describe('rankPrograms, for any programs and weights', () => {
  test('every score is a whole number from 0 to 100, every part from 0 to 1, every program once', () => {
    fc.assert(
      fc.property(withWeights(fc.integer({ min: 1, max: 6 })), ([comparison, weights]) => {
        const ranking = rankPrograms(comparison, weights);
        expect(ranking.map((r) => r.programKey).sort()).toEqual(
          comparison.programs.map((p) => p.programKey).sort(),
        );
        for (const { score, parts } of ranking) {
          expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
          for (const { points } of parts) expect(points >= 0 && points <= 1).toBe(true);
        }
        for (let i = 1; i < ranking.length; i++) {
          expect(ranking[i - 1]!.score).toBeGreaterThanOrEqual(ranking[i]!.score);
        }
      }),
    );
  });

  test('more weight on a row where A says yes and B no never lowers A against B', () => {
    fc.assert(
      fc.property(
        withWeights(fc.integer({ min: 2, max: 6 })),
        fc.constantFrom(false, null),
        fc.integer({ min: 1, max: 3 }),
        ([generated, weights], bSays, more) => {
          const [first, ...others] = generated.groups[0]!.rows;
          // A yes/no row (a row with figures is scaled instead): A yes, B no or not stated.
          const rest = first!.cells.slice(2).map((c) => (typeof c.value === 'number' ? true : c.value));
          const rows = [row('r0', [true, bSays, ...rest]), ...others];
          // A copy: fast-check may replay the generated value while shrinking.
          const comparison: Comparison = { ...generated, groups: [{ ...generated.groups[0]!, rows }] };
          const before = { ...weights, r0: Math.min(weights.r0 ?? 0, 3 - more) };
          const after = { ...before, r0: before.r0 + more };
          const gap = (w: Record<string, number>) =>
            scoreOf(comparison, w, 'p0') - scoreOf(comparison, w, 'p1');
          expect(gap(after)).toBeGreaterThanOrEqual(gap(before));
          // Stronger still: A's own score never drops, nor does B's rise.
          expect(scoreOf(comparison, after, 'p0')).toBeGreaterThanOrEqual(scoreOf(comparison, before, 'p0'));
          expect(scoreOf(comparison, after, 'p1')).toBeLessThanOrEqual(scoreOf(comparison, before, 'p1'));
        },
      ),
    );
  });

  test("a program's score does not depend on the order programs are given in", () => {
    fc.assert(
      fc.property(withWeights(fc.integer({ min: 1, max: 5 })), ([comparison, weights]) => {
        const reversed: Comparison = {
          programs: [...comparison.programs].reverse(),
          groups: comparison.groups.map((g) => ({
            ...g,
            rows: g.rows.map((r) => ({ ...r, cells: [...r.cells].reverse() })),
          })),
        };
        const byKey = (c: Comparison) =>
          Object.fromEntries(rankPrograms(c, weights).map((r) => [r.programKey, r.score]));
        expect(byKey(reversed)).toEqual(byKey(comparison));
      }),
    );
  });
});
