import { describe, expect, test } from 'vitest';
import { readDuration, readTracks } from './duration';
import { textContext } from './test-page';

describe('readDuration', () => {
  test.each([
    ['Our multi-faceted, one-year program is designed to prepare a consultant.', 12],
    ['The fellowship is a 12-month ACGME-accredited program.', 12],
    ['A fully ACGME-accredited, one-year clinical training program.', 12],
    ['Stanford offers a one year Pain Medicine Fellowship.', 12],
    ['Fellows complete one year of fellowship training.', 12],
    ['This twelve-month fellowship begins in July.', 12],
    ['The fellowship is 1 year long.', 12],
    ['The program lasts one year.', 12],
    ['Program length: 1 year', 12],
    ['Duration: 12 months', 12],
    ['A 2-year fellowship in pain and spine.', 24],
    ['The fellowship runs from July 1 to June 30.', 12],
    ['Appointments run July 1, 2025 – June 30, 2026.', 12],
  ])('%s → %d months', (text, months) => {
    expect(readDuration(textContext(text))?.value).toBe(months);
  });

  test.each([
    ['mild pain is irrelevant', 'Patients with mild pain are seen in clinic.'],
    ['a track is not the length', 'We offer a 24-month, combined research, and clinical fellowship track.'],
    ['a rotation is not the length', 'Fellows spend 9 months in the pain clinic program.'],
    [
      'years of experience are not the length',
      'Our faculty bring over 20 years of experience training fellows.',
    ],
    ['a stipend period is not the length', 'Stipends (July 1, 2024-June 30, 2025)'],
    ['a year-long project is no count', 'This is a year-long project.'],
  ])('not stated: %s', (_label, text) => {
    expect(readDuration(textContext(text))).toBeNull();
  });

  test('quotes the sentence that states it', () => {
    const fact = readDuration(textContext('Apply now.\nOur one-year program trains consultants. It is fun.'));
    expect(fact).toMatchObject({ value: 12, quote: 'Our one-year program trains consultants.' });
  });

  test('a track elsewhere does not change the length', () => {
    const text = 'Our one-year program is strong. We add a 24-month research track.';
    expect(readDuration(textContext(text))?.value).toBe(12);
  });
});

describe('readTracks', () => {
  test.each([
    ['a 24-month, combined research, and clinical fellowship track', { name: 'research', months: 24 }],
    ['our two-year clinician-scientist track', { name: 'research', months: 24 }],
    ['a 2-year clinical research track', { name: 'research', months: 24 }],
    ['an 18-month pediatric pain track', { name: 'pediatric', months: 18 }],
  ])('%s', (phrase, track) => {
    expect(readTracks(textContext(`We offer ${phrase}.`)).map((t) => t.value)).toEqual([track]);
  });

  test('no track stated', () => {
    expect(
      readTracks(textContext('Fellows stay on track with weekly lectures. Our one-year program.')),
    ).toEqual([]);
  });
});
