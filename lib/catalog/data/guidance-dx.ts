import { near, procedures } from './define-entries';

/**
 * Image guidance & diagnostics (catalog-reference §2.12). Guidance terms become attributes of the
 * procedures they modify; they are matched as entries so "95% under fluoroscopy" is still seen.
 */
export const guidanceDxEntries = procedures('guidance-dx', [
  {
    id: 'fluoroscopic-guidance',
    name: 'Fluoroscopic guidance',
    synonyms: [
      'fluoroscopic',
      'fluoroscopically guided',
      'fluoroscopy',
      'fluoroscopic guidance',
      'fluoro',
      'c arm',
      'x ray guided',
      'xray guided',
      // The reference files generic image guidance here: fluoroscopy is what it means on pain pages.
      'image guided',
      'image guidance',
    ],
  },
  {
    id: 'ultrasound-guidance',
    name: 'Ultrasound guidance',
    synonyms: [
      'ultrasound',
      'ultrasound guided',
      'ultrasound guidance',
      'sonographic',
      'sonographically guided',
      'sonography',
      'msk ultrasound',
      'musculoskeletal ultrasound',
      'point of care ultrasound',
    ],
    // "US" is the United States: only in the compound "US-guided".
    abbreviations: ['US guided', 'USG', 'POCUS'],
  },
  {
    id: 'ct-guidance',
    name: 'CT guidance',
    synonyms: ['ct guided', 'ct guidance', 'computed tomography guided', 'ct fluoroscopy'],
  },
  {
    id: 'electrodiagnostic-testing',
    name: 'Electrodiagnostic testing (EMG/NCS)',
    synonyms: [
      'electromyography',
      'electrodiagnostic',
      'electrodiagnosis',
      'electrodiagnostic studies',
      'nerve conduction study',
      'nerve conduction studies',
      'nerve conduction',
    ],
    // NCS and NCV also stand for unrelated surveys and scales: only near EMG or nerve words.
    abbreviations: [
      'EMG',
      near('NCS', ['emg', 'nerve', 'electro', 'conduction']),
      near('NCV', ['emg', 'nerve', 'electro', 'conduction']),
    ],
  },
]);
