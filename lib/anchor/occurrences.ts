import type { Candidate } from './score-candidates';

/** Every start of `quote` in `text`, overlapping ones included, as zero-error candidates. */
export function occurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return found;
}
