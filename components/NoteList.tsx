import { sendRequest as request } from '../lib/messages/send';
import type { Note } from '../lib/messages/schema';
import { textFragmentLink } from '../lib/extract/evidence';

/**
 * The notes written on the page itself: on a passage (with its quote, linking back to it) or on a
 * catalog item from the hover card. Quotes and notes are page and user text: rendered as text.
 */
export function NoteList({
  notes,
  itemNames,
  act,
}: {
  notes: Note[];
  itemNames: Map<string, string>;
  act: (change: () => Promise<unknown>) => Promise<void>;
}) {
  if (notes.length === 0) return null;
  return (
    <section class="note-list" aria-label="Notes on pages">
      <h3 class="field-label">Notes on pages ({notes.length})</h3>
      <ul>
        {notes.map((note) => (
          <li key={note.id} data-testid="page-note">
            <NoteContext note={note} itemNames={itemNames} />
            <p class="note-list__text">{note.text}</p>
            <button
              type="button"
              class="link-button"
              aria-label={`Delete note: ${note.text.slice(0, 40)}`}
              onClick={() => void act(() => request({ type: 'delete-note', id: note.id }))}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NoteContext({ note, itemNames }: { note: Note; itemNames: Map<string, string> }) {
  if (note.anchor && note.url) {
    return (
      <a
        class="note-list__quote"
        href={textFragmentLink(note.url, [note.anchor.quote])}
        target="_blank"
        rel="noreferrer"
      >
        “{note.anchor.quote.length > 160 ? `${note.anchor.quote.slice(0, 160)}…` : note.anchor.quote}”
      </a>
    );
  }
  if (note.itemId) return <span class="muted">On {itemNames.get(note.itemId) ?? note.itemId}</span>;
  return null;
}
