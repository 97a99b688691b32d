import { newlineBreaks } from './newline-breaks';

/** One sentence (or list item, table cell, heading) of a text: trimmed offsets and its block. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the block (paragraph, list item, cell) the sentence is in; sentences of one block share it. */
  block: number;
}

// A line broken inside a sentence (a <br> after "Center for") ends in a word that cannot end one.
const DANGLING = /(?:^|\s)(?:for|of|and|or|the|at|in|with|to|from|by|&)[ \t\u00a0]*$/i;

// Terminal punctuation followed by space and the start of a next sentence, or a bullet. No `u`
// flag: it slows the one pass over the whole page down severalfold.
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘([]?[A-ZÀ-Þ\d])|[•▪◦●·](?=\s)/g;
const BULLETS = '•▪◦●·';

/**
 * Splits `text` into sentences. Blocks never run together: each of `breaks` (offsets of block
 * separators; every '\n' by default) ends a sentence, unless the line before it dangles on a word
 * like "for" (a line break inside a sentence). Inside a block, sentences end at . ! ? before a
 * capital, a digit or an opening quote, but not after an abbreviation or an initial, and at
 * bullets. One pass of one regex over the text, merged with the breaks: linear.
 */
export function splitSentences(text: string, breaks: readonly number[] = newlineBreaks(text)): Sentence[] {
  const out: Sentence[] = [];
  const boundary = new RegExp(BOUNDARY);
  let m = boundary.exec(text);
  let from = 0;
  let start = 0;
  let block = 0;
  for (let i = 0; i <= breaks.length; i++) {
    const to = i < breaks.length ? breaks[i]! : text.length;
    if (i < breaks.length && joinsNext(text, from, to, breaks[i + 1] ?? text.length)) continue;
    const before = out.length;
    for (; m && m.index < to; m = boundary.exec(text)) {
      const at = m.index;
      const bullet = m[0].length === 1 && BULLETS.includes(m[0]);
      if (at < start || (!bullet && !endsSentence(text, at, from))) continue;
      push(text, start, bullet ? at : at + m[0].length, block, out);
      start = at + m[0].length;
    }
    push(text, start, to, block, out);
    if (out.length > before) block += 1;
    from = start = to + 1;
  }
  return out;
}

/** Whether the break at `to` is a line break inside a sentence: a dangling word, then more text. */
function joinsNext(text: string, from: number, to: number, next: number): boolean {
  let last = to - 1;
  while (last >= from && isSpace(text.charCodeAt(last))) last -= 1;
  const code = text.charCodeAt(last) | 0x20; // lowercase an ASCII letter
  if (last < from || !((code >= 97 && code <= 122) || code === 38) /* a-z, & */) return false;
  if (!DANGLING.test(text.slice(Math.max(from, to - 12), to))) return false;
  for (let j = to + 1; j < next; j++) if (!isSpace(text.charCodeAt(j))) return true;
  return false;
}

// Pure: bundles that import this module without splitting sentences (the annotator) drop it.
const ABBREVIATIONS = /* @__PURE__ */ new Set(
  'dr drs mr mrs ms prof st sr jr mt ft ave blvd rd vs inc ltd co corp dept univ approx fig vol ed jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Whether the '.' (or '!', '?') at `at` ends a sentence, from the word before it. */
function endsSentence(text: string, at: number, from: number): boolean {
  if (text.charCodeAt(at) !== 46 /* . */) return true;
  let s = at;
  while (s > from && s > at - 20 && !isWordStart(text.charCodeAt(s - 1))) s -= 1;
  const word = text.slice(s, at).toLowerCase();
  // "a.m. Fellows" ends a sentence; "St. Louis", "Dr. Rao", "A. Rao" and "U.S. News" do not.
  if (word === 'a.m' || word === 'p.m') return true;
  if (word === 'no') return !isDigit(nextVisible(text, at + 1));
  return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /\p{L}\.\p{L}/u.test(word));
}

/** Whether a word begins after this character: a space or an opening bracket or quote. */
function isWordStart(code: number): boolean {
  return isSpace(code) || code === 40 /* ( */ || code === 91 /* [ */ || code === 34 || code === 0x201c;
}

function nextVisible(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return text.charCodeAt(i);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Whitespace as `\s` has it (newlines, tabs, non-breaking and other Unicode spaces). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x1680 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Bullets and dashes that open a list line are not part of the sentence.
const LEADING = /* @__PURE__ */ (() => new Set([...'•▪◦●·-–—*'].map((c) => c.charCodeAt(0))))();

function push(text: string, start: number, end: number, block: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text.charCodeAt(s)) || LEADING.has(text.charCodeAt(s)))) s += 1;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  if (s < e) out.push({ start: s, end: e, block });
}

/** The index of the sentence containing `offset`, by binary search, or -1 between sentences. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && s.start <= offset && offset < s.end ? lo : -1;
}

/** The sentence containing `offset`, or undefined between sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}
