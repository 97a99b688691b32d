// Fellowship specialties a page can name, most specific first ("pain" alone is too broad).
const SPECIALTIES: Array<[RegExp, string]> = [
  [/\bregional anesthesi|\bacute pain medicine\b/i, 'regional-anesthesiology'],
  [/\bpediatric pain\b/i, 'pediatric-pain-medicine'],
  [/\bheadache\b/i, 'headache-medicine'],
  [/\bsports medicine\b/i, 'sports-medicine'],
  [/\b(?:interventional )?spine\b/i, 'spine'],
  [/\bpalliative\b/i, 'hospice-palliative-medicine'],
  [/\bpain (?:medicine|management)\b|\binterventional pain\b/i, 'pain-medicine'],
];

/** The fellowship specialty named in `text` (a title or heading), or null. */
export function detectSpecialty(text: string): string | null {
  return SPECIALTIES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
