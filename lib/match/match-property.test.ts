import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog';
import type { Catalog } from '../catalog/schema';
import { compileForms, type CompiledForms, type FormCandidate } from './compile-forms';
import { compileMatcher } from './compile-matcher';
import { normalizeText } from './normalize-text';
import { makeCatalog, testCatalog } from './test-catalog';
import type { Match } from './types';
import { isWordCode, isWordStart } from './word-chars';

const surfaceTexts = (catalog: Catalog) =>
  catalog.entries
    .flatMap((e) => [...e.synonyms, ...e.abbreviations, ...e.brands])
    .map((f) => (typeof f === 'string' ? f : f.text));

/** Rarely, separators the raw-text regex could misread: they glue words for the normalizer. */
const tricky = fc.constantFrom('_', '®', ' * ', '*', '\u00ad', '\u200b', 'é', '');
/** What a page puts between the words of a term. */
const inner = fc.oneof(
  { arbitrary: fc.constantFrom(' ', ' ', '-', '\u00a0', '\n  ', '–', '/'), weight: 8 },
  { arbitrary: tricky, weight: 1 },
);
/** What a page puts between terms. */
const separator = fc.oneof(
  { arbitrary: fc.constantFrom(' ', ' ', '\n  ', ', ', ' (', ') ', ': ', '/', ' - '), weight: 8 },
  { arbitrary: tricky, weight: 1 },
);
const filler = fc.constantFrom(
  'École',
  'the',
  'and',
  'trial',
  'implant',
  'stim',
  'leads',
  'intrathecal',
  'x',
  'Block',
  'es',
  's',
);
const recase = (s: string, mode: number) => (mode === 0 ? s : mode === 1 ? s.toUpperCase() : s.toLowerCase());

/** Page-like text built from the catalog's own forms (re-cased, re-separated) and filler. */
function pageText(catalog: Catalog): fc.Arbitrary<string> {
  const form = fc
    .tuple(fc.constantFrom(...surfaceTexts(catalog)), fc.nat(3), inner)
    .map(([text, mode, sep]) => recase(text, mode).replace(/ /g, sep === '' ? ' ' : sep));
  const token = fc.oneof({ arbitrary: form, weight: 3 }, { arbitrary: filler, weight: 2 });
  return fc
    .array(fc.tuple(token, separator), { minLength: 1, maxLength: 14 })
    .map((parts) => parts.map(([t, s]) => t + s).join(''));
}

function expectWellFormed(input: string, matches: Match[]): void {
  let lastEnd = 0;
  for (const m of matches) {
    expect(m.text).toBe(input.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    lastEnd = m.end;
  }
}

/**
 * The matcher's specification, written the slow and obvious way: normalize the whole text, and at
 * each word start take the longest form (plural allowed) that ends on a word boundary and passes its
 * rule, judged on the fully normalized text. No phases, no truncated prefixes.
 */
function referenceMatch({ byForm }: CompiledForms, input: string): Match[] {
  const { text: t, offsets } = normalizeText(input);
  const hasCase = (c: FormCandidate, s: number) =>
    [...(c.casePattern ?? '')].every((p, k) => !/[a-zA-Z]/.test(p) || input[offsets[s + k]!] === p);
  const near = (c: FormCandidate, s: number, e: number) =>
    !c.context ||
    c.context.words.some((word) => {
      for (let p = t.indexOf(word); p !== -1; p = t.indexOf(word, p + 1)) {
        const before = p >= s - c.context!.window && p + word.length <= s;
        const after = p >= e && p < e + c.context!.window;
        if ((before || after) && isWordStart(t, p)) return true;
      }
      return false;
    });
  const out: Match[] = [];
  for (let s = 0; s < t.length;) {
    let emitted = 0;
    for (let e = t.length; e > s && isWordStart(t, s) && !emitted; e--) {
      if (!isWordCode(t.charCodeAt(e - 1)) || isWordCode(t.charCodeAt(e))) continue;
      for (const suffix of ['', 's', 'es']) {
        if (!t.slice(s, e).endsWith(suffix) || e - suffix.length <= s) continue;
        const c = (byForm.get(t.slice(s, e - suffix.length)) ?? []).find(
          (c) => hasCase(c, s) && near(c, s, e),
        );
        if (!c) continue;
        const [start, end] = [offsets[s]!, offsets[e - 1]! + 1];
        const { kind, id, name, category } = c.entry;
        out.push({ kind, id, name, category, text: input.slice(start, end), start, end });
        emitted = e;
        break;
      }
    }
    s = emitted || s + 1;
  }
  return out;
}

describe.each([
  ['the test catalog', testCatalog],
  ['the pain medicine catalog', painMedicineCatalog],
])('matcher properties with %s', (_, catalog) => {
  const matcher = compileMatcher(catalog);

  test('every match is the input at its offsets, sorted, never overlapping', () => {
    fc.assert(
      fc.property(pageText(catalog), (input) => expectWellFormed(input, matcher.match(input))),
      { numRuns: 300 },
    );
  });

  test('scanning the raw text finds what scanning the normalized text finds', () => {
    // A trailing zero-width space forces the normalized scan without moving any offset.
    fc.assert(
      fc.property(pageText(catalog), (input) => {
        expect(matcher.match(input)).toEqual(matcher.match(`${input}\u200b`));
      }),
      { numRuns: 300 },
    );
  });

  test('matches what the slow reference finds (rules without coordination)', () => {
    const rulesOnly = makeCatalog(
      catalog.entries
        .filter((e) => !['kyphoplasty', 'vertebroplasty'].includes(e.id))
        .map((e) => ({ ...e, phases: undefined })),
    );
    const fast = compileMatcher(rulesOnly);
    const forms = compileForms(rulesOnly);
    fc.assert(
      fc.property(pageText(rulesOnly), (input) => {
        expect(fast.match(input)).toEqual(referenceMatch(forms, input));
      }),
      { numRuns: 300 },
    );
  });
});
