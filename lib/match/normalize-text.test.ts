import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FOLD_SPACE, FOLD_STRIP, LOWER_TABLE, TABLE_SIZE, foldCode } from './fold-table';
import { normalizeRange, reachAfter, reachBefore } from './normalize-range';
import { normalizeText, toOriginalSpan } from './normalize-text';

describe('normalizeText', () => {
  test.each([
    ['lowercases ASCII', 'TFESI Blocks', 'tfesi blocks'],
    ['lowercases Latin', 'ÉCOLE Ñandú', 'école ñandú'],
    ['keeps İ, whose lowercase is two chars', 'İ', 'İ'],
    ['folds a hyphen', 'TF-ESI', 'tf esi'],
    ['folds Unicode dashes and the minus sign', 'a‐b‑c‒d–e—f―g−h', 'a b c d e f g h'],
    ['folds slashes and underscores', 'kypho/vertebroplasty EMG_NCS', 'kypho vertebroplasty emg ncs'],
    ['collapses whitespace runs, NBSP and newlines included', 'a \u00a0\n\t b\u2009c', 'a b c'],
    ['collapses a dash between spaces', 'trial – implant', 'trial implant'],
    ['strips ® ™ ° *', 'mild® Vertiflex™ 90° SCS*', 'mild vertiflex 90 scs'],
    ['strips a stripped char inside a space run', 'a * b', 'a b'],
    ['strips soft hyphens and zero-width chars', 'radio\u00adfre\u200bquency', 'radiofrequency'],
    ['straightens curly quotes', '‘a’ “b” Walther’s', `'a' "b" walther's`],
    ['keeps leading and trailing single spaces', '  x  ', ' x '],
    ['handles empty text', '', ''],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  test('keepCase folds everything but case', () => {
    expect(normalizeText('TF-ESI®s pRF', { keepCase: true }).text).toBe('TF ESIs pRF');
  });

  test('maps every normalized char back to the original char it came from', () => {
    const input = 'Dorsal\u00a0Column — SCS®:\n  trial/implant';
    const { text, offsets } = normalizeText(input);
    expect(offsets).toBeInstanceOf(Uint32Array);
    expect(offsets).toHaveLength(text.length + 1);
    expect(offsets[text.length]).toBe(input.length);
    for (let i = 0; i < text.length; i++) {
      const f = foldCode(input.charCodeAt(offsets[i]!));
      expect(f === FOLD_SPACE ? ' ' : String.fromCharCode(f)).toBe(text[i]);
    }
  });

  test('toOriginalSpan gives the original substring of a normalized span', () => {
    const input = 'Fellows do  Medial‑Branch® Blocks daily';
    const norm = normalizeText(input);
    const start = norm.text.indexOf('medial branch blocks');
    const [s, e] = toOriginalSpan(norm, start, start + 'medial branch blocks'.length);
    expect(input.slice(s, e)).toBe('Medial‑Branch® Blocks');
  });

  test('lowercases below the table size exactly as toLowerCase does, where it is 1:1', () => {
    for (let c = 0; c < TABLE_SIZE; c++) {
      const f = LOWER_TABLE[c]!;
      if (f === FOLD_SPACE || f === FOLD_STRIP) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      expect(String.fromCharCode(f)).toBe(lower.length === 1 ? lower : String.fromCharCode(c));
    }
  });
});

/** Text full of what the normalizer folds: case, dashes, strips, runs of whitespace. */
const messy = fc.string({
  unit: fc.constantFrom(...'aZé İ-–/_®*°™\u00ad\u200b\u00a0\n’“xY1 '.split('')),
  maxLength: 60,
});

describe('normalizeRange, reachBefore, reachAfter', () => {
  test('normalizeRange is normalizeText of the slice', () => {
    fc.assert(
      fc.property(messy, fc.nat(), fc.nat(), (input, a, b) => {
        const from = Math.min(a, b) % (input.length + 1);
        const to = Math.max(from, Math.max(a, b) % (input.length + 1));
        const expected = normalizeText(input.slice(from, to));
        const range = normalizeRange(input, from, to);
        expect(range.text).toBe(expected.text);
        expect(Array.from({ length: expected.text.length + 1 }, (_, i) => range.offsets[i])).toEqual([
          ...expected.offsets,
        ]);
      }),
    );
  });

  test('reachBefore and reachAfter span exactly `need` normalized chars when there are enough', () => {
    fc.assert(
      fc.property(messy, fc.nat(), fc.integer({ min: 1, max: 20 }), (input, a, need) => {
        const at = a % (input.length + 1);
        const before = normalizeText(input.slice(reachBefore(input, at, need), at)).text.length;
        const after = normalizeText(input.slice(at, reachAfter(input, at, need))).text.length;
        expect(before).toBe(Math.min(need, normalizeText(input.slice(0, at)).text.length));
        expect(after).toBe(Math.min(need, normalizeText(input.slice(at)).text.length));
      }),
    );
  });
});
