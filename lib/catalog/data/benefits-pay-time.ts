import { benefits, near } from './define-entries';

/** Pay: one stipend table keyed by PGY level (catalog-reference §3). */
export const payEntries = benefits('pay', [
  {
    id: 'stipend',
    name: 'Stipend (by PGY level)',
    valueType: 'usd-by-pgy',
    // Longer forms elsewhere ("housing stipend", "phone stipend") win over this one where they apply.
    synonyms: ['stipend', 'annual stipend', 'salary', 'salaries', 'compensation', 'pay scale'],
    notes: 'Most pain fellows are paid at PGY-5; store the whole table and the academic year.',
  },
]);

/** Time off (catalog-reference §3). */
export const timeOffEntries = benefits('time-off', [
  {
    id: 'vacation-days',
    name: 'Vacation days',
    valueType: 'days',
    synonyms: [
      'vacation',
      'vacation day',
      'vacation time',
      'vacation leave',
      'paid vacation',
      'annual leave',
    ],
    notes: 'Business days: weeks × 5, hours ÷ 8; keep the raw text.',
  },
  {
    id: 'paid-time-off',
    name: 'Paid time off (pooled)',
    valueType: 'days',
    synonyms: ['paid time off', 'personal time off', 'personal day', 'personal leave'],
    abbreviations: ['PTO'],
    notes: 'Use when vacation and sick time are pooled; do not double count.',
  },
  {
    id: 'sick-days',
    name: 'Sick days',
    valueType: 'days',
    synonyms: ['sick day', 'sick leave', 'sick time', 'medical leave'],
  },
  {
    id: 'meeting-days',
    name: 'Meeting / educational days',
    valueType: 'days',
    synonyms: [
      'meeting day',
      'conference day',
      'conference leave',
      'educational leave',
      'education leave',
      'educational day',
      'educational time',
      'academic day',
      'cme day',
      'cme leave',
    ],
  },
  {
    id: 'holidays',
    name: 'Holidays',
    valueType: 'days',
    synonyms: ['holiday', 'paid holiday', 'hospital holiday', 'institutional holiday'],
  },
  {
    id: 'parental-leave',
    name: 'Parental / caregiver leave',
    valueType: 'weeks',
    synonyms: [
      'parental leave',
      'maternity leave',
      'paternity leave',
      'family leave',
      'family medical leave',
      'caregiver leave',
      'bonding leave',
      'adoption leave',
    ],
    abbreviations: ['FMLA'],
  },
  {
    id: 'job-search-days',
    name: 'Job-search / interview days',
    valueType: 'days',
    // Bare "interview days" on a fellowship page are usually the applicants' interviews.
    synonyms: [
      'job search day',
      'job interview day',
      'job interview',
      near('interview day', ['job', 'career', 'employment'], 40),
    ],
  },
]);
