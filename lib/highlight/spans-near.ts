/** The spans to paint: all of them, or a run of them around where the reader is. */
export interface SpanWindow<T> {
  spans: T[];
  /** Index of the first painted span among all spans. */
  first: number;
  /** Whether every span is painted (then there is nothing to follow on scroll). */
  complete: boolean;
}

/**
 * At most `max` of `spans` (sorted by start): all of them when they fit, otherwise the `max`
 * consecutive spans centred on the first one ending after `offset`. The browser revalidates every
 * registered highlight range whenever any highlight changes (about 7 µs each in Chromium), so a
 * page with thousands of matches is painted where the reader is rather than everywhere at once.
 */
export function spansNear<T extends { end: number }>(
  spans: readonly T[],
  offset: number,
  max: number,
): SpanWindow<T> {
  if (spans.length <= max) return { spans: [...spans], first: 0, complete: true };
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const first = Math.max(0, Math.min(lo - (max >> 1), spans.length - max));
  return { spans: spans.slice(first, first + max), first, complete: false };
}
