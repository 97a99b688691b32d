import type { Note, PlacedNote } from '../messages/schema';

/**
 * Places passage notes in a page's text. A note that can no longer be placed is kept with a null
 * place, for the page to show as unplaced rather than drop.
 * TODO(anchor): fuzzy re-attachment arrives with lib/anchor.
 */
export function placeNotes(text: string, notes: Note[]): PlacedNote[] {
  return notes.map((note) => {
    const anchor = note.anchor;
    if (!anchor) return { note, place: null };
    const at = text.slice(anchor.start, anchor.end) === anchor.quote ? anchor.start : text.indexOf(anchor.quote);
    return { note, place: at < 0 ? null : { start: at, end: at + anchor.quote.length, exact: true } };
  });
}
