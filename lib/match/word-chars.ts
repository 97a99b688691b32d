/**
 * What counts as a word char for boundaries, in normalized (lowercase) text: ASCII letters and
 * digits, plus Latin letters so "café" is one word. The regex class and the predicate must agree.
 */
export const WORD_CLASS = '[a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]';

/** Whether a char code of normalized text is a word char (see {@link WORD_CLASS}). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** Whether normalized text has a word boundary just before `index` (and a word char at it). */
export function isWordStart(text: string, index: number): boolean {
  return isWordCode(text.charCodeAt(index)) && (index === 0 || !isWordCode(text.charCodeAt(index - 1)));
}

/** Drops leading and trailing non-word chars, so every form starts and ends on a word char. */
export function trimToWords(text: string): [start: number, end: number] {
  let start = 0;
  let end = text.length;
  while (start < end && !isWordCode(text.charCodeAt(start))) start++;
  while (end > start && !isWordCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
