import type { PageText } from '../../lib/text';

/** Where a match is in the page text. */
interface Span {
  start: number;
  end: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * Finds the match under a screen point: the caret position there gives a text node and offset,
 * the page map gives the flat offset, and a binary search over the sorted matches finds the one
 * containing it. With CSS highlights there is no element to hover, so this is how hover works.
 */
export function createHitTester(page: PageText, matches: readonly Span[]) {
  const indexOf = new Map<Node, number>();
  page.nodes.forEach((node, i) => indexOf.set(node, i));
  return (x: number, y: number): number | null => {
    const doc = document as unknown as CaretDocument;
    let node: Node | undefined;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(x, y);
      node = pos?.offsetNode;
      offset = pos?.offset ?? 0;
    } else if (doc.caretRangeFromPoint) {
      const range = doc.caretRangeFromPoint(x, y);
      node = range?.startContainer;
      offset = range?.startOffset ?? 0;
    }
    const i = node ? indexOf.get(node) : undefined;
    if (i === undefined) return null;
    return matchAt(matches, page.starts[i]! + offset);
  };
}

/** The index of the match whose [start, end) holds `offset` (or ends right at it), or null. */
export function matchAt(matches: readonly Span[], offset: number): number | null {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset > m.end) lo = mid + 1;
    else return offset === m.end && matches[mid + 1]?.start === offset ? mid + 1 : mid;
  }
  return null;
}
