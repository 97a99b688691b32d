import { describe, expect, test } from 'vitest';
import { textContext } from './test-page';
import { readMeetingDays, readVacationDays } from './time-off';

describe('readVacationDays', () => {
  test.each([
    ['15 vacation days', 15],
    ['Fellows receive fifteen days of paid vacation.', 15],
    ['three weeks of vacation', 15],
    ['three weeks (15 scheduled workdays) of vacation per year', 15],
    ['4 weeks vacation', 20],
    ['Vacation: 20 days', 20],
    ['Vacation time of 3 weeks is granted.', 15],
    ['120 hours of vacation', 15],
    ['Annual leave: 4 weeks', 20],
    ['Fellows get 15 vacation days and 5 meeting days.', 15],
  ])('%s → %d', (text, days) => {
    expect(readVacationDays(textContext(text))?.value).toBe(days);
  });

  test.each([
    ['a rotation in weeks', 'Anesthesiology: 2 weeks with OR anesthesiologist'],
    ['vacation without an amount', 'Vacation is scheduled with the program coordinator.'],
    [
      'pooled time off, in parentheses',
      '20 business days of personal time off (vacation, conferences, interviews)',
    ],
    ['mild pain', 'Patients with mild pain are seen in clinic.'],
  ])('not stated: %s', (_label, text) => {
    expect(readVacationDays(textContext(text))).toBeNull();
  });

  test('quotes the list item', () => {
    const fact = readVacationDays(textContext('Benefits\n15 vacation days\n5 meeting days'));
    expect(fact).toMatchObject({ value: 15, quote: '15 vacation days' });
  });
});

describe('readMeetingDays', () => {
  test.each([
    ['5 meeting days', 5],
    ['five days of educational leave', 5],
    ['Fellows receive 5 conference days.', 5],
    ['one week of CME time', 5],
    ['Fellows get 15 vacation days and 5 meeting days.', 5],
  ])('%s → %d', (text, days) => {
    expect(readMeetingDays(textContext(text))?.value).toBe(days);
  });

  test.each([
    ['weekly conferences', 'Weekly multidisciplinary pain conferences and journal clubs.'],
    ['conference hours', 'There are 4 hours of weekly conferences.'],
    ['vacation is not meeting time', '15 vacation days'],
  ])('not stated: %s', (_label, text) => {
    expect(readMeetingDays(textContext(text))).toBeNull();
  });
});
