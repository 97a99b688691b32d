import { expect, test } from 'vitest';
import { readEducationFund } from './education-fund';
import { textContext } from './test-page';

test.each([
  ['Discretionary Fund: $2,000 – for books and educational expenses', 2000],
  ['Each fellow has a $1,500 CME fund.', 1500],
  ['A $1,000 book/travel fund is provided.', 1000],
  ['Educational allowance of $2,500 per year', 2500],
  ['Fellows receive $750 for books and educational expenses.', 750],
  ['Professional development fund: $1.5k', 1500],
])('%s → %d', (text, usd) => {
  expect(readEducationFund(textContext(text))?.value).toBe(usd);
});

test.each([
  ['a fund without an amount', 'Fellows have a discretionary fund for books.'],
  ['pay is not a fund', 'Annual salary of $72,000 and full benefits.'],
  ['an amount for something else', 'Relocation: $2,000. Fellows also receive an education fund.'],
])('not stated: %s', (_label, text) => {
  expect(readEducationFund(textContext(text))).toBeNull();
});
