import { near, procedures } from './define-entries';

/** Neuromodulation (catalog-reference §2.6); spinal cord stimulation is in neuromod-scs.ts. */
export const neuromodEntries = procedures('neuromod', [
  {
    id: 'neuromodulation',
    name: 'Neuromodulation',
    // "Neurostimulator" sits here, not under SCS: DRG and peripheral stimulators are neurostimulators too.
    synonyms: [
      'neuromodulation',
      'neuromod',
      'neurostimulation',
      'neurostimulator',
      'implantables',
      'implantable therapy',
      'implantable therapies',
    ],
    notes: 'Umbrella only.',
  },
  {
    id: 'drg-stimulation',
    name: 'Dorsal root ganglion stimulation',
    parent: 'neuromodulation',
    synonyms: [
      'dorsal root ganglion stimulation',
      'dorsal root ganglion stimulator',
      'drg stimulation',
      'drg stimulator',
      'drg stim',
      'drg trial',
      'drg implant',
      // "Dorsal root ganglion (DRG) stimulation"; the ganglion is also a PRF or cryo target.
      near('dorsal root ganglion', ['stim'], 20),
    ],
    // DRG is also a Diagnosis Related Group on billing pages.
    abbreviations: ['DRGS', 'DRG S', near('DRG', ['stim'])],
    brands: ['Axium', 'Proclaim DRG'],
  },
  {
    id: 'peripheral-nerve-stimulation',
    name: 'Peripheral nerve stimulation',
    parent: 'neuromodulation',
    synonyms: [
      'peripheral nerve stimulation',
      'peripheral nerve stimulator',
      'peripheral nerve field stimulation',
      'peripheral stimulation',
      'peripheral stimulator',
      'peripheral stim',
      '60 day pns',
      'temporary pns',
    ],
    // PNS is also the peripheral nervous system, common in didactic text.
    abbreviations: [near('PNS', ['stim', 'lead', 'implant', 'trial', 'sprint']), 'PNfS'],
    // SPRINT is also a hypertension trial and an ordinary word.
    brands: ['StimRouter', 'Nalu', near('SPRINT', ['pns', 'peripheral', 'stim', 'lead', 'implant'])],
  },
  {
    id: 'occipital-nerve-stimulation',
    name: 'Occipital nerve stimulation',
    parent: 'peripheral-nerve-stimulation',
    synonyms: [
      'occipital nerve stimulation',
      'occipital nerve stimulator',
      'occipital stimulation',
      'occipital stimulator',
    ],
    // ONS is also oral nutritional supplements.
    abbreviations: [near('ONS', ['occipital'])],
  },
  {
    id: 'restorative-neurostimulation',
    name: 'Restorative (multifidus) neurostimulation',
    parent: 'neuromodulation',
    synonyms: [
      'restorative neurostimulation',
      'restorative neuromodulation',
      'multifidus stimulation',
      'multifidus neurostimulation',
    ],
    brands: ['ReActiv8'],
  },
]);
