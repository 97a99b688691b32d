import type { PageText } from './collect-text';

/** The index of the node containing `offset` (the last node starting at or before it). */
export function nodeIndexAt(page: PageText, offset: number): number {
  const { starts } = page;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A node and an offset in it: one end of a Range. */
export interface Boundary {
  node: Text;
  offset: number;
}

/** Maps `[start, end)` of the flat text to its start and end boundaries in the DOM. */
export function toBoundaries(page: PageText, start: number, end: number): [Boundary, Boundary] | null {
  if (page.nodes.length === 0 || end <= start) return null;
  const first = nodeIndexAt(page, start);
  const last = nodeIndexAt(page, end - 1);
  const startNode = page.nodes[first]!;
  const endNode = page.nodes[last]!;
  const startOffset = Math.min(start - page.starts[first]!, startNode.data.length);
  const endOffset = Math.min(end - page.starts[last]!, endNode.data.length);
  return [
    { node: startNode, offset: Math.max(0, startOffset) },
    { node: endNode, offset: Math.max(0, endOffset) },
  ];
}

/** A live DOM Range over `[start, end)` of the flat text, or null when it maps to nothing. */
export function toRange(page: PageText, start: number, end: number): Range | null {
  const ends = toBoundaries(page, start, end);
  if (!ends) return null;
  const range = ends[0].node.ownerDocument.createRange();
  range.setStart(ends[0].node, ends[0].offset);
  range.setEnd(ends[1].node, ends[1].offset);
  return range;
}
