import { CONTEXT_LENGTH, MAX_QUOTE } from './limits';
import type { TextAnchor } from './schema';

/**
 * Describes the selection `text[start, end)` so it can be found again after the page changes: the
 * quote, up to {@link CONTEXT_LENGTH} chars on each side, and the offsets. Null when there is
 * nothing to keep: an empty or out-of-range selection, or a quote longer than {@link MAX_QUOTE}
 * (the caller can tell the user to select less).
 */
export function describeAnchor(text: string, start: number, end: number): TextAnchor | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > text.length || end <= start || end - start > MAX_QUOTE) return null;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
