import { normalizeText } from '../match/normalize-text';
import type { NormalizedText } from '../match/types';
import { locateFolded, type Located } from './locate-folded';
import { occurrences } from './occurrences';
import { bestCandidate } from './score-candidates';
import type { TextAnchor } from './schema';

/**
 * Finds `anchor` in `text`, a newer version of the page text it was described in. Tries, cheapest
 * first: the quote and its context at the old offsets; every exact occurrence of the quote, the
 * best by context and position; then the slow stages of {@link locateFolded} (whitespace and case
 * folded, then fuzzy). Null when the quote can no longer be placed (the caller keeps the note and
 * shows it unplaced); never throws on bad input.
 */
export function locateAnchor(text: string, anchor: TextAnchor): Located | null {
  return locateAnchors(text, [anchor])[0] ?? null;
}

/**
 * {@link locateAnchor} for every note of a page at once: the slow stages need the page normalized
 * (~10 ms per MB), and this does it at most once for all of them.
 */
export function locateAnchors(text: string, anchors: readonly TextAnchor[]): Array<Located | null> {
  if (!Array.isArray(anchors)) return [];
  if (typeof text !== 'string' || text.length === 0) return anchors.map(() => null);
  let page: NormalizedText | undefined;
  return anchors.map((anchor) => {
    if (!isAnchorLike(anchor)) return null;
    const hint = Number.isFinite(anchor.start)
      ? Math.min(Math.max(0, Math.trunc(anchor.start)), text.length)
      : 0;
    return (
      locateVerbatim(text, anchor, hint) ?? locateFolded(text, (page ??= normalizeText(text)), anchor, hint)
    );
  });
}

/** The quote as it was, char for char: where it was, or its best copy elsewhere. */
function locateVerbatim(text: string, { quote, prefix, suffix }: TextAnchor, hint: number): Located | null {
  // The page has not changed here: the usual case, and O(quote) to confirm.
  const end = hint + quote.length;
  if (text.startsWith(quote, hint) && text.endsWith(prefix, hint) && text.startsWith(suffix, end)) {
    return { start: hint, end, exact: true };
  }
  const best = bestCandidate(text, occurrences(text, quote), {
    quoteLength: quote.length,
    prefix,
    suffix,
    hint,
  });
  return best && { start: best.start, end: best.end, exact: true };
}

// Anchors come from storage and messages; a malformed one must give null, not an exception.
function isAnchorLike(a: unknown): a is TextAnchor {
  if (typeof a !== 'object' || a === null) return false;
  const { quote, prefix, suffix } = a as Record<string, unknown>;
  return (
    typeof quote === 'string' && quote.length > 0 && typeof prefix === 'string' && typeof suffix === 'string'
  );
}
