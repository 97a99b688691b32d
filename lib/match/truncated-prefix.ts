import type { CompiledForms, FormCandidate } from './compile-forms';
import { normalizeBefore, sliceSpan } from './normalize-range';
import { isWordCode } from './word-chars';

/** Longest truncated prefix looked for before a slash. */
const MAX_PREFIX = 24;

/**
 * "kypho/vertebroplasty": when the form at original `start` follows "<prefix>/", and the prefix
 * completed with a tail of the form's first word ("kypho" + "plasty") is itself a form, returns the
 * prefix's original span and that form's candidates. `minStart` keeps it clear of earlier matches.
 */
export function findTruncatedPrefix(
  input: string,
  forms: CompiledForms,
  start: number,
  form: string,
  minStart: number,
): { start: number; end: number; candidates: FormCandidate[] } | undefined {
  const slash = start - 1;
  if (slash < 1 || input.charCodeAt(slash) !== 0x2f) return undefined;
  const slice = normalizeBefore(input, slash, MAX_PREFIX);
  const text = slice.text;
  let from = text.length;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  // A prefix reaching index 0 of a cut slice may be longer than it looks: not a truncated word.
  if (text.length - from < 2 || (from === 0 && slice.from > 0)) return undefined;
  const [prefixStart, prefixEnd] = sliceSpan(slice, from, text.length);
  if (prefixStart < minStart) return undefined;
  const prefix = text.slice(from);
  const space = form.indexOf(' ');
  const firstWord = space === -1 ? form : form.slice(0, space);
  // Shortest tail first: "plasty" before "oplasty", so the completion is the least invented.
  for (let tail = 3; tail < firstWord.length; tail++) {
    const completed = prefix + firstWord.slice(firstWord.length - tail);
    // "implant/implantables" completes to the very word after the slash: two words, not a truncation.
    if (completed === firstWord) continue;
    const candidates = forms.byForm.get(completed);
    if (candidates) return { start: prefixStart, end: prefixEnd, candidates };
  }
  return undefined;
}
