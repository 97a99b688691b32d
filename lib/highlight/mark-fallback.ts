import { PREFIX, type HighlightKind } from './names';

/** One wrapped piece of a text node, with what is needed to undo it exactly. */
interface Wrap {
  original: Text;
  originalData: string;
  mark: HTMLElement;
  tail: Text | null;
}

/** A segment of one text node to wrap: `[start, end)` of its data. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
  kind: HighlightKind;
}

/**
 * Wraps segments in `<mark data-fellowship-lens>` for browsers without the Highlight API, and
 * returns the function that restores the original DOM exactly: the same nodes with the same data,
 * no merged or leftover text nodes. Segments must be in document order and must not overlap.
 */
export function paintWithMarks(segments: Segment[]): () => void {
  // Wrap from the last segment backwards, so every split cuts the page's own node (never a piece
  // made by an earlier split) and the undo log can be replayed in reverse.
  const log: Wrap[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    const wrap = wrapSegment(segment);
    if (wrap) log.push(wrap);
  }
  return () => {
    for (let i = log.length - 1; i >= 0; i--) unwrap(log[i]!);
    log.length = 0;
  };
}

function wrapSegment({ node, start, end, kind }: Segment): Wrap | null {
  if (!node.parentNode || start >= end || end > node.data.length) return null;
  const originalData = node.data;
  const middle = start > 0 ? node.splitText(start) : node;
  const tail = end - start < middle.data.length ? middle.splitText(end - start) : null;
  const mark = node.ownerDocument.createElement('mark');
  mark.setAttribute(`data-${PREFIX}`, kind);
  middle.parentNode!.insertBefore(mark, middle);
  mark.appendChild(middle);
  return { original: node, originalData, mark, tail };
}

function unwrap({ original, originalData, mark, tail }: Wrap): void {
  // When the segment began at offset 0 the page's own node is inside the mark: put it back.
  if (original.parentNode === mark) mark.replaceWith(original);
  else mark.remove();
  tail?.remove();
  original.data = originalData;
}
