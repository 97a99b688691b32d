/**
 * What each char becomes under normalization, as lookup tables. normalizeText applies them to text;
 * the regex builder reads them back to know which original chars a normalized char stands for.
 */

/** Fold result for chars that become a space (whitespace, dashes, slashes, underscore). */
export const FOLD_SPACE = -1;
/** Fold result for chars that are dropped (® ™ ° * soft hyphen, zero-width chars). */
export const FOLD_STRIP = -2;
/** Chars below this are looked up in a table; above it only a few are special. */
export const TABLE_SIZE = 0x250;

/** Stripped chars nobody sees: they can sit inside a word ("radio\u00adfrequency"). */
export const INVISIBLE_CODES: readonly number[] = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

function buildTable(keepCase: boolean): Int32Array {
  const table = new Int32Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    // Only 1:1 lowercasing keeps the offsets map one char per char (U+0130 lowercases to two).
    table[c] = keepCase || lower.length !== 1 ? c : lower.charCodeAt(0);
  }
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2d, 0x2f, 0x5f]) table[c] = FOLD_SPACE;
  for (const c of [0x2a, 0xad, 0xae, 0xb0]) table[c] = FOLD_STRIP; // * soft-hyphen ® °
  return table;
}

// Built by pure calls, so a bundle that imports this module without using the tables (the
// annotator's, through shared modules) drops them instead of building them on every page.
/** Lowercasing table for chars below TABLE_SIZE. */
export const LOWER_TABLE = /* @__PURE__ */ buildTable(false);
/** The same folding with letter case kept (for abbreviation case patterns). */
export const CASE_TABLE = /* @__PURE__ */ buildTable(true);

/** Chars at or above TABLE_SIZE that are not kept as they are (everything else is). */
export const HIGH = /* @__PURE__ */ buildHigh();

function buildHigh(): Map<number, number> {
  const high = new Map<number, number>();
  // Dashes and the minus sign, fraction/division slashes, and Unicode spaces.
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d])
    high.set(c, FOLD_SPACE);
  for (const c of [0x2044, 0x2215, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) high.set(c, FOLD_SPACE);
  for (let c = 0x2000; c <= 0x200a; c++) high.set(c, FOLD_SPACE);
  // ™ is decoration. (℠ is left alone: rare, and in needsNormalizedScan's class of stripped chars
  // it made V8 scan pages 1.7x slower; V8 prefilters on the low 7 bits, where U+2120 is a space.)
  for (const c of [...INVISIBLE_CODES, 0x2122]) if (c >= TABLE_SIZE) high.set(c, FOLD_STRIP);
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) high.set(c, 0x27);
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033]) high.set(c, 0x22);
  return high;
}

/** What one char becomes in lowercase normalized text: a char code, FOLD_SPACE or FOLD_STRIP. */
export function foldCode(c: number): number {
  return c < TABLE_SIZE ? LOWER_TABLE[c]! : (HIGH.get(c) ?? c);
}

/** Every other char code that folds to `target` (a code, FOLD_SPACE or FOLD_STRIP). */
export function codesFoldingTo(target: number): number[] {
  const codes: number[] = [];
  for (let c = 0; c < TABLE_SIZE; c++) if (LOWER_TABLE[c] === target && c !== target) codes.push(c);
  for (const [c, f] of HIGH) if (f === target) codes.push(c);
  return codes;
}
