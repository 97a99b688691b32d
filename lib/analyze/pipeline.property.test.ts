/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeAnchor } from '../anchor';
import { paintHighlights } from '../highlight';
import type { Note } from '../messages/schema';
import { build, trees } from '../../tests/support/random-dom';
import { analyzePage } from './analyze-page';
import { placeNotes } from './place-notes';

// The whole in-page pipeline over random pages: read (signals, text, DOM inputs), classify,
// match, extract facts, paint, re-attach a passage note, remove. Whatever the page holds
// (nested inline and block elements, entities, Unicode, empty nodes, very long words), nothing
// throws, reading changes nothing, and removing the highlights restores the page exactly.
const PROGRAM_HEAD =
  '<h1>Pain Medicine Fellowship</h1><p>Our ACGME-accredited fellowship trains four fellows a year.</p>';

function pageOf(tree: Parameters<typeof build>[1]) {
  document.title = 'Pain Medicine Fellowship | Example University';
  document.body.replaceChildren();
  const head = new DOMParser().parseFromString(PROGRAM_HEAD, 'text/html').body;
  document.body.append(...head.childNodes);
  const main = document.createElement('main');
  build(main, tree);
  document.body.append(main);
}

describe('the in-page pipeline over random pages', () => {
  test('property: no exception, the page is unchanged by reading, highlights are removed exactly', () => {
    fc.assert(
      fc.property(trees(), fc.nat(), fc.nat({ max: 60 }), (tree, at, length) => {
        pageOf(tree);
        const before = document.body.innerHTML;
        const result = analyzePage(document, 'https://medicine.example.edu/pain-fellowship/');
        expect(document.body.innerHTML).toBe(before);
        const { text } = result.page;
        for (const m of result.matches) expect(text.slice(m.start, m.end)).toBe(m.text);

        const painted = paintHighlights(
          result.page,
          result.matches.map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
          { forceMarks: true },
        );
        painted.remove();
        expect(document.body.innerHTML).toBe(before);

        // A passage note on a random span of the page is found where it was written.
        const start = at % Math.max(1, text.length);
        const anchor = describeAnchor(text, start, Math.min(text.length, start + 1 + length));
        if (anchor) {
          const note: Note = {
            id: 'n',
            programKey: 'k',
            text: 'note',
            itemId: null,
            url: null,
            anchor,
            createdAt: 0,
            updatedAt: 0,
          };
          const [placed] = placeNotes(text, [note]);
          expect(placed?.place).not.toBeNull();
          expect(text.slice(placed!.place!.start, placed!.place!.end)).toBe(anchor.quote);
        }
      }),
      { numRuns: 120 },
    );
  });
});
