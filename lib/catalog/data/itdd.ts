import { near, procedures } from './define-entries';

/**
 * Words that make a bare "pump" phrase an intrathecal pump: a PCA, insulin or infusion pump is
 * never a pain procedure.
 */
const PUMP_WORDS = ['intrathecal', 'itdd', 'implant', 'baclofen', 'morphine', 'targeted', 'ziconotide'];

/** Intrathecal drug delivery (catalog-reference §2.7). */
export const itddEntries = procedures('itdd', [
  {
    id: 'intrathecal-drug-delivery',
    name: 'Intrathecal drug delivery',
    synonyms: [
      'intrathecal drug delivery',
      // "Intrathecal drug delivery systems (trial and implant)": the match must end before the phases.
      'intrathecal drug delivery system',
      'targeted drug delivery',
      'intrathecal pump',
      'intrathecal drug pump',
      'intrathecal therapy',
      'intrathecal baclofen',
      'implantable pump',
      'implantable drug delivery',
      'pain pump',
      'morphine pump',
      'baclofen pump',
    ],
    abbreviations: [
      'ITDD',
      'IDDS',
      'IT pump',
      // TDD is also test-driven development; ITB is also the iliotibial band.
      near('TDD', ['targeted', 'intrathecal', 'pump']),
      near('ITB', ['baclofen', 'intrathecal', 'pump']),
    ],
    brands: ['SynchroMed', 'Prometra'],
    phases: {
      trial: 'intrathecal-trial',
      implant: 'intrathecal-pump-implant',
      permanent: 'intrathecal-pump-implant',
      placement: 'intrathecal-pump-implant',
      refill: 'intrathecal-pump-management',
      management: 'intrathecal-pump-management',
    },
  },
  {
    id: 'intrathecal-trial',
    name: 'Intrathecal trial',
    parent: 'intrathecal-drug-delivery',
    synonyms: [
      'intrathecal trial',
      'intrathecal pump trial',
      'intrathecal drug trial',
      'intrathecal bolus',
      'itdd trial',
      near('pump trial', PUMP_WORDS),
      near('bolus trial', PUMP_WORDS),
      near('catheter trial', PUMP_WORDS),
    ],
    abbreviations: ['IT trial'],
  },
  {
    id: 'intrathecal-pump-implant',
    name: 'Intrathecal pump implant',
    parent: 'intrathecal-drug-delivery',
    synonyms: [
      'intrathecal pump implant',
      'intrathecal pump implantation',
      'intrathecal pump placement',
      'intrathecal catheter and pump',
      'itdd implant',
      'pump implant',
      'pump implantation',
      near('pump placement', PUMP_WORDS),
    ],
    abbreviations: ['IT pump placement', 'IT pump implant'],
  },
  {
    id: 'intrathecal-pump-management',
    name: 'Intrathecal pump refill / interrogation / programming',
    parent: 'intrathecal-drug-delivery',
    synonyms: [
      'intrathecal pump refill',
      'intrathecal pump management',
      'intrathecal pump service',
      'intrathecal pump clinic',
      'intrathecal pump programming',
      'intrathecal pump interrogation',
      near('pump refill', PUMP_WORDS),
      near('pump management', PUMP_WORDS),
      near('pump clinic', PUMP_WORDS),
      near('pump interrogation', PUMP_WORDS),
      near('pump programming', PUMP_WORDS),
      near('refill and reprogramming', PUMP_WORDS),
    ],
    abbreviations: ['IT pump refill'],
  },
]);
