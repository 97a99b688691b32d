import { describe, expect, test } from 'vitest';
import { COUNT_SOURCE, findMoney, parseCount, parseMoney, timeUnitOf, toWorkDays } from './numbers';

describe('parseCount', () => {
  test.each([
    ['4', 4],
    ['17', 17],
    ['10,000', 10000],
    ['one', 1],
    ['Three', 3],
    ['twelve', 12],
    ['seventeen', 17],
    ['twenty', 20],
    ['twenty-four', 24],
    ['thirty six', 36],
    ['a dozen', 12],
    ['dozen', 12],
  ])('%s → %d', (token, value) => {
    expect(parseCount(token)).toBe(value);
  });

  test.each(['', 'many', 'twenty-ten', 'first', 'several'])('"%s" is no count', (token) => {
    expect(parseCount(token)).toBeNull();
  });

  test.each([
    ['admits fourteen fellows', 'fourteen'],
    ['a class of seventeen', 'seventeen'],
    ['a twenty-four month track', 'twenty-four'],
    ['over 10,000 patients', '10,000'],
  ])('COUNT_SOURCE takes the whole token in "%s"', (text, token) => {
    expect(new RegExp(`\\b${COUNT_SOURCE}\\b`, 'i').exec(text)?.[0]).toBe(token);
  });
});

describe('parseMoney', () => {
  test.each([
    ['$80,372', 80372],
    ['$ 80,372', 80372],
    ['US$80,372', 80372],
    ['$80K', 80000],
    ['$80k', 80000],
    ['$1.5k', 1500],
    ['$80 thousand', 80000],
    ['80,372 USD', 80372],
    ['2,000 dollars', 2000],
    ['$2,000.50', 2000.5],
  ])('%s → %d', (token, usd) => {
    expect(parseMoney(token)).toBe(usd);
  });

  test('findMoney reports each amount with its offsets, not a following comma or period', () => {
    const text = 'Stipend: $80,372, fund: $2,000. Total 5 days.';
    expect(findMoney(text)).toEqual([
      { usd: 80372, start: 9, end: 16 },
      { usd: 2000, start: 24, end: 30 },
    ]);
  });

  test('bare numbers are not money', () => {
    expect(findMoney('17 faculty, 10,000 patients, PGY 5, 2024-2025')).toEqual([]);
  });
});

describe('time off', () => {
  test.each([
    ['days', 15, 15],
    ['workdays', 15, 15],
    ['business days', 20, 20],
    ['weeks', 3, 15],
    ['wks', 4, 20],
    ['hours', 120, 15],
    ['hrs', 100, 13],
  ])('%d %s → %d workdays', (word, amount, days) => {
    const unit = timeUnitOf(word);
    expect(unit).not.toBeNull();
    expect(toWorkDays(amount, unit!)).toBe(days);
  });

  test('months are no unit of time off', () => {
    expect(timeUnitOf('months')).toBeNull();
  });
});
