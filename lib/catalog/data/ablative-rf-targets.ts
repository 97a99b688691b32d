import { near, procedures } from './define-entries';

/** Words that make a bare joint or nerve name in a list mean its radiofrequency ablation. */
export const RF_WORDS = ['radiofrequency', 'rfa', 'ablat', 'neurotomy', 'denervation', 'lesion'];

/** Radiofrequency ablation by target, children of `radiofrequency-ablation` (catalog-reference §2.3). */
export const rfTargetEntries = procedures('ablative', [
  {
    id: 'facet-rfa',
    name: 'Medial branch radiofrequency ablation',
    parent: 'radiofrequency-ablation',
    synonyms: [
      'medial branch rfa',
      'medial branch radiofrequency',
      'medial branch ablation',
      'medial branch neurotomy',
      'facet rfa',
      'facet radiofrequency',
      'facet joint radiofrequency',
      'facet ablation',
      'facet rhizotomy',
      'facet denervation',
      'facet joint denervation',
      'radiofrequency neurotomy',
      'radiofrequency neurotomies',
      // "Radiofrequency Ablation: medial branches of cervical, thoracic, lumbar…"
      near('medial branches', RF_WORDS),
    ],
    abbreviations: ['RFN', 'MBRFA'],
  },
  {
    id: 'sij-rfa',
    name: 'Sacroiliac joint lateral branch radiofrequency ablation',
    parent: 'radiofrequency-ablation',
    synonyms: [
      'sij rfa',
      'si joint rfa',
      'si joint radiofrequency',
      'sacroiliac rfa',
      'sacroiliac joint rfa',
      'sacroiliac joint radiofrequency',
      'sacroiliac radiofrequency',
      'lateral branch rfa',
      'lateral branch radiofrequency',
      'lateral branch ablation',
      'lateral branch neurotomy',
      // "Radiofrequency Ablation: medial branches of …, and lateral branches of the SI joint."
      near('lateral branches of the si joint', RF_WORDS, 80),
      near('lateral branch of the si joint', RF_WORDS, 80),
      near('lateral branches of the sacroiliac joint', RF_WORDS, 80),
    ],
    abbreviations: ['LBRFA'],
  },
  {
    id: 'genicular-rfa',
    name: 'Genicular nerve radiofrequency ablation',
    parent: 'radiofrequency-ablation',
    synonyms: [
      'genicular rfa',
      'genicular nerve rfa',
      'genicular radiofrequency',
      'genicular nerve radiofrequency',
      'genicular ablation',
      'genicular nerve ablation',
      'geniculate rfa',
      'geniculate radiofrequency',
      'geniculate nerve ablation',
      'knee rfa',
      'knee radiofrequency',
      'radiofrequency ablation of the knee',
      'radiofrequency ablation of knee',
      // A coordinated list: "radiofrequency ablation of shoulder, knee, and hip". The window counts
      // from where the context word starts, so "ablation" reaches the "hip" 32 chars after it.
      near('knee', ['radiofrequency', 'rfa', 'ablation'], 40),
    ],
    abbreviations: ['GNRFA'],
  },
  {
    id: 'hip-rfa',
    name: 'Hip articular branch radiofrequency ablation',
    parent: 'radiofrequency-ablation',
    synonyms: [
      'hip rfa',
      'hip radiofrequency',
      'hip denervation',
      'radiofrequency ablation of the hip',
      'radiofrequency ablation of hip',
      'obturator articular branch',
      'femoral articular branch',
      near('hip', ['radiofrequency', 'rfa', 'ablation'], 40),
    ],
  },
  {
    id: 'shoulder-rfa',
    name: 'Shoulder radiofrequency ablation',
    parent: 'radiofrequency-ablation',
    synonyms: [
      'shoulder rfa',
      'shoulder radiofrequency',
      'shoulder denervation',
      'radiofrequency ablation of the shoulder',
      'radiofrequency ablation of shoulder',
      'suprascapular rfa',
      'suprascapular nerve rfa',
      'suprascapular radiofrequency',
      'suprascapular nerve radiofrequency',
      'axillary nerve rfa',
      near('shoulder', ['radiofrequency', 'rfa', 'ablation'], 40),
    ],
  },
]);
