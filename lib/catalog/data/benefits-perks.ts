import { benefits, near } from './define-entries';

/** Words that make a bare perk word ("parking", "meals", "housing") something the program gives. */
const GIVEN_WORDS = [
  'reimburs',
  'free',
  'provided',
  'covered',
  'subsid',
  'paid',
  'stipend',
  'allowance',
  'voucher',
  'credit',
  'benefit',
];

/** Perks (catalog-reference §3). */
export const perksEntries = benefits('perks', [
  {
    id: 'parking',
    name: 'Parking',
    valueType: 'enum',
    // "Directions and parking" is visitor information, not a benefit.
    synonyms: [
      'parking reimbursement',
      'free parking',
      'paid parking',
      'parking permit',
      'parking pass',
      'parking subsidy',
      'parking stipend',
      near('parking', GIVEN_WORDS, 30),
    ],
  },
  {
    id: 'meals',
    name: 'Meals',
    valueType: 'enum',
    synonyms: [
      'meal card',
      'meal allowance',
      'meal stipend',
      'meal money',
      'meal plan',
      'meal voucher',
      'meals on call',
      'food allowance',
      near('meal', GIVEN_WORDS, 30),
    ],
  },
  {
    id: 'housing',
    name: 'Housing',
    valueType: 'enum',
    synonyms: [
      'housing stipend',
      'housing allowance',
      'housing assistance',
      'housing subsidy',
      'subsidized housing',
      near('housing', GIVEN_WORDS, 30),
    ],
  },
  {
    id: 'devices',
    name: 'Phone / devices',
    valueType: 'list',
    synonyms: [
      'iphone',
      'ipad',
      'laptop',
      'smartphone',
      'cell phone',
      'cellphone',
      'mobile phone',
      'phone stipend',
      'technology stipend',
    ],
  },
  {
    id: 'apparel',
    name: 'White coat / apparel',
    valueType: 'list',
    // "scrubs" only: the singular is also the verb ("scrub in").
    synonyms: ['white coat', 'lab coat', 'departmental jacket', 'scrubs', 'dry cleaning', 'laundry service'],
  },
  {
    id: 'radiation-protection',
    name: 'Radiation protection',
    valueType: 'bool',
    synonyms: [
      'radiation protection',
      'lead apron',
      'lead vest',
      'lead gown',
      'thyroid shield',
      'thyroid collar',
      'lead glasses',
      'leaded glasses',
      'dosimeter',
      'radiation badge',
    ],
    notes: 'A pain-specific perk (fluoroscopy every day): look for it.',
  },
  {
    id: 'wellness',
    name: 'Wellness / employee assistance',
    valueType: 'list',
    synonyms: [
      'wellness',
      'employee assistance program',
      'counseling service',
      'confidential counseling',
      'gym membership',
      'fitness center',
      // "Non-clinical days" (and WUSTL's "none clinical days") may also be a program fact.
      'non clinical day',
      'none clinical day',
    ],
    abbreviations: ['EAP'],
  },
  {
    id: 'childcare',
    name: 'Childcare',
    valueType: 'enum',
    synonyms: ['childcare', 'child care', 'daycare', 'day care', 'backup care', 'back up care'],
  },
  {
    id: 'loan-repayment',
    name: 'Loan repayment',
    valueType: 'usd',
    synonyms: ['loan repayment', 'loan forgiveness', 'student loan'],
    abbreviations: ['PSLF'],
  },
]);

/** Policies on outside work and retirement (catalog-reference §3). */
export const policiesEntries = benefits('policies', [
  {
    id: 'moonlighting',
    name: 'Moonlighting',
    valueType: 'enum',
    synonyms: ['moonlighting', 'outside employment', 'extra shift'],
    notes: 'J-1 visa holders generally cannot moonlight.',
  },
  {
    id: 'retirement',
    name: 'Retirement plan',
    valueType: 'enum',
    synonyms: [
      'retirement',
      'retirement plan',
      'pension',
      '403(b)',
      '457(b)',
      '401(k)',
      '403b',
      '457b',
      '401k',
    ],
  },
]);
