import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import { compileMatcher } from '../match';
import { benefitValueTypes, readBenefits } from './benefits';
import { textContext } from './test-page';

const matcher = compileMatcher(painMedicineCatalog);
const valueTypes = benefitValueTypes(painMedicineCatalog);
const benefits = (text: string, stipendUsd: number | null = null) =>
  readBenefits(textContext(text), matcher.match(text), valueTypes, stipendUsd);
const one = (text: string, id: string) => benefits(text).find((b) => b.id === id);

describe('readBenefits', () => {
  test.each([
    ['15 vacation days', 'vacation-days', 15],
    ['three weeks of vacation', 'vacation-days', 15],
    ['5 meeting days', 'meeting-days', 5],
    ['Discretionary Fund: $2,000 – for books and educational expenses', 'education-fund', 2000],
    ['A $3,000 relocation allowance is provided.', 'relocation', 3000],
    ['Six weeks of paid parental leave.', 'parental-leave', 6],
    ['Monthly parking reimbursement', 'parking', 'reimbursed'],
    ['Free parking at all sites.', 'parking', 'free'],
    ['Moonlighting is permitted with program director approval.', 'moonlighting', 'with-approval'],
    ['403(b) retirement plan', 'retirement', '403(b)'],
    ['Medical, dental, vision, and pharmacy insurance benefits', 'insurance-dental', true],
    ['White coat and departmental jacket', 'apparel', ['White coat', 'departmental jacket']],
    ['iPhone provided for professional use during fellowship', 'devices', ['iPhone']],
  ])('present: %s → %s = %j', (text, id, value) => {
    expect(one(text, id)).toMatchObject({ status: 'present', value, quote: text });
  });

  test.each([
    ['Moonlighting is not permitted.', 'moonlighting', null],
    ['No moonlighting is allowed during the fellowship.', 'moonlighting', null],
    ['Parking is not reimbursed.', 'parking', null],
    ['Malpractice insurance is not provided.', 'malpractice-insurance', false],
  ])('absent (an explicit no): %s', (text, id, value) => {
    expect(one(text, id)).toMatchObject({ status: 'absent', value });
  });

  test.each([
    ['We offer not only health insurance but dental coverage too.', 'insurance-medical'],
    ['Fellows who do not moonlight still receive free parking.', 'parking'],
  ])('a "not" elsewhere is no refusal: %s', (text, id) => {
    expect(one(text, id)?.status).toBe('present');
  });

  test('"does not interfere" is no refusal', () => {
    expect(
      one('Moonlighting is permitted if it does not interfere with training.', 'moonlighting')?.status,
    ).toBe('present');
  });

  test('the stipend takes the headline amount of the table', () => {
    expect(benefits('Annual Stipend', 80372).find((b) => b.id === 'stipend')?.value).toBe(80372);
  });

  test('one fact per benefit: present beats absent, a stated value beats none', () => {
    const text = 'Vacation is scheduled in blocks.\nFellows receive 15 vacation days.';
    expect(benefits(text).filter((b) => b.id === 'vacation-days')).toEqual([
      expect.objectContaining({ value: 15, quote: 'Fellows receive 15 vacation days.' }),
    ]);
  });

  test('mentions nothing: no benefits (not stated, not absent)', () => {
    expect(benefits('Patients with mild pain are seen in clinic.')).toEqual([]);
  });

  test('without value types, benefits are still present or absent', () => {
    const text = '15 vacation days';
    expect(readBenefits(textContext(text), matcher.match(text), {})).toEqual([
      expect.objectContaining({ id: 'vacation-days', status: 'present', value: null }),
    ]);
  });
});
