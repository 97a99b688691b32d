import { normalizeRange, reachAfter, reachBefore } from './normalize-range';
import { SEPARATOR } from './build-regex';
import { isWordStart } from './word-chars';

/** A compiled context rule: normalized words, their window, and a cheap probe for the raw text. */
export interface ContextRule {
  words: string[];
  window: number;
  /**
   * Finds anything that might be one of `words` in raw text (case-insensitive, any separator): a
   * superset, so a window it finds nothing in needs no normalizing, and most windows are like that.
   */
  probe: RegExp;
  /** Longest word, so the after-window reaches the end of a word starting inside it. */
  longest: number;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The probe alternative for one word: its pieces joined by any separator. */
function probeSource(word: string): string {
  const pieces = word.split(/[^a-z0-9\u00c0-\u024f]+/).map(escape);
  // `\b` is a superset of the normalizer's word start wherever probes are used, but only before an
  // ASCII char: to `\b`, "é" is no word char.
  return (word.charCodeAt(0) < 0x80 ? '\\b' : '') + pieces.join(SEPARATOR);
}

/** Compiles normalized context words and a window into a rule. */
export function compileContextRule(words: string[], window: number): ContextRule {
  return {
    words,
    window,
    probe: new RegExp(words.map(probeSource).join('|'), 'i'),
    longest: Math.max(...words.map((w) => w.length)),
  };
}

/** Whether `word` starts a word of `text` at an index in [from, to) and ends by `limit`. */
function hasWordPrefix(text: string, word: string, from: number, to: number, limit: number): boolean {
  for (
    let at = text.indexOf(word, Math.max(0, from));
    at !== -1 && at < to;
    at = text.indexOf(word, at + 1)
  ) {
    if (at + word.length <= limit && isWordStart(text, at)) return true;
  }
  return false;
}

/**
 * Whether a context word starts within `window` normalized chars before or after the original span
 * [start, end). A word before must end before the span, so a form never is its own context. Windows
 * count normalized chars, however long the page's whitespace runs are. Pass `probe = false` when
 * the page has chars that hide inside words (see needsNormalizedScan): the probe could miss.
 */
export function hasContext(
  rule: ContextRule,
  input: string,
  start: number,
  end: number,
  probe = true,
): boolean {
  const w = rule.window;
  // One char more than the window: index 0 of the slice may be cut mid-word and stays outside.
  const from = reachBefore(input, start, w + 1);
  if (!probe || rule.probe.test(input.slice(from, start))) {
    const before = normalizeRange(input, from, start, false).text;
    const b = before.length;
    if (rule.words.some((word) => hasWordPrefix(before, word, b - w, b, b))) return true;
  }
  const to = reachAfter(input, end, w + rule.longest);
  if (probe && !rule.probe.test(input.slice(end, to))) return false;
  const after = normalizeRange(input, end, to, false).text;
  return rule.words.some((word) => hasWordPrefix(after, word, 0, w, Infinity));
}
