import type { ExtractedFacts } from '../extract/schema';

/** One page's statement of a fact: its value, its words, and where to read them. */
export interface Sourced<T> {
  value: T;
  quote: string;
  link: string;
  /** The page it came from. */
  url: string;
  /** When that page was last read (newest first wins a conflict). */
  seenAt: number;
}

/** A program fact across its pages: what to show, every page's statement, and whether they disagree. */
export interface MergedFact<T> {
  /** The value to show: the most recently read page's, when pages disagree. */
  value: T;
  sources: Sourced<T>[];
  conflict: boolean;
}

/** The scalar facts a comparison shows, merged across a program's pages. */
export const MERGED_FIELDS = [
  'programName',
  'institution',
  'department',
  'durationMonths',
  'acgmeAccredited',
  'positionsPerYear',
  'facultyCount',
  'vacationDays',
  'meetingDays',
  'educationFundUsd',
] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

export type MergedFacts = {
  [K in MergedField]: MergedFact<NonNullable<ExtractedFacts[K]>['value']> | null;
} & {
  stipend: MergedFact<NonNullable<ExtractedFacts['stipend']>> | null;
  tracks: Array<Sourced<ExtractedFacts['tracks'][number]['value']>>;
};

/** A page's facts as the store keeps them. */
export interface PageFacts {
  url: string;
  seenAt: number;
  facts: ExtractedFacts;
}

/**
 * Merges the facts of a program's pages. Pages that agree give one value with all their sources;
 * pages that disagree (the Washington University overview says 12 faculty, the longer page 17)
 * keep every value with its page, flag the conflict, and show the most recently read value.
 */
export function mergeFacts(pages: PageFacts[]): MergedFacts {
  const newestFirst = [...pages].sort((a, b) => b.seenAt - a.seenAt);
  const merged = {} as MergedFacts;
  for (const field of MERGED_FIELDS) {
    const sources = newestFirst.flatMap(({ url, seenAt, facts }) => {
      const fact = facts[field];
      return fact ? [{ value: fact.value, quote: fact.quote, link: fact.link, url, seenAt }] : [];
    });
    (merged as Record<string, unknown>)[field] = mergeSources(sources);
  }
  const stipends = newestFirst.flatMap(({ url, seenAt, facts }) =>
    facts.stipend
      ? [{ value: facts.stipend, quote: facts.stipend.quote, link: facts.stipend.link, url, seenAt }]
      : [],
  );
  merged.stipend = mergeSources(stipends, (a, b) => a.value === b.value);
  const tracks = newestFirst.flatMap(({ url, seenAt, facts }) =>
    facts.tracks.map((t) => ({ value: t.value, quote: t.quote, link: t.link, url, seenAt })),
  );
  merged.tracks = tracks.filter(
    (t, i) =>
      tracks.findIndex((u) => u.value.name === t.value.name && u.value.months === t.value.months) === i,
  );
  return merged;
}

function mergeSources<T>(
  sources: Sourced<T>[],
  same: (a: T, b: T) => boolean = Object.is,
): MergedFact<T> | null {
  const [newest] = sources;
  if (!newest) return null;
  return { value: newest.value, sources, conflict: sources.some((s) => !same(s.value, newest.value)) };
}
