import search from 'approx-string-match';
import { normalizeText, toOriginalSpan } from '../match/normalize-text';
import type { NormalizedText } from '../match/types';
import { occurrences } from './occurrences';
import { bestCandidate, type Candidate, type Expected } from './score-candidates';
import type { TextAnchor } from './schema';

/** Where an anchor landed. `exact` is true when the text there is the quote, char for char. */
export interface Located {
  start: number;
  end: number;
  exact: boolean;
}

/**
 * Below this score a fuzzy candidate is a coincidence, not the passage. Measured on the fixture
 * pages: a word changed, added or dropped in a quote of 8–400 chars scores 0.95 at the median (0.86
 * with its context edited too); the best fuzzy match of such quotes in 25 unrelated English texts
 * never passed 0.61, nor 0.69 for quotes of 4–20 chars, whose single errors come cheap.
 */
export const MIN_FUZZY_SCORE = 0.75;

// Errors allowed are a quarter of the quote, capped by cost: Myers' search runs in
// O(errors / 32 × text length). Near the old position the text is short and a long quote may keep
// its tolerance; across a whole page the cap is tighter.
const MAX_ERRORS_NEAR = 256;
const MAX_ERRORS_FAR = 64;
/** Chars searched on each side of the old position before the whole page is. */
const NEAR_MARGIN = 2048;

/**
 * The slow stages, for a quote that is no longer in the page verbatim. They run on the page as
 * lib/match's normalizer folds it (whitespace runs, case, dashes, quotes), so a reflowed or
 * re-cased passage is still found whole; offsets are mapped back to `text`. First the folded quote
 * verbatim, then a fuzzy search allowing a quarter of it wrong: near `rawHint`, then the page.
 */
export function locateFolded(
  text: string,
  page: NormalizedText,
  anchor: TextAnchor,
  rawHint: number,
): Located | null {
  const quote = normalizeText(anchor.quote).text.trim();
  if (quote.length === 0) return null;
  const expected: Expected = {
    quoteLength: quote.length,
    prefix: normalizeText(anchor.prefix).text,
    suffix: normalizeText(anchor.suffix).text,
    hint: toNormalizedOffset(page, rawHint),
  };
  const toRaw = (c: Candidate): Located => {
    const [start, end] = toOriginalSpan(page, c.start, c.end);
    return { start, end, exact: text.slice(start, end) === anchor.quote };
  };

  const folded = bestCandidate(page.text, occurrences(page.text, quote), expected);
  if (folded) return toRaw(folded);
  // A quote of three chars or fewer allows no error: it was there or it is gone.
  if (maxErrors(quote, MAX_ERRORS_FAR) === 0) return null;

  // Near the old position first: cheap, and where an edited passage usually still is.
  const from = Math.max(0, expected.hint - quote.length - NEAR_MARGIN);
  const to = Math.min(page.text.length, expected.hint + 2 * quote.length + NEAR_MARGIN);
  const near = search(page.text.slice(from, to), quote, maxErrors(quote, MAX_ERRORS_NEAR)).map((m) => ({
    ...m,
    start: m.start + from,
    end: m.end + from,
  }));
  let best = bestCandidate(page.text, near, expected);
  if ((!best || best.score < MIN_FUZZY_SCORE) && (from > 0 || to < page.text.length)) {
    const far = bestCandidate(
      page.text,
      search(page.text, quote, maxErrors(quote, MAX_ERRORS_FAR)),
      expected,
    );
    if (far && (!best || far.score > best.score)) best = far;
  }
  return best && best.score >= MIN_FUZZY_SCORE ? toRaw(best) : null;
}

const maxErrors = (quote: string, cap: number) => Math.min(cap, Math.floor(quote.length / 4));

/** The first normalized char at or after original offset `raw`. */
function toNormalizedOffset({ offsets, text }: NormalizedText, raw: number): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
