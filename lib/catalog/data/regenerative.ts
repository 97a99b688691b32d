import { near, procedures } from './define-entries';

/** Regenerative / orthobiologic procedures (catalog-reference §2.11). */
export const regenerativeEntries = procedures('regenerative', [
  {
    id: 'regenerative-medicine',
    name: 'Regenerative medicine',
    synonyms: [
      'regenerative medicine',
      // "Minimally invasive and regenerative options"
      'regenerative option',
      'regenerative injection',
      'regenerative therapy',
      'regenerative therapies',
      'regenerative procedure',
      'orthobiologic',
    ],
    notes: 'Umbrella. No bare "biologics": in pain text it may mean biologic drugs for arthritis.',
  },
  {
    id: 'platelet-rich-plasma',
    name: 'Platelet-rich plasma injection',
    parent: 'regenerative-medicine',
    synonyms: ['platelet rich plasma'],
    abbreviations: ['PRP'],
    notes: 'Not PRF (pulsed radiofrequency, or platelet-rich fibrin).',
  },
  {
    id: 'cell-based-therapy',
    name: 'Bone marrow / adipose cell-based injection',
    parent: 'regenerative-medicine',
    synonyms: [
      'cell based therapy',
      'cell based therapies',
      'bone marrow aspirate concentrate',
      'bone marrow aspirate',
      'stem cell injection',
      'stem cell therapy',
      'stem cell therapies',
      'mesenchymal stem cell',
      'microfragmented adipose',
      'micro fragmented adipose',
      'adipose derived',
    ],
    // MSC is also a Master of Science.
    abbreviations: ['BMAC', near('MSC', ['stem', 'cell', 'mesenchym', 'marrow', 'adipose', 'regenerat'])],
    brands: ['Lipogems'],
  },
  {
    id: 'prolotherapy',
    name: 'Prolotherapy',
    parent: 'regenerative-medicine',
    synonyms: ['prolotherapy', 'prolotherapies', 'prolo', 'dextrose prolotherapy', 'dextrose prolo'],
  },
]);
