import type { PageText } from '../text/collect-text';

/**
 * Offsets of the block separators collectText inserted: a '\n' between two text nodes. Newlines
 * inside a node's data are the page's source formatting, not breaks.
 */
export function blockBreaks(page: PageText): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < page.nodes.length; i++) {
    const end = page.starts[i - 1]! + page.nodes[i - 1]!.data.length;
    if (page.starts[i]! > end) breaks.push(end);
  }
  return breaks;
}

/** Every '\n' of a plain text: the breaks of text that did not come from a DOM. */
export function newlineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return breaks;
}
