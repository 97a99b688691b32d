import search from 'approx-string-match';

/** A place the quote may now be: offsets into the searched text and the quote's edit distance. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** What the anchor remembers about its place, in the same text space as the candidates. */
export interface Expected {
  quoteLength: number;
  prefix: string;
  suffix: string;
  /** Where the quote used to start. */
  hint: number;
}

// Hypothesis' weights (match-quote.ts): the quote matters most, each side's context next, and the
// old position only breaks ties, since any edit above the quote shifts it.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

// Scoring one candidate's context costs two small fuzzy searches (~15 µs each). A short quote can
// occur thousands of times in a long page, so only the most promising are scored in full.
const MAX_SCORED = 64;

/**
 * The candidate whose quote, context and position best agree with `expected`, with its score from
 * 0 to 1. Null when there are no candidates.
 */
export function bestCandidate(
  text: string,
  candidates: readonly Candidate[],
  expected: Expected,
): (Candidate & { score: number }) | null {
  let best: (Candidate & { score: number }) | null = null;
  for (const c of shortlist(text, candidates, expected)) {
    const score = scoreCandidate(text, c, expected);
    if (!best || score > best.score) best = { ...c, score };
  }
  return best;
}

function scoreCandidate(text: string, c: Candidate, e: Expected): number {
  const quote = 1 - c.errors / e.quoteLength;
  const prefix = similarity(text.slice(Math.max(0, c.start - e.prefix.length), c.start), e.prefix);
  const suffix = similarity(text.slice(c.end, c.end + e.suffix.length), e.suffix);
  const position = 1 - Math.abs(c.start - e.hint) / Math.max(1, text.length);
  return (
    (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position) /
    TOTAL_WEIGHT
  );
}

/** 1 when `actual` holds `expected`, falling with the edits it takes; an absent context agrees. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual === expected) return 1;
  if (actual.length === 0) return 0;
  // With maxErrors = pattern length there is always a match: the best one is the first.
  const errors = search(actual, expected, expected.length)[0]?.errors ?? expected.length;
  return 1 - errors / expected.length;
}

/** The candidates worth a full score: all of them, or those whose neighbours agree most. */
function shortlist(text: string, candidates: readonly Candidate[], e: Expected): readonly Candidate[] {
  if (candidates.length <= MAX_SCORED) return candidates;
  return candidates
    .map((c) => ({ c, agree: adjacentAgreement(text, c, e), distance: Math.abs(c.start - e.hint) }))
    .sort((a, b) => b.agree - a.agree || a.distance - b.distance)
    .slice(0, MAX_SCORED)
    .map(({ c }) => c);
}

/** How many chars right before and right after the candidate equal the expected context's. */
function adjacentAgreement(text: string, c: Candidate, e: Expected): number {
  let n = 0;
  for (let i = 1; i <= e.prefix.length && c.start - i >= 0; i++, n++) {
    if (text.charCodeAt(c.start - i) !== e.prefix.charCodeAt(e.prefix.length - i)) break;
  }
  for (let i = 0; i < e.suffix.length && c.end + i < text.length; i++, n++) {
    if (text.charCodeAt(c.end + i) !== e.suffix.charCodeAt(i)) break;
  }
  return n;
}
