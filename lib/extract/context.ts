import { newlineBreaks } from './newline-breaks';
import { sentenceAt, splitSentences, type Sentence } from './sentences';

/** What every field reader works on: the page text, split once into sentences. */
export interface ExtractContext {
  text: string;
  /** The page address, for evidence links. */
  url: string;
  /** Offsets of the block separators in `text`, ascending (quotes and links respect blocks). */
  breaks: readonly number[];
  sentences: readonly Sentence[];
}

/**
 * A context for `text`. From a DOM, pass the breaks collectText inserted (`page.breaks`);
 * a plain text (tests, seeds) takes every '\n' as a block break.
 */
export function createContext(
  text: string,
  url: string,
  breaks: readonly number[] = newlineBreaks(text),
): ExtractContext {
  return { text, url, breaks, sentences: splitSentences(text, breaks) };
}

/**
 * The sentences holding a match of `trigger` (a cheap keyword regex), each once, in text order.
 * One pass of `trigger` over the text: after a hit the search resumes at the end of its sentence,
 * so a field's full pattern then runs on a few short sentences, never on the whole page.
 */
export function* sentencesWith(ctx: ExtractContext, trigger: RegExp): Generator<Sentence> {
  const re = new RegExp(trigger.source, trigger.flags.includes('g') ? trigger.flags : `${trigger.flags}g`);
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const sentence = sentenceAt(ctx.sentences, m.index);
    if (!sentence) continue;
    yield sentence;
    re.lastIndex = Math.max(sentence.end, m.index + 1);
  }
}

/**
 * The text of a sentence, line breaks as spaces (a page's source wraps its sentences; patterns
 * need not care). Same length, so an offset inside it plus `sentence.start` is a page offset.
 */
export function textOf(ctx: ExtractContext, sentence: { start: number; end: number }): string {
  return ctx.text.slice(sentence.start, sentence.end).replace(/[\n\r\t\f\v]/g, ' ');
}

/** The first non-null result of `read` over the sentences holding `trigger`. */
export function firstIn<T>(
  ctx: ExtractContext,
  trigger: RegExp,
  read: (sentence: Sentence, text: string) => T | null,
): T | null {
  for (const sentence of sentencesWith(ctx, trigger)) {
    const found = read(sentence, textOf(ctx, sentence));
    if (found !== null) return found;
  }
  return null;
}
