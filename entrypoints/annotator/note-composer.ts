import type { TextAnchor } from '../../lib/anchor';
import { h, placeNear } from './dom';
import type { NoteFrameHost } from './note-frame-host';

export interface NoteComposer {
  element: HTMLElement;
  /** Offers to note the selection: a small button near it. */
  offer(at: { x: number; y: number }): void;
  /** Opens the note frame at once (from the panel's button, the keyboard or the context menu). */
  open(at: { x: number; y: number }, returnFocus?: HTMLElement): void;
  hide(): void;
  isOpen(): boolean;
}

/** The passage to note, as captured from the page's selection. */
export interface Passage {
  programKey: string;
  anchor: TextAnchor;
}

/**
 * The way to write a note on the passage the user selected: a button appears by the selection and
 * opens the note frame (note-frame-host.ts), where the note is typed. The passage is captured when
 * the frame opens (focusing it may clear the page's selection); `capture` returns a message
 * instead when there is no passage to note, shown by the button's place.
 */
export function createNoteComposer(capture: () => Passage | string, frames: NoteFrameHost): NoteComposer {
  const button = h(
    'button',
    { class: 'btn primary offer', type: 'button', hidden: true, 'data-testid': 'note-offer' },
    '✎ Note',
  );
  const hint = h('div', { class: 'card hint', role: 'status', hidden: true });
  const element = h('div', {}, button, hint);

  // The button and the hint are small: kept in the window like the frame they stand for.
  const place = (el: HTMLElement, at: { x: number; y: number }) =>
    placeNear(el, at, { width: 292, height: 152 });
  const hide = () => {
    button.hidden = true;
    hint.hidden = true;
  };
  const open = (at: { x: number; y: number }, returnFocus?: HTMLElement) => {
    hide();
    const captured = capture();
    if (typeof captured === 'string') {
      hint.textContent = captured;
      place(hint, at);
      hint.hidden = false;
      return;
    }
    const { programKey, anchor } = captured;
    frames
      .open({ programKey, url: location.href, itemId: null, anchor, about: anchor.quote }, at, returnFocus)
      .catch((error: unknown) => {
        hint.textContent = `Could not open the note: ${error instanceof Error ? error.message : String(error)}`;
        place(hint, at);
        hint.hidden = false;
      });
  };
  // mousedown would clear the page's selection before the click: keep it.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () =>
    open({ x: parseFloat(button.style.left), y: parseFloat(button.style.top) }),
  );
  return {
    element,
    offer(at) {
      if (frames.isOpen()) return;
      hint.hidden = true;
      place(button, at);
      button.hidden = false;
    },
    open,
    hide,
    isOpen: () => frames.isOpen(),
  };
}
