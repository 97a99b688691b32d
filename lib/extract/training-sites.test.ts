import { describe, expect, test } from 'vitest';
import { siteKey, splitSiteNames } from './site-names';
import { textContext } from './test-page';
import { readTrainingSites } from './training-sites';

const sites = (text: string) => readTrainingSites(textContext(text)).map((s) => s.value);

describe('readTrainingSites', () => {
  test.each([
    [
      '"based at …, with additional rotations at … and …"',
      'The practice is primarily based at the Pain Management Center, Barnes-Jewish Hospital, with additional rotations at Missouri Baptist Hospital and Barnes-Jewish Hospital West County.',
      ['Barnes-Jewish Hospital', 'Missouri Baptist Hospital', 'Barnes-Jewish Hospital West County'],
    ],
    [
      'a Location line with a name holding "and"',
      'Location: Barnes and Jewish Hospital and Saint Louis Children Hospital',
      ['Barnes and Jewish Hospital', 'Saint Louis Children Hospital'],
    ],
    [
      'a Location line with an item without a facility word',
      'Location: Barnes and Jewish Center for Advanced Medicine, Barnes and Jewish West County, and Missouri Baptist Hospital',
      [
        'Barnes and Jewish Center for Advanced Medicine',
        'Barnes and Jewish West County',
        'Missouri Baptist Hospital',
      ],
    ],
    [
      'a list introduced as facilities',
      'Fellows receive robust training across multiple integrated facilities:\nRush University Medical Center\nRush Oak Park Hospital\nRush Surgicenter & Rush Oak Brook Surgicenter\nRush Pain Clinics & Satellite Sites\nThis rotation structure ensures exposure to a broad spectrum of cases.',
      [
        'Rush University Medical Center',
        'Rush Oak Park Hospital',
        'Rush Surgicenter',
        'Rush Oak Brook Surgicenter',
        'Rush Pain Clinics',
      ],
    ],
    [
      'training sites include …',
      'Training sites include the VA Medical Center and Harborview Medical Center.',
      ['VA Medical Center', 'Harborview Medical Center'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(sites(text)).toEqual(expected);
  });

  test('one entry per place whatever its spelling, with the first spelling and its sentence', () => {
    const facts = readTrainingSites(
      textContext('We are based at Barnes-Jewish Hospital.\nLocation: Barnes and Jewish Hospital'),
    );
    expect(facts).toEqual([
      expect.objectContaining({
        value: 'Barnes-Jewish Hospital',
        quote: 'We are based at Barnes-Jewish Hospital.',
      }),
    ]);
  });

  test.each([
    ['a city is no site', 'The program is located in St. Louis, Missouri.'],
    [
      'rotations in specialties are no sites',
      'Training may include rotations in psychology, neurology, and physiatry.',
    ],
    ['a service is no site', 'Fellows rotate through the Acute Pain Service.'],
  ])('none: %s', (_label, text) => {
    expect(sites(text)).toEqual([]);
  });
});

describe('site names', () => {
  test('a name ends where lowercase words start', () => {
    expect(splitSiteNames('Barnes-Jewish Hospital in downtown St. Louis', false)).toEqual([
      'Barnes-Jewish Hospital',
    ]);
  });

  test('siteKey folds "and", "&" and hyphens', () => {
    expect(siteKey('Barnes and Jewish Hospital')).toBe(siteKey('Barnes-Jewish Hospital'));
  });
});
