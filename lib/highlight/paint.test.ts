/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { build, trees } from '../../tests/support/random-dom';
import { collectText } from '../text';
import { paintHighlights, type Span } from '.';

beforeEach(() => document.body.replaceChildren());

function spansFor(text: string, phrases: string[], kind: Span['kind'] = 'procedure'): Span[] {
  return phrases.map((p) => {
    const start = text.indexOf(p);
    return { start, end: start + p.length, kind };
  });
}

describe('paintHighlights with <mark> fallback', () => {
  test('wraps each span, across elements, and restores the DOM exactly', () => {
    build(document.body, [
      {
        tag: 'p',
        children: ['Fellows learn ', { tag: 'b', children: ['spinal cord'] }, ' stimulation and SCS.'],
      },
    ]);
    const before = document.body.innerHTML;
    const originalNodes = [...collectText(document.body).nodes];
    const page = collectText(document.body);
    const painted = paintHighlights(page, spansFor(page.text, ['spinal cord stimulation', 'SCS']), {
      forceMarks: true,
    });
    expect(painted.method).toBe('marks');
    const marks = [...document.querySelectorAll('mark[data-fellowship-lens]')].map((m) => m.textContent);
    expect(marks).toEqual(['spinal cord', ' stimulation', 'SCS']);
    painted.remove();
    expect(document.body.innerHTML).toBe(before);
    expect(collectText(document.body).nodes).toEqual(originalNodes);
  });

  test('several spans in one text node', () => {
    build(document.body, [{ tag: 'li', children: ['TAP block, ESP block, PEC block'] }]);
    const before = document.body.innerHTML;
    const page = collectText(document.body);
    const painted = paintHighlights(page, spansFor(page.text, ['TAP block', 'ESP block', 'PEC block']), {
      forceMarks: true,
    });
    expect(document.querySelectorAll('mark').length).toBe(3);
    painted.remove();
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.firstChild!.childNodes.length).toBe(1);
  });

  test('property: for random trees and spans, marks cover the spans and removal restores the DOM', () => {
    fc.assert(
      fc.property(
        trees(),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { maxLength: 12 }),
        (tree, cuts) => {
          document.body.replaceChildren();
          build(document.body, tree);
          const before = document.body.innerHTML;
          const nodesBefore = [...document.body.querySelectorAll('*')].length;
          const page = collectText(document.body);
          if (!page.text) return;
          const spans = nonOverlapping(cuts, page.text.length);
          const painted = paintHighlights(page, spans, { forceMarks: true });
          // Block separators exist only in the flat text: compare without whitespace.
          const squash = (s: string) => s.replace(/\s+/g, '');
          const marked = [...document.querySelectorAll('mark[data-fellowship-lens]')]
            .map((m) => m.textContent)
            .join('');
          expect(squash(marked)).toBe(squash(spans.map((s) => page.text.slice(s.start, s.end)).join('')));
          painted.remove();
          expect(document.body.innerHTML).toBe(before);
          expect([...document.body.querySelectorAll('*')].length).toBe(nodesBefore);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('paintHighlights with the CSS Custom Highlight API', () => {
  test('registers one highlight per kind under fellowship-lens- names, without touching the DOM', () => {
    build(document.body, [{ tag: 'p', children: ['SCS trial. 15 vacation days.'] }]);
    const before = document.body.innerHTML;
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const win = { document, CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Window &
      typeof globalThis;
    const page = collectText(document.body);
    const painted = paintHighlights(
      page,
      [...spansFor(page.text, ['SCS trial']), ...spansFor(page.text, ['15 vacation days'], 'benefit')],
      { win },
    );
    expect(painted.method).toBe('highlight-api');
    expect([...registry.keys()].sort()).toEqual(['fellowship-lens-benefit', 'fellowship-lens-procedure']);
    expect(registry.get('fellowship-lens-procedure')!.ranges.map(String)).toEqual(['SCS trial']);
    expect(document.body.innerHTML).toBe(before);
    painted.remove();
    expect(registry.size).toBe(0);
  });
});

/** Turns random (start, length) pairs into sorted, non-overlapping spans within `length`. */
function nonOverlapping(cuts: Array<[number, number]>, length: number): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const [a, len] of [...cuts].sort((x, y) => x[0] - y[0])) {
    const start = Math.max(from, a % length);
    const end = Math.min(length, start + 1 + len);
    if (start >= end) continue;
    spans.push({ start, end, kind: spans.length % 2 ? 'benefit' : 'procedure' });
    from = end;
  }
  return spans;
}
