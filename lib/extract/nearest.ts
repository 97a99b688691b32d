import type { Span } from './evidence';

/** The most characters between a keyword and the amount it owns ("Discretionary Fund: $2,000"). */
export const MAX_GAP = 25;

// What may not stand between a keyword and its amount: another item ("15 vacation days and 5
// meeting days"), another number, or an opening parenthesis ("20 days of PTO (vacation, …)").
const SEPARATES = /[;,(]|\band\b|\bwith\b|\bplus\b|\d/i;

/**
 * The candidate span that belongs to the keyword at `keyword`: one containing it ("15 vacation
 * days"), or the nearest one with only a few joining words between ("three weeks of vacation",
 * "Vacation: 15 days"). Ties go to the amount before the keyword. Undefined when none is close.
 */
export function nearestTo<T extends Span>(
  text: string,
  keyword: Span,
  candidates: readonly T[],
): T | undefined {
  let best: T | undefined;
  let bestGap = Infinity;
  for (const c of candidates) {
    let gap: number;
    if (c.start <= keyword.start && keyword.end <= c.end) gap = 0;
    else if (c.end <= keyword.start) gap = gapBetween(text, c.end, keyword.start);
    else if (keyword.end <= c.start) gap = gapBetween(text, keyword.end, c.start) + 0.5;
    else continue;
    if (gap < bestGap) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}

function gapBetween(text: string, from: number, to: number): number {
  const between = text.slice(from, to);
  return between.length > MAX_GAP || SEPARATES.test(between) ? Infinity : between.trim().length;
}
