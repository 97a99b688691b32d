import { procedures } from './define-entries';

/** Facet & spinal joint procedures (catalog-reference §2.2). */
export const spineJointEntries = procedures('spine-joint', [
  {
    id: 'facet-joint-injection',
    name: 'Intra-articular facet injection',
    synonyms: [
      'facet injection',
      'facet joint injection',
      // "Facet block" may be an MBB too; the reference defaults it here (low confidence).
      'facet block',
      'facet joint block',
      'intra articular facet',
      'intraarticular facet',
      'ia facet',
      'zygapophyseal joint injection',
      'zygapophysial joint injection',
      'z joint injection',
    ],
    abbreviations: ['FJI'],
  },
  {
    id: 'medial-branch-block',
    name: 'Medial branch block',
    synonyms: [
      'medial branch block',
      'medial branch nerve block',
      // The matcher only pluralizes the last word: "Medial Branch Nerves Blocks" needs its own form.
      'medial branch nerves block',
      'medial nerve branch block',
      'medial bundle branch block',
      'facet nerve block',
      'diagnostic facet nerve block',
      'third occipital nerve block',
      'third occipital block',
    ],
    abbreviations: ['MBB', 'MNBB', 'TON block'],
  },
  {
    id: 'sacroiliac-joint-injection',
    name: 'Sacroiliac joint injection',
    synonyms: [
      'sacroiliac joint injection',
      'sacroiliac injection',
      'sacroiliac joint block',
      'sacro iliac joint injection',
      'sacroilliac joint injection',
      'sacroilliac injection',
      'si joint injection',
      'si joint block',
      'si injection',
      'sij injection',
      'sij block',
    ],
    abbreviations: ['SIJI'],
    notes: 'Bare "SI" is too short to match alone.',
  },
]);
