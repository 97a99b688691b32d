import { benefits, near } from './define-entries';

/**
 * Words that make a bare coverage type an insurance benefit. Pages compress the list ("Medical,
 * dental, vision, and pharmacy insurance"), so each type is also a form of its own near them.
 */
const COVERAGE_WORDS = ['insurance', 'benefit', 'coverage'];
/** "Life" and "accident" are everyday words: "quality of life benefits" is no life insurance. */
const INSURANCE_WORDS = ['insurance', 'coverage', 'assurance'];

/** Insurance (catalog-reference §3); each type is a separate boolean. */
export const insuranceEntries = benefits('insurance', [
  {
    id: 'insurance-medical',
    name: 'Medical insurance',
    valueType: 'bool',
    synonyms: [
      'medical insurance',
      'health insurance',
      'medical coverage',
      'health coverage',
      'health plan',
      'medical plan',
      // "Medical, dental, vision…": medical is everywhere on these pages, so the window is short.
      near('medical', ['insurance', 'coverage', 'dental', 'vision'], 40),
      near('health', ['insurance', 'coverage', 'dental', 'vision'], 40),
    ],
  },
  {
    id: 'insurance-dental',
    name: 'Dental insurance',
    valueType: 'bool',
    synonyms: ['dental insurance', 'dental coverage', 'dental plan', near('dental', COVERAGE_WORDS)],
  },
  {
    id: 'insurance-vision',
    name: 'Vision insurance',
    valueType: 'bool',
    synonyms: ['vision insurance', 'vision coverage', 'vision plan', near('vision', COVERAGE_WORDS)],
  },
  {
    id: 'insurance-pharmacy',
    name: 'Pharmacy / prescription coverage',
    valueType: 'bool',
    synonyms: [
      'pharmacy insurance',
      'pharmacy coverage',
      'pharmacy benefit',
      'prescription coverage',
      'prescription drug coverage',
      'prescription insurance',
      near('pharmacy', COVERAGE_WORDS),
      near('prescription', ['insurance', 'coverage'], 40),
    ],
  },
  {
    id: 'insurance-life',
    name: 'Life insurance',
    valueType: 'bool',
    synonyms: ['life insurance', 'term life', near('life', INSURANCE_WORDS, 40)],
  },
  {
    id: 'insurance-accident',
    name: 'Accident (AD&D) insurance',
    valueType: 'bool',
    synonyms: ['accident insurance', 'accidental death', near('accident', INSURANCE_WORDS, 40)],
  },
  {
    id: 'insurance-disability',
    name: 'Disability insurance',
    valueType: 'bool',
    synonyms: [
      'disability insurance',
      'disability coverage',
      'long term disability',
      'short term disability',
      near('disability', INSURANCE_WORDS, 40),
    ],
  },
  {
    id: 'malpractice-insurance',
    name: 'Malpractice (professional liability) insurance',
    valueType: 'bool',
    synonyms: [
      'malpractice',
      'malpractice insurance',
      'malpractice coverage',
      'professional liability',
      'professional liability insurance',
      'liability insurance',
      'liability coverage',
      'tail coverage',
    ],
  },
]);
