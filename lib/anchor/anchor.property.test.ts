import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../match/normalize-text';
import { describeAnchor } from './describe-anchor';
import { locateAnchor } from './locate-anchor';
import type { TextAnchor } from './schema';

// Few distinct words, so quotes recur and context has to tell copies apart.
const word = fc.constantFrom('the', 'fellow', 'stipend', 'year', 'a', 'pain', '$80,372', 'PGY-5', 'é', '😀');
const gap = fc.constantFrom(' ', ' ', ' ', '\n', ', ', '. ', '  ', '\n\n');
const pageText = fc
  .array(fc.tuple(word, gap), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

/** A page and a non-empty selection in it. */
const selection = pageText.chain((text) =>
  fc
    .tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 40 }))
    .map(([start, length]) => ({ text, start, end: Math.min(text.length, start + length) })),
);

/** An edit: insert `inserted` at `at` after removing `removed` chars there. */
const edit = fc.record({ at: fc.nat(), removed: fc.nat(20), inserted: fc.oneof(pageText, fc.string()) });
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** Applies `e` within `[from, to]` of `text`, clamped so the edit stays in that range. */
function applyWithin(text: string, e: Edit, from: number, to: number): string {
  const at = from + (e.at % (to - from + 1));
  const end = Math.min(to, at + e.removed);
  return text.slice(0, at) + e.inserted + text.slice(end);
}

describe('anchoring properties', () => {
  test('describe then locate on the same text gives the same offsets, exact', () => {
    fc.assert(
      fc.property(selection, ({ text, start, end }) => {
        const anchor = describeAnchor(text, start, end)!;
        expect(locateAnchor(text, anchor)).toEqual({ start, end, exact: true });
      }),
      { numRuns: 500 },
    );
  });

  test('after edits before and after the quote, it is found verbatim (where it went, when unique)', () => {
    fc.assert(
      fc.property(selection, edit, edit, ({ text, start, end }, before, after) => {
        const anchor = describeAnchor(text, start, end)!;
        const tail = applyWithin(text.slice(end), after, 0, text.length - end);
        const head = applyWithin(text.slice(0, start), before, 0, start);
        const changed = head + anchor.quote + tail;
        const found = locateAnchor(changed, anchor);
        expect(found).not.toBeNull();
        expect(found!.exact).toBe(true);
        expect(changed.slice(found!.start, found!.end)).toBe(anchor.quote);
        if (changed.indexOf(anchor.quote) === changed.lastIndexOf(anchor.quote)) {
          expect(found!.start).toBe(head.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('after whitespace changes anywhere, it is found over the same words', () => {
    const respace = fc.array(fc.constantFrom(' ', '\n', '  ', '\n\n  ', '\t', '\u00a0'), { minLength: 1 });
    const folded = (s: string) => normalizeText(s).text.trim();
    fc.assert(
      fc.property(selection, respace, ({ text, start, end }, spaces) => {
        const anchor = describeAnchor(text, start, end)!;
        let i = 0;
        const changed = text.replace(/\s+/g, () => spaces[i++ % spaces.length]!);
        const found = locateAnchor(changed, anchor);
        if (folded(anchor.quote) === '') return; // a selection of whitespace only
        expect(found).not.toBeNull();
        expect(folded(changed.slice(found!.start, found!.end))).toBe(folded(anchor.quote));
      }),
      { numRuns: 500 },
    );
  });

  test('any text and any anchor: null or a non-empty range inside the text, never an exception', () => {
    const anyAnchor: fc.Arbitrary<TextAnchor> = fc.record({
      quote: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), word),
      prefix: fc.string({ maxLength: 40 }),
      suffix: fc.string({ maxLength: 40 }),
      start: fc.oneof(fc.integer(), fc.double()),
      end: fc.integer(),
    });
    fc.assert(
      fc.property(fc.oneof(pageText, fc.string()), anyAnchor, (text, anchor) => {
        const found = locateAnchor(text, anchor);
        if (found) {
          expect(found.start).toBeGreaterThanOrEqual(0);
          expect(found.end).toBeGreaterThan(found.start);
          expect(found.end).toBeLessThanOrEqual(text.length);
          expect(found.exact).toBe(text.slice(found.start, found.end) === anchor.quote);
        }
      }),
      { numRuns: 500 },
    );
  });
});
