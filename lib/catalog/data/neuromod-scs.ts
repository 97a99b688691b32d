import { near, procedures } from './define-entries';

/** Words that make SCS, or a brand that is also an ordinary word, a spinal cord stimulator. */
const SCS_WORDS = [
  'stim',
  'trial',
  'implant',
  'lead',
  'device',
  'ipg',
  'paddle',
  'perc',
  'permanent',
  'spinal',
  'dorsal',
  'neuromod',
  'explant',
  'battery',
];
/** "Revision" and "explant" name a device procedure only near these words. */
const DEVICE_WORDS = ['stim', 'scs', 'drg', 'pns', 'ipg', 'lead', 'neuromod', 'generator'];

/** Spinal cord stimulation with its phases, and device revisions (catalog-reference §2.6). */
export const scsEntries = procedures('neuromod', [
  {
    id: 'spinal-cord-stimulation',
    name: 'Spinal cord stimulation',
    parent: 'neuromodulation',
    synonyms: [
      'spinal cord stimulation',
      'spinal cord stimulator',
      'spinal cord stim',
      'dorsal column stimulation',
      'dorsal column stimulator',
      'dorsal column scs',
      '10 khz',
      near('closed loop', ['scs', 'stim', 'spinal']),
    ],
    abbreviations: [
      near('SCS', SCS_WORDS),
      'HF10',
      'HFX',
      near('DTM', ['stim', 'scs', 'spinal', 'waveform']),
    ],
    // Proclaim, Evoke and Intellis are also ordinary words: only with device context.
    brands: [
      'WaveWriter',
      'Senza',
      'Inceptiv',
      'Eterna',
      'BurstDR',
      near('Proclaim', ['scs', 'stim', 'spinal', 'dorsal', 'implant', 'ipg', 'abbott']),
      near('Intellis', ['scs', 'stim', 'spinal', 'implant', 'ipg', 'medtronic']),
      near('Evoke', ['scs', 'stim', 'spinal', 'implant', 'closed', 'saluda']),
    ],
    phases: {
      trial: 'scs-trial',
      implant: 'scs-implant',
      permanent: 'scs-implant',
      placement: 'scs-implant',
      paddle: 'scs-paddle-lead',
    },
  },
  {
    id: 'scs-trial',
    name: 'Spinal cord stimulator trial',
    parent: 'spinal-cord-stimulation',
    synonyms: [
      'scs trial',
      'spinal cord stimulator trial',
      'spinal cord stimulation trial',
      'stim trial',
      'stimulator trial',
      'percutaneous trial',
      'trial lead',
    ],
    notes: '"Trial" alone is usually a research trial and is never a form.',
  },
  {
    id: 'scs-implant',
    name: 'Spinal cord stimulator implant (permanent)',
    parent: 'spinal-cord-stimulation',
    synonyms: [
      'scs implant',
      'scs implantation',
      'permanent scs',
      'permanent spinal cord stimulator',
      'spinal cord stimulator implant',
      'spinal cord stimulator implantation',
      'perc implant',
      'ipg implant',
      'ipg implantation',
      'ipg placement',
    ],
  },
  {
    id: 'scs-paddle-lead',
    name: 'Paddle-lead spinal cord stimulator',
    parent: 'spinal-cord-stimulation',
    synonyms: [
      'paddle lead',
      'paddle electrode',
      'paddle scs',
      'surgical paddle',
      'surgical lead',
      'laminotomy lead',
      'laminectomy lead',
    ],
  },
  {
    id: 'neurostimulator-revision',
    name: 'Neurostimulator revision / explant / IPG replacement',
    parent: 'neuromodulation',
    synonyms: [
      'neurostimulator revision',
      'lead revision',
      'ipg replacement',
      'ipg revision',
      'generator replacement',
      near('revision', DEVICE_WORDS, 40),
      near('explant', DEVICE_WORDS, 40),
      near('battery change', DEVICE_WORDS, 40),
      near('battery replacement', DEVICE_WORDS, 40),
    ],
  },
]);
