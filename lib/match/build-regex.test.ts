import { describe, expect, test } from 'vitest';
import { MAX_SOURCE_LENGTH, buildFormRegexes, buildFormsSource } from './build-regex';
import { FOLD_SPACE, FOLD_STRIP, LOWER_TABLE, TABLE_SIZE, codesFoldingTo } from './fold-table';
import { isWordCode } from './word-chars';

/** All whole-text matches of the regexes, as strings. */
function hits(forms: string[], text: string): string[] {
  return buildFormRegexes(forms).flatMap((r) => [...text.matchAll(r)].map((m) => m[0]));
}

describe('buildFormRegexes', () => {
  test('matches forms as whole words, longest first, with a plural', () => {
    const forms = ['nerve block', 'nerve', 'medial branch block', 'esi'];
    expect(hits(forms, 'Nerve-Blocks, nerves, nerveblock, medial branch block, ESIs, TFESI')).toEqual([
      'Nerve-Blocks',
      'nerves',
      'medial branch block',
      'ESIs',
    ]);
  });

  test('accepts any run of separators between words (a superset the resolver narrows)', () => {
    expect(hits(['nerve block'], 'nerve\u00a0\u2013 block; nerve (block; nerve®/block')).toEqual([
      'nerve\u00a0\u2013 block',
      'nerve (block',
      'nerve®/block',
    ]);
    // "_" is a word char to the regex: pages with one take the normalized scan.
    expect(hits(['nerve block'], 'nerve_block')).toEqual([]);
  });

  test('escapes regex syntax in forms', () => {
    expect(hits(['a.b', 'c+d', '8% patch'], 'axb a.b c+d 8% patch')).toEqual(['a.b', 'c+d', '8% patch']);
  });

  test('forms starting with a non-ASCII letter get their own regex', () => {
    const regexes = buildFormRegexes(['école', 'ecole']);
    expect(regexes).toHaveLength(2);
    expect(hits(['école'], 'ÉCOLE xécole')).toEqual(['ÉCOLE']);
  });

  test('splits before V8 stops optimizing long patterns', () => {
    const forms = Array.from({ length: 1400 }, (_, i) => `procedure number ${i} of many`);
    const regexes = buildFormRegexes(forms);
    expect(regexes.length).toBeGreaterThan(1);
    for (const r of regexes) expect(r.source.length).toBeLessThanOrEqual(MAX_SOURCE_LENGTH);
    expect(hits(forms, 'Procedure Number 1399 of many')).toEqual(['Procedure Number 1399 of many']);
  });

  test('uses neither the u flag nor lookbehind for ASCII forms', () => {
    const [regex] = buildFormRegexes(['abc']);
    expect(regex!.flags).toBe('gi');
    expect(buildFormsSource(['abc'])).not.toContain('(?<');
  });
});

describe('the regex mirrors the normalizer', () => {
  test('every char that folds to a space or is stripped is matched by [\\W_]', () => {
    for (const c of [...codesFoldingTo(FOLD_SPACE), ...codesFoldingTo(FOLD_STRIP)]) {
      expect(/[\W_]/.test(String.fromCharCode(c))).toBe(true);
    }
  });

  test('the i flag equates every letter with the lowercase it normalizes to', () => {
    for (let c = 0; c < TABLE_SIZE; c++) {
      const f = LOWER_TABLE[c]!;
      if (f < 0 || !isWordCode(f)) continue;
      expect(new RegExp(String.fromCharCode(f), 'i').test(String.fromCharCode(c))).toBe(true);
    }
  });
});
