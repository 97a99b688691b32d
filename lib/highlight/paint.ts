import { nodeIndexAt, toBoundaries, type PageText } from '../text';
import { highlightApi, paintWithHighlightApi } from './css-highlights';
import { paintWithMarks, type Segment } from './mark-fallback';
import type { HighlightKind } from './names';

/** A span of the page text to highlight. */
export interface Span {
  start: number;
  end: number;
  kind: HighlightKind;
}

export interface Painted {
  /** Which way the highlights were painted. */
  method: 'highlight-api' | 'marks';
  /** The ranges per kind (Highlight API only; marks carry their own elements). */
  ranges: Map<HighlightKind, AbstractRange[]>;
  /** Removes every highlight painted by this call. */
  remove(): void;
}

/**
 * Paints `spans` over the page text: with the CSS Custom Highlight API where the browser has it
 * (the page's DOM is not touched), otherwise by wrapping in `<mark>` elements that `remove()`
 * takes out again exactly.
 */
export function paintHighlights(
  page: PageText,
  spans: Span[],
  { win = window, forceMarks = false } = {},
): Painted {
  const api = forceMarks ? null : highlightApi(win);
  const ranges = new Map<HighlightKind, AbstractRange[]>();
  if (api) {
    // Static ranges: far cheaper to make than live Ranges, and they add no bookkeeping to every
    // later DOM change of the page. A change makes us rescan and repaint anyway.
    const Static = (win as unknown as { StaticRange?: typeof StaticRange }).StaticRange;
    for (const span of spans) {
      const ends = toBoundaries(page, span.start, span.end);
      if (!ends) continue;
      const [start, end] = ends;
      let range: AbstractRange;
      if (Static) {
        range = new Static({
          startContainer: start.node,
          startOffset: start.offset,
          endContainer: end.node,
          endOffset: end.offset,
        });
      } else {
        const live = win.document.createRange();
        live.setStart(start.node, start.offset);
        live.setEnd(end.node, end.offset);
        range = live;
      }
      const list = ranges.get(span.kind) ?? [];
      list.push(range);
      ranges.set(span.kind, list);
    }
    return { method: 'highlight-api', ranges, remove: paintWithHighlightApi(api, ranges) };
  }
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  return {
    method: 'marks',
    ranges,
    remove: paintWithMarks(ordered.flatMap((span) => segmentsOf(page, span))),
  };
}

/** Splits a span into one segment per text node it covers. */
function segmentsOf(page: PageText, span: Span): Segment[] {
  const ends = toBoundaries(page, span.start, span.end);
  if (!ends) return [];
  const segments: Segment[] = [];
  for (let i = nodeIndexAt(page, span.start); i < page.nodes.length; i++) {
    const node = page.nodes[i]!;
    const start = node === ends[0].node ? ends[0].offset : 0;
    const end = node === ends[1].node ? ends[1].offset : node.data.length;
    if (end > start) segments.push({ node, start, end, kind: span.kind });
    if (node === ends[1].node) break;
  }
  return segments;
}
