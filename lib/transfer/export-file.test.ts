import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readExportText, utf8Exceeds } from './export-file';
import { MAX_IMPORT_BYTES } from './limits';

describe('utf8Exceeds', () => {
  test('property: agrees with the UTF-8 length of the text, for any text and limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(800), (text, max) => {
        expect(utf8Exceeds(text, max)).toBe(new TextEncoder().encode(text).length > max);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: agrees for any UTF-16 code units, lone surrogates included', () => {
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 });
    fc.assert(
      fc.property(units, fc.nat(400), (codes, max) => {
        const text = String.fromCharCode(...codes);
        expect(utf8Exceeds(text, max)).toBe(new TextEncoder().encode(text).length > max);
      }),
      { numRuns: 3000 },
    );
  });

  test('a lone surrogate counts as the 3 bytes its replacement character takes', () => {
    expect(utf8Exceeds('\ud800', 2)).toBe(true);
    expect(utf8Exceeds('\ud800', 3)).toBe(false);
    expect(utf8Exceeds('\ud800a', 4)).toBe(false);
  });
});

describe('readExportText', () => {
  test('text over the limit in UTF-8 bytes is refused, though it has fewer characters than that', () => {
    // 2 bytes per "é": about 0.6 of the limit in characters, 1.2 times it in bytes.
    const text = `"${'é'.repeat(Math.ceil((MAX_IMPORT_BYTES * 0.6) | 0))}"`;
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(readExportText(text)).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });
});
