import { describe, expect, test } from 'vitest';
import { describeAnchor } from './describe-anchor';
import { CONTEXT_LENGTH, MAX_QUOTE } from './limits';
import { TextAnchor } from './schema';

const text =
  'Pain Medicine Fellowship\nThe program offers a stipend of $80,372 for PGY-5 fellows, with four weeks of vacation.\n';

describe('describeAnchor', () => {
  test('keeps the quote, 32 chars of context on each side, and the offsets', () => {
    const start = text.indexOf('$80,372');
    const anchor = describeAnchor(text, start, start + 7)!;
    expect(anchor).toEqual({
      quote: '$80,372',
      prefix: text.slice(start - CONTEXT_LENGTH, start),
      suffix: text.slice(start + 7, start + 7 + CONTEXT_LENGTH),
      start,
      end: start + 7,
    });
    expect(anchor.prefix).toHaveLength(32);
    expect(TextAnchor.parse(anchor)).toEqual(anchor);
  });

  test('context stops at the ends of the text', () => {
    expect(describeAnchor(text, 0, 4)).toMatchObject({ quote: 'Pain', prefix: '' });
    expect(describeAnchor(text, text.length - 9, text.length)).toMatchObject({ suffix: '' });
  });

  test.each([
    ['empty', 5, 5],
    ['reversed', 6, 5],
    ['negative', -1, 4],
    ['past the end', 10, text.length + 1],
    ['not integers', 1.5, 4],
    ['NaN', Number.NaN, 4],
  ])('nothing to keep when the selection is %s', (_, start, end) => {
    expect(describeAnchor(text, start, end)).toBeNull();
  });

  test('a quote longer than the schema allows is refused, not cut', () => {
    const long = 'x'.repeat(MAX_QUOTE + 1);
    expect(describeAnchor(long, 0, MAX_QUOTE + 1)).toBeNull();
    expect(describeAnchor(long, 0, MAX_QUOTE)?.quote).toHaveLength(MAX_QUOTE);
  });
});

describe('TextAnchor schema', () => {
  const valid = { quote: 'stipend', prefix: 'a ', suffix: ' of', start: 3, end: 10 };

  test.each([
    ['an empty quote', { quote: '' }],
    ['a quote over 5000 chars', { quote: 'x'.repeat(5001) }],
    ['context over 64 chars', { prefix: 'x'.repeat(65) }],
    ['a negative start', { start: -1 }],
    ['a fractional end', { end: 10.5 }],
    ['end not after start', { end: 3 }],
  ])('rejects %s', (_, patch) => {
    expect(TextAnchor.safeParse(valid).success).toBe(true);
    expect(TextAnchor.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});
