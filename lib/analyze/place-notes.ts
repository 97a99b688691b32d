import { locateAnchors } from '../anchor';
import type { Note, PlacedNote } from '../messages/schema';

/**
 * Places passage notes in a page's text as it is now (see lib/anchor: exact, then normalised, then
 * fuzzy). A note that can no longer be placed keeps a null place, for the page to list as
 * unplaced rather than drop.
 */
export function placeNotes(text: string, notes: Note[]): PlacedNote[] {
  const anchored = notes.filter((n) => n.anchor !== null);
  const places = locateAnchors(
    text,
    anchored.map((n) => n.anchor!),
  );
  return anchored.map((note, i) => ({ note, place: places[i] ?? null }));
}
