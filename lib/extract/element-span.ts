import type { PageText } from '../text/collect-text';
import type { Span } from './evidence';

/** Maps elements to the span of page text they hold. */
export type ElementSpan = (first: Element, last?: Element) => Span | null;

/**
 * An element → text-span mapper for `page`: from the first words of `first` to the last words of
 * `last` (default `first`). Null for an element whose text was not collected (inside a skipped
 * element). Text nodes are found among `page.nodes` by a forward scan from the last one found:
 * lookups come in document order (a heading, then table rows), so all of them together cost one
 * pass of identity comparisons, with no index of the whole page built.
 */
export function elementSpans(doc: Document, page: PageText): ElementSpan {
  const { nodes } = page;
  let cursor = 0;
  const indexOf = (node: Node): number => {
    for (let k = 0; k < nodes.length; k++) {
      const i = (cursor + k) % nodes.length;
      if (nodes[i] === node) return (cursor = i);
    }
    return -1;
  };
  const edge = (el: Element, which: 'first' | 'last') => {
    const walker = doc.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
    let found = -1;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data.trim() === '') continue;
      const i = indexOf(n);
      if (i < 0) continue;
      found = i;
      if (which === 'first') break;
    }
    return found;
  };
  return (first, last = first) => {
    const a = edge(first, 'first');
    const b = edge(last, 'last');
    if (a < 0 || b < 0) return null;
    const startData = page.nodes[a]!.data;
    const start = page.starts[a]! + (startData.length - startData.trimStart().length);
    const end = page.starts[b]! + page.nodes[b]!.data.trimEnd().length;
    return start < end ? { start, end } : null;
  };
}
