import type { Match } from './types';

/** What every match of one catalog entry shares. */
export type MatchEntry = Pick<Match, 'id' | 'kind' | 'name' | 'category'>;

/**
 * Matches as they travel from the background to the page: each entry found once, then three
 * numbers per match. A page with thousands of matches answers with a few numbers each instead of
 * an object repeating its entry's name and category, which the page's main thread would have to
 * deserialize (about 1 MB of JSON for the 6,298 matches of the 1 MB benchmark page).
 */
export interface PackedMatches {
  entries: MatchEntry[];
  /** `start, end, entry index` per match, in text order. */
  spans: number[];
}

/** Packs matches for the journey (see {@link PackedMatches}). */
export function packMatches(matches: readonly Match[]): PackedMatches {
  const entries: MatchEntry[] = [];
  const indexOf = new Map<string, number>();
  const spans: number[] = [];
  for (const { id, kind, name, category, start, end } of matches) {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = entries.push({ id, kind, name, category }) - 1;
      indexOf.set(id, index);
    }
    spans.push(start, end, index);
  }
  return { entries, spans };
}

/** The matches back, their text read from `text` (the text they were found in). */
export function unpackMatches({ entries, spans }: PackedMatches, text: string): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i + 2 < spans.length; i += 3) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const entry = entries[spans[i + 2]!];
    if (!entry) continue;
    // One literal of one shape (not a spread): thousands of these are made on the page's thread.
    const { id, kind, name, category } = entry;
    matches.push({ id, kind, name, category, text: text.slice(start, end), start, end });
  }
  return matches;
}
