import { near, procedures } from './define-entries';

/** Joint, bursa & soft-tissue procedures (catalog-reference §2.9). */
export const mskEntries = procedures('msk', [
  {
    id: 'joint-injection',
    name: 'Peripheral intra-articular joint injection',
    synonyms: [
      'joint injection',
      'intra articular injection',
      'intraarticular injection',
      'ia injection',
      // "Minor and Major Joints injection": only the last word takes the matcher's plural.
      'minor and major joint',
      'minor and major joints injection',
      'major joint injection',
      'small joint injection',
      'large joint injection',
      'peripheral joint injection',
      'hip injection',
      'knee injection',
      'shoulder injection',
      'glenohumeral injection',
      'ac joint injection',
      'acromioclavicular joint injection',
    ],
    notes: 'Site is a mention attribute. Plain "IA" collides with Iowa.',
  },
  {
    id: 'bursa-soft-tissue-injection',
    name: 'Bursa / tendon / soft-tissue injection',
    synonyms: [
      'bursa injection',
      'bursal injection',
      'bursae injection',
      'trochanteric injection',
      'trochanteric bursa injection',
      'subacromial injection',
      'pes anserine injection',
      'tendon sheath injection',
      'tendon injection',
      'peritendinous injection',
      'soft tissue injection',
    ],
  },
  {
    id: 'trigger-point-injection',
    name: 'Trigger point injection',
    synonyms: ['trigger point', 'trigger point injection', 'myofascial injection'],
    abbreviations: ['TPI'],
  },
  {
    id: 'piriformis-injection',
    name: 'Piriformis injection',
    synonyms: ['piriformis injection', 'piriformis block', 'piriformis muscle injection'],
  },
  {
    id: 'viscosupplementation',
    name: 'Hyaluronic acid injection (viscosupplementation)',
    parent: 'joint-injection',
    synonyms: ['viscosupplementation', 'viscosupplement', 'hyaluronic acid', 'hyaluronan', 'gel injection'],
    // Plain "HA" usually means headache in pain text.
    abbreviations: [near('HA', ['hyaluron', 'viscosupp', 'synvisc', 'gel'])],
    brands: ['Synvisc', 'Euflexxa', 'Orthovisc', 'Monovisc', 'Durolane', 'Supartz'],
  },
  {
    id: 'acupuncture',
    name: 'Acupuncture / dry needling',
    synonyms: ['acupuncture', 'electroacupuncture', 'dry needling'],
    notes: 'Often listed as a treatment modality; keep exposure low unless fellows perform it.',
  },
]);
