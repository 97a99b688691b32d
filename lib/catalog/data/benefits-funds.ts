import { benefits, near } from './define-entries';

/** Words that turn a licence or membership mention into something the program pays for. */
const PAID_WORDS = ['reimburs', 'paid', 'covered', 'fee', 'provided', 'dues', 'funded'];

/** Funds & allowances (catalog-reference §3). */
export const fundsEntries = benefits('funds', [
  {
    id: 'education-fund',
    name: 'Education / discretionary fund',
    valueType: 'usd',
    synonyms: [
      'education fund',
      'educational fund',
      'discretionary fund',
      'academic fund',
      'book fund',
      // "$1,000 book/travel fund" is an education fund, not separate conference travel.
      'book travel fund',
      'book allowance',
      'cme fund',
      'cme allowance',
      'educational allowance',
      'education allowance',
      'educational stipend',
      'professional development fund',
    ],
  },
  {
    id: 'conference-travel',
    name: 'Conference travel',
    valueType: 'text',
    synonyms: [
      'conference travel',
      'travel fund',
      'travel allowance',
      'travel reimbursement',
      'travel support',
      'travel stipend',
      'travel expense',
      'conference expense',
      'conference funding',
      'meeting expense',
    ],
  },
  {
    id: 'board-review-course',
    name: 'Board review course',
    valueType: 'bool',
    // Not "board review night/series": those are didactics (a program fact), not a benefit.
    synonyms: [
      'board review course',
      'board prep course',
      'board preparation course',
      'board review material',
    ],
  },
  {
    id: 'board-exam-fee',
    name: 'Board exam fee',
    valueType: 'bool',
    synonyms: ['board exam fee', 'board examination fee', 'board certification fee', 'board fee'],
  },
  {
    id: 'licensure-fees',
    name: 'Licensure and DEA fees',
    valueType: 'bool',
    synonyms: [
      'license fee',
      'licensure fee',
      'licensing fee',
      'license reimbursement',
      'licensure reimbursement',
      'dea fee',
      'dea registration fee',
      // "Applicants must hold a state license" is a requirement: only when the program pays.
      near('state license', PAID_WORDS, 40),
      near('medical license', PAID_WORDS, 40),
      near('dea registration', PAID_WORDS, 40),
    ],
  },
  {
    id: 'society-membership',
    name: 'Society memberships',
    valueType: 'list',
    synonyms: [
      'society membership',
      'professional membership',
      'professional society membership',
      'membership dues',
      'asra membership',
      'asipp membership',
      'nans membership',
      'sis membership',
      'aapm membership',
      'asa membership',
      'aspn membership',
      'ahs membership',
      'iasp membership',
      'usasp membership',
      near(
        'membership',
        [
          'society',
          'asra',
          'asipp',
          'nans',
          'aapm',
          'asa',
          'aspn',
          'iasp',
          'sis',
          'professional',
          ...PAID_WORDS,
        ],
        40,
      ),
    ],
  },
  {
    id: 'relocation',
    name: 'Relocation allowance',
    valueType: 'usd',
    synonyms: [
      'relocation',
      'relocation allowance',
      'relocation assistance',
      'relocation stipend',
      'moving allowance',
      'moving expense',
      'moving stipend',
    ],
  },
]);
