import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { spansNear } from './spans-near';

const spans = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }));

describe('spansNear', () => {
  test('all spans when they fit', () => {
    expect(spansNear(spans(3), 999, 3)).toEqual({ spans: spans(3), first: 0, complete: true });
  });

  test('otherwise a run of max spans centred on the offset, kept inside the list', () => {
    expect(spansNear(spans(100), 505, 10)).toMatchObject({ first: 46, complete: false });
    expect(spansNear(spans(100), 0, 10).first).toBe(0);
    expect(spansNear(spans(100), 5000, 10).first).toBe(90);
  });

  test('property: max consecutive spans, the one at the offset among them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 50 }),
        fc.nat(3500),
        (n, max, offset) => {
          const all = spans(n);
          const near = spansNear(all, offset, max);
          expect(near.spans).toEqual(all.slice(near.first, near.first + Math.min(n, max)));
          const at = all.findIndex((s) => s.end > offset);
          if (at >= 0 && !near.complete) expect(near.spans).toContain(all[at]);
        },
      ),
    );
  });
});
