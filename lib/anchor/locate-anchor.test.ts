import { describe, expect, test } from 'vitest';
import { describeAnchor } from './describe-anchor';
import { locateAnchor, locateAnchors } from './locate-anchor';
import type { TextAnchor } from './schema';

const page = [
  'Pain Medicine Fellowship',
  'Our ACGME-accredited program trains four fellows each year in interventional pain procedures.',
  'Benefits',
  'Fellows receive a stipend of $80,372 and four weeks of paid vacation.',
  'Applications open in December through the ERAS portal.',
  '',
].join('\n');

/** The anchor of the first occurrence of `quote` in `text`. */
function anchorOf(text: string, quote: string, from = 0): TextAnchor {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`no "${quote}" in the text`);
  return describeAnchor(text, start, start + quote.length)!;
}

const at = (text: string, quote: string) => ({
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
});

describe('locateAnchor', () => {
  test('the unchanged page: the same offsets, exact', () => {
    const anchor = anchorOf(page, 'a stipend of $80,372');
    expect(locateAnchor(page, anchor)).toEqual({ start: anchor.start, end: anchor.end, exact: true });
  });

  test('text inserted above: the quote has moved, still exact', () => {
    const anchor = anchorOf(page, 'four weeks of paid vacation');
    const changed = 'Announcement: interviews are now virtual.\n' + page;
    expect(locateAnchor(changed, anchor)).toEqual({
      ...at(changed, 'four weeks of paid vacation'),
      exact: true,
    });
  });

  test('a quote that occurs twice: the copy whose context agrees wins, wherever it moved', () => {
    const text =
      'Clinical year: fellows rotate through four sites.\nResearch year: fellows rotate through two labs.\n';
    const second = text.lastIndexOf('fellows rotate through');
    const anchor = describeAnchor(text, second, second + 'fellows rotate through'.length)!;
    // The first copy is now closer to the old position; the second keeps its context.
    const changed = 'x'.repeat(40) + text.replace('Clinical year', 'Year one');
    const moved = changed.lastIndexOf('fellows rotate through');
    expect(locateAnchor(changed, anchor)).toEqual({
      start: moved,
      end: moved + 'fellows rotate through'.length,
      exact: true,
    });
  });

  test('copies with the same context: the one nearest the old position', () => {
    const text = 'Apply now. '.repeat(10);
    const anchor = describeAnchor(text, 55, 60)!; // "Apply" in the middle
    // Three chars inserted above: the old offset now falls mid-word, every inner copy looks alike.
    expect(locateAnchor('New' + text, anchor)).toMatchObject({ start: 58, end: 63, exact: true });
  });

  test('a word changed inside the quote: found, not exact, over the new words', () => {
    const anchor = anchorOf(page, 'Fellows receive a stipend of $80,372 and four weeks');
    const changed = page.replace('$80,372', '$82,500').replace('four weeks', 'five weeks');
    const found = locateAnchor(changed, anchor);
    expect(found).toMatchObject({ exact: false });
    expect(changed.slice(found!.start, found!.end)).toBe(
      'Fellows receive a stipend of $82,500 and five weeks',
    );
  });

  test('a word changed inside a quote that moved far: found by the whole-page search', () => {
    const anchor = anchorOf(page, 'Applications open in December through the ERAS portal');
    const changed = 'Lorem ipsum dolor sit amet. '.repeat(500) + page.replace('December', 'November');
    const found = locateAnchor(changed, anchor);
    expect(found).toMatchObject({ exact: false });
    expect(changed.slice(found!.start, found!.end)).toBe(
      'Applications open in November through the ERAS portal',
    );
  });

  test.each([
    ['collapsed', (s: string) => s.replace(/\n/g, ' ')],
    ['expanded', (s: string) => s.replace(/ /g, '  ').replace(/\n/g, '\n\n    ')],
    ['reflowed', (s: string) => s.replace('stipend of', 'stipend\nof').replace('Benefits\n', 'Benefits ')],
    ['non-breaking', (s: string) => s.replace(/ \$/g, '\u00a0$')],
  ])('whitespace %s: found, not exact, over the same words', (_, change) => {
    const anchor = anchorOf(page, 'Benefits\nFellows receive a stipend of $80,372');
    const changed = change(page);
    const found = locateAnchor(changed, anchor);
    expect(found).toMatchObject({ exact: false });
    const words = (s: string) => s.split(/\s+/).join(' ');
    expect(words(changed.slice(found!.start, found!.end))).toBe(words(anchor.quote));
  });

  test('a quote whose case changed is the same passage', () => {
    const anchor = anchorOf(page, 'Pain Medicine Fellowship');
    const changed = page.replace('Pain Medicine Fellowship', 'PAIN MEDICINE FELLOWSHIP');
    expect(locateAnchor(changed, anchor)).toEqual({ start: 0, end: 24, exact: false });
  });

  test('the quote deleted from the page: null', () => {
    const anchor = anchorOf(page, 'Applications open in December through the ERAS portal.');
    const changed = page.replace('Applications open in December through the ERAS portal.\n', '');
    expect(locateAnchor(changed, anchor)).toBeNull();
  });

  test('an unrelated page: null', () => {
    const anchor = anchorOf(page, 'four fellows each year in interventional pain procedures');
    const other = [
      'Weather forecast',
      'Light rain in the morning, clearing by noon; winds from the west at ten miles per hour.',
      'Four fellows walked each way into the interview rooms.',
    ].join('\n');
    expect(locateAnchor(other, anchor)).toBeNull();
  });

  test('a short quote allows no error: there verbatim or gone', () => {
    const anchor = anchorOf(page, 'ERAS');
    expect(locateAnchor(page.replace('ERAS', 'NRMP'), anchor)).toBeNull();
  });

  test('a quote that occurs hundreds of times: the copy with the right context', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `Row ${i}: the fellow rotates.`).join('\n');
    const text = `${filler}\nHere the fellow chooses electives.\n${filler}`;
    const start = text.indexOf('the fellow chooses');
    const anchor = describeAnchor(text, start, start + 'the fellow'.length)!;
    const changed = 'Updated.\n' + text;
    expect(locateAnchor(changed, anchor)).toMatchObject({ start: start + 9, exact: true });
  });

  test("a page's notes at once: the same answers as one by one, in order", () => {
    const anchors = [
      anchorOf(page, 'Pain Medicine Fellowship'),
      anchorOf(page, 'a stipend of $80,372 and four weeks'),
      anchorOf(page, 'Applications open in December'),
      { quote: 42 } as unknown as TextAnchor,
    ];
    const changed =
      'Updated.\n' + page.replace('$80,372', '$82,500').replace('Applications open in December', '');
    const found = locateAnchors(changed, anchors);
    expect(found).toEqual(anchors.map((a) => locateAnchor(changed, a)));
    expect(found.map((f) => f?.exact ?? null)).toEqual([true, false, null, null]);
    expect(locateAnchors('', anchors)).toEqual([null, null, null, null]);
    expect(locateAnchors(page, null as unknown as TextAnchor[])).toEqual([]);
  });

  describe('bad input gives null, never an exception', () => {
    const anchor = anchorOf(page, 'stipend of $80,372');

    test.each([
      ['empty text', '', anchor],
      ['an empty quote', page, { ...anchor, quote: '' }],
      ['a whitespace quote not on the page', page, { ...anchor, quote: '\t\t' }],
      ['a malformed anchor', page, { quote: 42 } as unknown as TextAnchor],
      ['no anchor', page, null as unknown as TextAnchor],
      ['no text', undefined as unknown as string, anchor],
    ])('%s', (_, text, a) => {
      expect(locateAnchor(text, a)).toBeNull();
    });

    test('offsets past the end or not numbers are only a worse hint', () => {
      for (const start of [page.length + 500, Number.NaN, -3, 2.5]) {
        expect(locateAnchor(page, { ...anchor, start, end: start + 1 })).toMatchObject(
          at(page, 'stipend of $80,372'),
        );
      }
      expect(locateAnchor('short', { ...anchor, start: 900, end: 918 })).toBeNull();
    });
  });
});
