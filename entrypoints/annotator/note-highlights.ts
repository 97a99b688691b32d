import { highlightRule, PREFIX } from '../../lib/highlight/names';
import type { PlacedNote } from '../../lib/messages/schema';
import { toBoundaries, type PageText } from '../../lib/text';

export const NOTE_HIGHLIGHT = `${PREFIX}-note`;
// On :root in Chromium like the others: a rule on every element would make adding it cost more.
export const NOTE_CSS = `${highlightRule(NOTE_HIGHLIGHT)} { background-color: rgba(150, 90, 255, 0.25); text-decoration: underline 2px dotted rgba(120, 60, 230, 0.95); }`;

/**
 * Paints the passages the user wrote notes on, under their own highlight name. Only with the CSS
 * Highlight API: without it the notes are still listed in the panel, the page is not touched.
 * Returns the function that removes them.
 */
export function paintNotes(page: PageText, placed: PlacedNote[]): () => void {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  if (!registry || typeof Highlight === 'undefined') return () => {};
  const ranges = placed.flatMap(({ place }) => {
    const ends = place && toBoundaries(page, place.start, place.end);
    if (!ends) return [];
    return [
      new StaticRange({
        startContainer: ends[0].node,
        startOffset: ends[0].offset,
        endContainer: ends[1].node,
        endOffset: ends[1].offset,
      }),
    ];
  });
  // No notes here: register nothing, so the page's highlight registry holds only what is painted.
  if (ranges.length === 0) return () => {};
  const highlight = new Highlight(...ranges);
  registry.set(NOTE_HIGHLIGHT, highlight);
  return () => {
    if (registry.get(NOTE_HIGHLIGHT) === highlight) registry.delete(NOTE_HIGHLIGHT);
  };
}
