// Fellowship specialties a program name can carry, most specific first: "Regional Anesthesiology and
// Acute Pain Medicine" and "Pediatric Pain Medicine" are not Pain Medicine, and "pain" alone is too
// broad. Example names: the program fixtures in tests/fixtures/lookalikes/index.json.
const SPECIALTIES: Array<[RegExp, string]> = [
  [/\bregional anesthesi|\bacute pain medicine\b/i, 'regional-anesthesiology'], // Regional Anesthesiology and Acute Pain Medicine
  [/\bpediatric pain\b/i, 'pediatric-pain-medicine'], // Pediatric Pain Medicine
  [/\bheadache\b/i, 'headache-medicine'], // Headache Medicine
  [/\bsports medicine\b/i, 'sports-medicine'], // Primary Care Sports Medicine
  [/\bhospice\b|\bpalliative\b/i, 'hospice-palliative-medicine'], // Hospice and Palliative Medicine
  [/\bpain (?:medicine|management|fellowship)\b|\binterventional pain\b/i, 'pain-medicine'], // Pain Medicine
  [/\bspine\b/i, 'spine'], // Interventional Spine & Musculoskeletal (non-ACGME)
];

/** The fellowship specialty named in `text` (a program name, title or heading), or null. */
export function detectSpecialty(text: string): string | null {
  return SPECIALTIES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
