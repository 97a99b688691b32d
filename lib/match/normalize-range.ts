import { FOLD_SPACE, HIGH, LOWER_TABLE, TABLE_SIZE } from './fold-table';
import { normalizeText } from './normalize-text';

// Module-local copies: tsx and some bundlers turn imported bindings into getters.
const SIZE = TABLE_SIZE;
const SPACE = FOLD_SPACE;
const LOWER = LOWER_TABLE;
const SPECIAL = HIGH;

/** Ranges up to this long take the short path; longer ones go through normalizeText. */
const SCRATCH_SIZE = 1024;
const scratch = new Uint32Array(SCRATCH_SIZE + 1);
/** The offsets of a range normalization left char for char in place. Never written to. */
const IDENTITY = Uint32Array.from({ length: SCRATCH_SIZE + 1 }, (_, i) => i);

/** A normalized range: offsets relative to the range start, with one slot past the end. */
export interface NormalizedRange {
  text: string;
  offsets: ArrayLike<number>;
}

/** Chars whose fold is what the native toLowerCase gives (U+0130 lowercases to two chars). */
function isNativeLower(c: number): boolean {
  return c < SIZE && c !== 0x130;
}

/**
 * normalizeText of `input.slice(from, to)`, made for the thousands of short windows the matcher
 * normalizes around hits: the text is built from runs of native `toLowerCase` (typed-array decoding
 * has a fixed cost per call that dominated), and offsets are copied out only when asked for (a
 * range left in place shares one identity array).
 */
export function normalizeRange(input: string, from: number, to: number, withOffsets = true): NormalizedRange {
  const n = to - from;
  if (n > SCRATCH_SIZE) {
    const norm = normalizeText(input.slice(from, to));
    return { text: norm.text, offsets: norm.offsets };
  }
  let text = '';
  let run = from; // start of the pending run of chars that fold like toLowerCase
  let j = 0;
  let lastWasSpace = false;
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    const f = c < SIZE ? LOWER[c]! : (SPECIAL.get(c) ?? c);
    if (f >= 0 && isNativeLower(c)) {
      scratch[j++] = i - from;
      lastWasSpace = false;
      continue;
    }
    if (c === 0x20 && !lastWasSpace) {
      scratch[j++] = i - from;
      lastWasSpace = true;
      continue;
    }
    // Anything else ends the run: flush it, then add what this char becomes (maybe nothing).
    text += input.slice(run, i).toLowerCase();
    run = i + 1;
    if (f >= 0 || (f === SPACE && !lastWasSpace)) {
      text += f >= 0 ? String.fromCharCode(f) : ' ';
      scratch[j++] = i - from;
      lastWasSpace = f < 0;
    }
  }
  text += input.slice(run, to).toLowerCase();
  scratch[j] = n;
  const identity = j === n;
  return { text, offsets: identity ? IDENTITY : withOffsets ? scratch.slice(0, j + 1) : scratch };
}

/** Whether char code `c` adds a normalized char, given whether the previous one was a space. */
function counts(c: number, lastWasSpace: boolean): -1 | 0 | 1 {
  const f = c < SIZE ? LOWER[c]! : (SPECIAL.get(c) ?? c);
  if (f >= 0) return 1; // a kept char
  return f === SPACE && !lastWasSpace ? -1 : 0; // the first space of a run, or nothing
}

/**
 * The original offset where the `need` normalized chars before `at` begin (or 0), found without
 * building text: whitespace runs count once, stripped chars not at all.
 */
export function reachBefore(input: string, at: number, need: number): number {
  let count = 0;
  let lastWasSpace = false;
  let i = at;
  for (; count < need && i > 0; i--) {
    const k = counts(input.charCodeAt(i - 1), lastWasSpace);
    if (k !== 0) {
      count++;
      lastWasSpace = k < 0;
    }
  }
  return i;
}

/** The original offset where the `need` normalized chars from `at` on end (or the text's end). */
export function reachAfter(input: string, at: number, need: number): number {
  let count = 0;
  let lastWasSpace = false;
  let i = at;
  for (; count < need && i < input.length; i++) {
    const k = counts(input.charCodeAt(i), lastWasSpace);
    if (k !== 0) {
      count++;
      lastWasSpace = k < 0;
    }
  }
  return i;
}

/** A normalized slice of the original text; `from` is where the slice starts in the original. */
export interface NormalizedSlice extends NormalizedRange {
  from: number;
}

/**
 * Normalizes the `need` normalized chars before original offset `at`, plus one (or all there is):
 * windows count normalized chars exactly, however long the page's whitespace runs are. The extra
 * char keeps index 0, which may be cut mid-word, outside the window.
 */
export function normalizeBefore(input: string, at: number, need: number): NormalizedSlice {
  const from = reachBefore(input, at, need + 1);
  const { text, offsets } = normalizeRange(input, from, at);
  return { text, offsets, from };
}

/** Original `[start, end)` of the normalized span `[start, end)` of a slice. */
export function sliceSpan(slice: NormalizedSlice, start: number, end: number): [number, number] {
  return [slice.from + slice.offsets[start]!, slice.from + slice.offsets[end - 1]! + 1];
}
