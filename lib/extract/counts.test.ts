import { describe, expect, test } from 'vitest';
import { readFacultyCount, readPositions } from './counts';
import { textContext } from './test-page';

describe('readPositions', () => {
  test.each([
    ['We offer four positions each year.', 4],
    ['The program has 3 ACGME-accredited fellowship positions.', 3],
    ['There are up to eight positions.', 8],
    ['The program admits three fellows per year.', 3],
    ['We accept 5 pain medicine fellows annually.', 5],
    ['Two fellows each year train with us.', 2],
    ['We match a class of four.', 4],
    ['Class size: 6', 6],
    ['Approved per Year: 2', 2],
    ['Positions: 4', 4],
    ['We recruit a dozen fellows every year.', 12],
  ])('%s → %d', (text, positions) => {
    expect(readPositions(textContext(text))?.value).toBe(positions);
  });

  test.each([
    ['patients are not positions', 'The department cares for over 10,000 patients annually.'],
    ['a graduating class year', 'Meet the class of 2024.'],
    ['faculty are not positions', 'We currently have 17 faculty members.'],
    ['fellows without a count', 'Fellows rotate through four sites each year.'],
    ['mild pain is irrelevant', 'Patients with mild pain are seen in clinic.'],
  ])('not stated: %s', (_label, text) => {
    expect(readPositions(textContext(text))).toBeNull();
  });
});

describe('readFacultyCount', () => {
  test.each([
    ['We currently have 17 faculty members with proficiency in a wide variety of skills.', 17],
    ['We currently have 12 faculty members.', 12],
    ['Our 20 board-certified pain faculty teach daily.', 20],
    ['More than 25 attending physicians supervise fellows.', 25],
    ['The division has a faculty of 14.', 14],
    ['Fellows learn from a dozen faculty.', 12],
  ])('%s → %d', (text, count) => {
    expect(readFacultyCount(textContext(text))?.value).toBe(count);
  });

  test.each([
    ['patients are not faculty', 'We care for over 10,000 patients annually.'],
    ['a rotation with faculty', 'Neurology: 6 half days with Neurology faculty'],
    ['a rotation with faculty, in days', 'Toxicology: 1-2 days with EM toxicology faculty'],
    ['a rotation with faculty, in weeks', 'Palliative Care: 1 week with Palliative Care Medicine Faculty'],
    ['one faculty member is someone, not a count', 'One faculty member mentors each fellow.'],
  ])('not stated: %s', (_label, text) => {
    expect(readFacultyCount(textContext(text))).toBeNull();
  });
});
