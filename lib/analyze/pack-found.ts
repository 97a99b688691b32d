import type { Match } from '../match/types';
import type { FoundItem } from '../messages/schema';
import { summarize, toFoundItems, type Found } from './summarize';

/** A match as the page keeps it: where it is and which entry (the page never needs its words). */
export type PageMatch = Omit<Match, 'text'>;

/**
 * What a scan found, as it travels from the background to the page: each catalog entry once, with
 * its count and the words the page used for it (summarized in the background, where its patterns
 * are compiled and warm), then three numbers per match. A page with thousands of matches gets a
 * few numbers each instead of an object repeating its entry's name and category (about 1 MB of
 * JSON for the 6,298 matches of the 1 MB benchmark page).
 */
export interface PackedFound {
  /** In the order of their first match. */
  entries: FoundItem[];
  /** `start, end, entry index` per match, in text order. */
  spans: number[];
}

/** Summarizes and packs the matches of a text for the page (see {@link PackedFound}). */
export function packFound(matches: readonly Match[]): PackedFound {
  const found = summarize(matches);
  const indexOf = new Map(found.map((entry, index) => [entry.id, index]));
  const spans: number[] = [];
  for (const { id, start, end } of matches) spans.push(start, end, indexOf.get(id)!);
  return { entries: toFoundItems(found), spans };
}

/**
 * The matches back, and each entry with where it occurs (indexes into the matches). A span naming
 * no entry is skipped; an entry is kept only if some span names it, and counted by those spans.
 */
export function unpackFound({ entries, spans }: PackedFound): { matches: PageMatch[]; found: Found[] } {
  const found: Found[] = entries.map((entry) => ({ ...entry, count: 0, occurrences: [] }));
  const matches: PageMatch[] = [];
  for (let i = 0; i + 2 < spans.length; i += 3) {
    const entry = found[spans[i + 2]!];
    if (!entry) continue;
    entry.count += 1;
    entry.occurrences.push(matches.length);
    // One literal of one shape (not a spread): thousands of these are made on the page's thread.
    const { id, kind, name, category } = entry;
    matches.push({ id, kind, name, category, start: spans[i]!, end: spans[i + 1]! });
  }
  return { matches, found: found.filter((entry) => entry.count > 0) };
}
