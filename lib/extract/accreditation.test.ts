import { expect, test } from 'vitest';
import { readAccreditation } from './accreditation';
import { textContext } from './test-page';

test.each([
  ['sponsor an ACGME-accredited fellowship in Anesthesiology Pain Management.', true],
  ['The program is ACGME accredited.', true],
  ['a fully ACGME-accredited, one-year clinical training program', true],
  ['The fellowship is fully accredited.', true],
  ['The fellowship is accredited by the Accreditation Council for Graduate Medical Education.', true],
  ['The program received initial ACGME accreditation in 2019.', true],
  ['ACGME-accredited since inception', true],
  ['This is a non-ACGME fellowship in interventional spine.', false],
  ['This is a non ACGME accredited position.', false],
  ['The fellowship is not ACGME-accredited.', false],
  ['The program is not accredited.', false],
])('%s → %s', (text, accredited) => {
  expect(readAccreditation(textContext(text))?.value).toBe(accredited);
});

test.each([
  ['ACGME named without a status', 'The ACGME requires fellows to log their cases.'],
  ['the applicants’ residency', 'Graduates of non-ACGME residencies are not eligible.'],
  ['nothing about it', 'Patients with mild pain are seen in clinic.'],
])('not stated (null, never false): %s', (_label, text) => {
  expect(readAccreditation(textContext(text))).toBeNull();
});

test('the first statement wins, with its sentence as evidence', () => {
  const fact = readAccreditation(
    textContext('Our fellowship is ACGME-accredited. We also host a non-ACGME research fellowship.'),
  );
  expect(fact).toMatchObject({ value: true, quote: 'Our fellowship is ACGME-accredited.' });
});
