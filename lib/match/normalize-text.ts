import { CASE_TABLE, FOLD_SPACE, HIGH, LOWER_TABLE, TABLE_SIZE } from './fold-table';
import type { NormalizedText } from './types';

// Module-local copies: some bundlers and tsx turn imported bindings into getters, which cost a call
// per char in the loop below.
const SIZE = TABLE_SIZE;
const SPACE = FOLD_SPACE;
const LOWER = LOWER_TABLE;
const CASED = CASE_TABLE;
const SPECIAL = HIGH;

/** Options for {@link normalizeText}. */
export interface NormalizeOptions {
  /**
   * Keep letter case (everything else is folded the same). Used for case-sensitive abbreviations,
   * whose case pattern must line up char for char with the lowercase form.
   */
  keepCase?: boolean;
}

/**
 * The one normalizer for catalog terms and page text: lowercase (ASCII and Latin), fold dashes,
 * slashes, underscores and hyphens to a space, curly quotes to straight ones, strip ® ™ ° * and
 * zero-width chars, and collapse whitespace runs (NBSP included) to one space.
 *
 * Every normalized char comes from exactly one original char (a collapsed run maps to its first
 * char), so a normalized span `[s, e)` is the original span `[offsets[s], offsets[e - 1] + 1)`.
 * One linear pass into typed arrays; no per-char allocation.
 */
export function normalizeText(input: string, options: NormalizeOptions = {}): NormalizedText {
  const table = options.keepCase ? CASED : LOWER;
  const n = input.length;
  const out = new Uint16Array(n);
  const offsets = new Uint32Array(n + 1);
  let j = 0;
  let lastWasSpace = false;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const f = c < SIZE ? table[c]! : (SPECIAL.get(c) ?? c);
    if (f >= 0) {
      out[j] = f;
      offsets[j++] = i;
      lastWasSpace = false;
    } else if (f === SPACE && !lastWasSpace) {
      out[j] = 0x20;
      offsets[j++] = i;
      lastWasSpace = true;
    }
  }
  offsets[j] = n;
  return { text: decodeUtf16(out, j), offsets: offsets.subarray(0, j + 1) };
}

/** Maps a normalized span back to the original text: `[start, end)`, end exclusive. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.offsets[start] ?? 0;
  const e = end > start ? (norm.offsets[end - 1] ?? s) + 1 : s;
  return [s, e];
}

const CHUNK = 8192;
// Made on first use: a module-level decoder would be built by every script bundling this module,
// the annotator included (which never decodes), in every page it runs in.
let utf16: TextDecoder | null | undefined;

function decodeUtf16(codes: Uint16Array, length: number): string {
  const view = codes.subarray(0, length);
  // TextDecoder is 3x faster than fromCharCode on 1 MB, but has a fixed cost per call that short
  // strings (catalog terms) feel. It turns a lone surrogate into U+FFFD, one unit for one unit, so
  // offsets stay aligned (and no catalog term contains one).
  if (length > CHUNK) {
    utf16 ??= typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;
    if (utf16) return utf16.decode(view);
  }
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, view.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}
