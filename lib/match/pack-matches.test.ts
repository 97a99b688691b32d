import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import { compileMatcher } from './compile-matcher';
import { packMatches, unpackMatches } from './pack-matches';

describe('packMatches', () => {
  test('round-trips the matches of a text, each entry sent once', () => {
    const text =
      'Fellows perform SCS trials, spinal cord stimulation and SCS implants. Spinal cord stimulation again; 15 vacation days.';
    const matches = compileMatcher(painMedicineCatalog).match(text);
    expect(matches.length).toBeGreaterThan(3);
    const packed = packMatches(matches);
    expect(packed.spans).toHaveLength(matches.length * 3);
    expect(new Set(packed.entries.map((e) => e.id)).size).toBe(packed.entries.length);
    expect(packed.entries.length).toBeLessThan(matches.length);
    // The journey is JSON (Chrome) or a structured clone (Firefox): either way plain data.
    expect(unpackMatches(JSON.parse(JSON.stringify(packed)), text)).toEqual(matches);
  });

  test('an entry index out of range is skipped, not a crash', () => {
    const packed = {
      entries: [{ id: 'x', kind: 'procedure' as const, name: 'X', category: 'c' }],
      spans: [0, 1, 0, 2, 3, 7],
    };
    expect(unpackMatches(packed, 'abcd').map((m) => m.text)).toEqual(['a']);
  });
});
