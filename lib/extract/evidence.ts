import type { ExtractContext } from './context';
import type { EvidenceBase } from './schema';
import type * as z from 'zod';

/** The longest quote kept as evidence: a sentence, table row or list item, trimmed around the fact. */
export const MAX_QUOTE = 300;

/** A quote and its link (the schema's evidence fields). */
export type Evidence = z.infer<typeof EvidenceBase>;

/** A span of the page text, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** `text` with each run of whitespace (newlines, non-breaking spaces) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The value with its evidence: `span` is the sentence (or row, or item) that states it; `focus`
 * the words it was read from, kept inside the quote when a long sentence is trimmed.
 */
export function withEvidence<T>(ctx: ExtractContext, value: T, span: Span, focus: Span = span) {
  return { value, ...evidenceOf(ctx, span, focus) };
}

/** The quote for `span` (whitespace collapsed, at most MAX_QUOTE characters) and its link. */
export function evidenceOf(ctx: ExtractContext, span: Span, focus: Span = span): Evidence {
  const { start, end } = trimToQuote(ctx.text, span, focus);
  const pieces = piecesOf(ctx, start, end);
  return { quote: pieces.join(' '), link: textFragmentLink(ctx.url, pieces) };
}

/** A window of at most MAX_QUOTE characters of `span` around `focus`, cut between words. */
function trimToQuote(text: string, span: Span, focus: Span): Span {
  if (span.end - span.start <= MAX_QUOTE) return span;
  // Pages indent their markup: a long raw span may still collapse to a short quote.
  if (collapseWhitespace(text.slice(span.start, span.end)).length <= MAX_QUOTE) return span;
  const middle = Math.floor((focus.start + focus.end) / 2);
  let start = Math.max(span.start, Math.min(focus.start, middle - MAX_QUOTE / 2));
  const end = Math.min(span.end, start + MAX_QUOTE);
  start = Math.max(span.start, Math.min(start, end - MAX_QUOTE));
  // Whole words only: a Text Fragment matches at word boundaries.
  let s = start;
  if (s > span.start && /\S/.test(text[s - 1]!)) while (s < end && /\S/.test(text[s]!)) s += 1;
  let e = end;
  if (e < span.end && /\S/.test(text[e]!)) while (e > s && /\S/.test(text[e - 1]!)) e -= 1;
  return s < e ? { start: s, end: e } : { start, end };
}

/** The collapsed text of `[start, end)`, one piece per block it crosses (table cells, lines). */
function piecesOf(ctx: ExtractContext, start: number, end: number): string[] {
  const pieces: string[] = [];
  let from = start;
  for (let i = lowerBound(ctx.breaks, start); i < ctx.breaks.length && ctx.breaks[i]! < end; i++) {
    pieces.push(collapseWhitespace(ctx.text.slice(from, ctx.breaks[i])));
    from = ctx.breaks[i]! + 1;
  }
  pieces.push(collapseWhitespace(ctx.text.slice(from, end)));
  return pieces.filter((p) => p !== '');
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words at each end of a range-form Text Fragment: enough to find the place, short enough to survive edits. */
const END_WORDS = 4;
/** Quotes of up to this many words (in one block) are linked whole. */
const WHOLE_WORDS = 8;

/**
 * A Text Fragment link to a quote given as its pieces (one per block: a fragment term cannot cross
 * blocks). Short one-block quotes are linked whole; others as `textStart,textEnd`, a few words each.
 */
export function textFragmentLink(url: string, pieces: readonly string[]): string {
  const base = url.split('#')[0] ?? url;
  const first = (pieces[0] ?? '').split(' ');
  const last = (pieces[pieces.length - 1] ?? '').split(' ');
  if (pieces.length === 1 && first.length <= WHOLE_WORDS) return `${base}#:~:text=${encodeTerm(pieces[0]!)}`;
  const textStart = first.slice(0, END_WORDS).join(' ');
  const textEnd = last.slice(-END_WORDS).join(' ');
  return `${base}#:~:text=${encodeTerm(textStart)},${encodeTerm(textEnd)}`;
}

/** Percent-encodes a term, including '-' (',' and '&' too): the directive syntax reserves them. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}
