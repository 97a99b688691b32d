import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import { compileMatcher } from '../match/compile-matcher';
import { packFound, unpackFound } from './pack-found';
import { summarize } from './summarize';

describe('packFound', () => {
  test('round-trips the matches of a text and their summary, each entry sent once', () => {
    const text =
      'Fellows perform SCS trials, spinal cord stimulation and SCS implants. Spinal cord stimulation again; 15 vacation days.';
    const matches = compileMatcher(painMedicineCatalog).match(text);
    expect(matches.length).toBeGreaterThan(3);
    const packed = packFound(matches);
    expect(packed.spans).toHaveLength(matches.length * 3);
    expect(new Set(packed.entries.map((e) => e.id)).size).toBe(packed.entries.length);
    expect(packed.entries.length).toBeLessThan(matches.length);
    // The journey is JSON (older Chromes) or a structured clone: either way plain data.
    const { matches: back, found } = unpackFound(JSON.parse(JSON.stringify(packed)));
    expect(back).toEqual(matches.map(({ text: _text, ...match }) => match));
    expect(found).toEqual(summarize(matches));
  });

  test('a span naming no entry is skipped, and an entry no span names is left out', () => {
    const entry = (id: string) => ({
      id,
      kind: 'procedure' as const,
      name: id.toUpperCase(),
      category: 'c',
      count: 9,
      forms: [id],
    });
    const { matches, found } = unpackFound({ entries: [entry('x'), entry('y')], spans: [0, 1, 0, 2, 3, 7] });
    expect(matches.map((m) => [m.id, m.start, m.end])).toEqual([['x', 0, 1]]);
    expect(found).toEqual([{ ...entry('x'), count: 1, occurrences: [0] }]);
  });
});
