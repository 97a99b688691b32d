import type { Category } from '../schema';

/** Procedure categories and display names, as in catalog-reference §2; ids are UI groupings only. */
export const procedureCategories: Category[] = [
  { id: 'neuraxial', kind: 'procedure', name: 'Neuraxial & epidural' },
  { id: 'spine-joint', kind: 'procedure', name: 'Facet & spinal joint' },
  { id: 'ablative', kind: 'procedure', name: 'Radiofrequency & other neuroablation' },
  { id: 'sympathetic', kind: 'procedure', name: 'Sympathetic/autonomic ganglion & visceral plexus' },
  { id: 'peripheral', kind: 'procedure', name: 'Peripheral, plexus, head & face nerve blocks' },
  { id: 'neuromod', kind: 'procedure', name: 'Neuromodulation' },
  { id: 'itdd', kind: 'procedure', name: 'Intrathecal drug delivery' },
  { id: 'mis-spine', kind: 'procedure', name: 'Minimally invasive spine & vertebral' },
  { id: 'msk', kind: 'procedure', name: 'Joint, bursa & soft tissue' },
  { id: 'infusion-med', kind: 'procedure', name: 'Infusions & medication-delivered therapies' },
  { id: 'regenerative', kind: 'procedure', name: 'Regenerative / orthobiologic' },
  { id: 'guidance-dx', kind: 'procedure', name: 'Image guidance & diagnostics' },
];

/** Benefit categories, grouped the way a fellow compares offers (catalog-reference §3). */
export const benefitCategories: Category[] = [
  { id: 'pay', kind: 'benefit', name: 'Pay' },
  { id: 'time-off', kind: 'benefit', name: 'Time off' },
  { id: 'funds', kind: 'benefit', name: 'Funds & allowances' },
  { id: 'insurance', kind: 'benefit', name: 'Insurance' },
  { id: 'perks', kind: 'benefit', name: 'Perks' },
  { id: 'policies', kind: 'benefit', name: 'Policies' },
];
