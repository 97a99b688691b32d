import { FOLD_STRIP, INVISIBLE_CODES, codesFoldingTo, foldCode } from './fold-table';
import { isWordCode } from './word-chars';

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** Stripped chars and the underscore: the only chars the raw-text regex can misread. */
const SUSPECTS = new RegExp(`[_${codesFoldingTo(FOLD_STRIP).map(hex).join('')}]`, 'g');
const INVISIBLE = new Set(INVISIBLE_CODES);

/** Whether the char at `i` (skipping stripped chars in direction `step`) folds to a word char. */
function isWordAt(input: string, i: number, step: -1 | 1): boolean {
  let f = foldCode(input.charCodeAt(i));
  while (f === FOLD_STRIP) f = foldCode(input.charCodeAt((i += step)));
  return isWordCode(f);
}

/**
 * Whether the raw-text regex could miss a form here, so the text must be normalized before the
 * scan. The regex sees a word break where the normalizer joins a word: at an invisible char (soft
 * hyphen, zero-width space) and at a stripped "®", "™", "°" or "*" between two word chars
 * ("Verti®flex"). And it takes an underscore, which the normalizer makes a space, for a letter
 * (`\b`, `\W`). Ordinary prose has none of these, and few suspects, so this is one native scan.
 */
export function needsNormalizedScan(input: string): boolean {
  SUSPECTS.lastIndex = 0;
  for (let m = SUSPECTS.exec(input); m; m = SUSPECTS.exec(input)) {
    const i = m.index;
    const c = input.charCodeAt(i);
    if (c === 0x5f || INVISIBLE.has(c)) return true;
    if (isWordAt(input, i - 1, -1) && isWordAt(input, i + 1, 1)) return true;
  }
  return false;
}
