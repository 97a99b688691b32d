import type { PlacedNote } from '../../lib/messages/schema';
import { h } from './dom';

/**
 * The panel's "Your notes" section: a button to note the selected passage, then the passages noted
 * on this page. The notes' own text is not shown here: this is the page's document, which its
 * scripts can read; the popup shows the notes. A note whose passage can no longer be found is
 * listed as unplaced, with its quote, never dropped. Quotes are rendered as text.
 */
export function renderPageNotes(
  notes: PlacedNote[],
  actions: {
    onNoteSelection(trigger: HTMLElement): void;
    onRevealNote(note: PlacedNote, trigger: HTMLElement): void;
  },
): HTMLElement {
  const add = h(
    'button',
    { class: 'btn', type: 'button', 'data-testid': 'note-selection', title: 'Select text on the page first' },
    '✎ Note on selected text',
  );
  // Keep the page's selection when the button is pressed with the mouse.
  add.addEventListener('mousedown', (event) => event.preventDefault());
  add.addEventListener('click', () => actions.onNoteSelection(add));
  const section = h(
    'section',
    { class: 'notes', 'aria-label': 'Your notes on this page' },
    h('h3', {}, `Your notes · ${notes.length}`),
    add,
  );
  if (notes.length === 0) return section;
  section.append(
    h(
      'ul',
      { class: 'items notes-list' },
      ...notes.map((placed) => {
        const quote = placed.note.anchor?.quote ?? '';
        const short = quote.length > 80 ? `${quote.slice(0, 80)}…` : quote;
        const body = [
          h('span', { class: 'note-quote' }, `“${short}”`),
          placed.place
            ? null
            : h(
                'span',
                { class: 'unplaced', 'data-testid': 'unplaced' },
                'Not found on the page now: it may have changed.',
              ),
        ];
        if (!placed.place)
          return h('li', { 'data-note-id': placed.note.id }, h('div', { class: 'note' }, ...body));
        const button = h(
          'button',
          { type: 'button', 'data-note-id': placed.note.id, title: 'Show this passage' },
          h('span', { class: 'note' }, ...body),
        );
        button.addEventListener('click', () => actions.onRevealNote(placed, button));
        return h('li', {}, button);
      }),
    ),
  );
  return section;
}
