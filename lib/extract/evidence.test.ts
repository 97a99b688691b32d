import { describe, expect, test } from 'vitest';
import { encodeTerm, evidenceOf, MAX_QUOTE, textFragmentLink } from './evidence';
import { textContext } from './test-page';

const URL = 'https://medicine.example.edu/pain/';

describe('textFragmentLink', () => {
  test('a short quote is linked whole, without the page fragment', () => {
    expect(textFragmentLink(`${URL}#apply`, ['15 vacation days'])).toBe(
      `${URL}#:~:text=15%20vacation%20days`,
    );
  });

  test('a long quote is linked by its first and last words', () => {
    const quote = 'We currently have 17 faculty members with proficiency in a wide variety of skills.';
    expect(textFragmentLink(URL, [quote])).toBe(
      `${URL}#:~:text=We%20currently%20have%2017,wide%20variety%20of%20skills.`,
    );
  });

  test('a quote across blocks (a table row) starts in its first block and ends in its last', () => {
    expect(textFragmentLink(URL, ['PGY 5', '$80,372'])).toBe(`${URL}#:~:text=PGY%205,%2480%2C372`);
  });

  test.each([
    ['-', 'one-year', 'one%2Dyear'],
    [',', 'July 1, 2024', 'July%201%2C%202024'],
    ['&', 'PM&R', 'PM%26R'],
  ])('percent-encodes "%s", which the directive syntax reserves', (_char, term, encoded) => {
    expect(encodeTerm(term)).toBe(encoded);
  });
});

describe('evidenceOf', () => {
  test('quotes the span with whitespace collapsed', () => {
    const ctx = textContext('We   currently have\t17 faculty.');
    expect(evidenceOf(ctx, { start: 0, end: ctx.text.length }).quote).toBe('We currently have 17 faculty.');
  });

  test(`trims a long sentence to at most ${MAX_QUOTE} characters around the fact, between words`, () => {
    const filler = 'Fellows see many patients in clinic every week of the year. '
      .repeat(6)
      .replace(/\. /g, ', ');
    const text = `${filler}and we currently have 17 faculty members, ${filler}done.`;
    const ctx = textContext(text);
    const at = text.indexOf('17 faculty');
    const { quote, link } = evidenceOf(ctx, { start: 0, end: text.length }, { start: at, end: at + 10 });
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(quote).toContain('17 faculty');
    expect(text).toContain(quote);
    expect(text).toMatch(new RegExp(`(?:^|\\s)${quote.split(' ')[0]}`));
    expect(link.startsWith(`${ctx.url.split('#')[0]}#:~:text=`)).toBe(true);
  });
});
