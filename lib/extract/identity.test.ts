import { describe, expect, test } from 'vitest';
import { readDepartment, readInstitution, readProgramName, readSpecialty } from './identity';
import { textContext } from './test-page';

describe('readProgramName', () => {
  test('from a heading span, as the page writes it', () => {
    const ctx = textContext(
      'Home\nRush University Interventional Pain Medicine Fellowship\nACGME-Accredited',
    );
    const start = ctx.text.indexOf('Rush');
    const name = readProgramName(ctx, { start, end: ctx.text.indexOf('\nACGME') });
    expect(name).toMatchObject({ value: 'Rush University Interventional Pain Medicine Fellowship' });
  });

  test.each([
    [
      'The Rush University Interventional Pain Medicine Fellowship is a one-year program.',
      'Rush University Interventional Pain Medicine Fellowship',
    ],
    ['Welcome to the Pain Medicine Fellowship Program at Example.', 'Pain Medicine Fellowship Program'],
  ])('from a sentence: %s', (text, name) => {
    expect(readProgramName(textContext(text))?.value).toBe(name);
  });

  test('"Fellowships" (a menu) names no program', () => {
    expect(readProgramName(textContext('Fellowships\nContact us'))).toBeNull();
  });

  test('the specialty is the detector’s id for the name', () => {
    const ctx = textContext('Pain Medicine Fellowship');
    expect(readSpecialty(readProgramName(ctx))?.value).toBe('pain-medicine');
  });
});

describe('readInstitution', () => {
  test.each([
    [
      'a sponsoring sentence wins',
      'Washington University Medical Center is a tertiary center.\nThe Department of Anesthesiology and Washington University School of Medicine, together with Barnes-Jewish Hospital, sponsor an ACGME-accredited fellowship.',
      'Washington University School of Medicine',
    ],
    [
      'a place after the name',
      'Washington University School of Medicine in St. Louis',
      'Washington University School of Medicine in St. Louis',
    ],
    ['a clinic', 'The Pain Medicine Fellowship at Mayo Clinic is strong.', 'Mayo Clinic'],
  ])('%s', (_label, text, institution) => {
    expect(readInstitution(textContext(text), null)?.value).toBe(institution);
  });

  test('"Clinical" is no clinic', () => {
    expect(readInstitution(textContext('Balancing Research and Clinical Work'), null)).toBeNull();
  });
});

describe('readDepartment', () => {
  test.each([
    [
      'The Department of Anesthesiology and Washington University sponsor the fellowship.',
      'Department of Anesthesiology',
    ],
    ['the Rush Department of Anesthesiology cares for over 10,000 patients', 'Department of Anesthesiology'],
    ['Department of Physical Medicine & Rehabilitation', 'Department of Physical Medicine & Rehabilitation'],
    [
      'Department of Anesthesiology, Perioperative and Pain Medicine',
      'Department of Anesthesiology, Perioperative and Pain Medicine',
    ],
  ])('%s', (text, department) => {
    expect(readDepartment(textContext(text))?.value).toBe(department);
  });

  test('prefers the department of the fellowship', () => {
    const text = 'Department of Surgery news\nThe fellowship is run by the Department of Neurology.';
    expect(readDepartment(textContext(text))?.value).toBe('Department of Neurology');
  });
});
