import type { TextAnchor } from '../../lib/anchor';
import { h, placeNear, type Mount } from './dom';
import type { NoteFrameHost } from './note-frame-host';

export interface NoteComposer {
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
 * instead when there is no passage to note, shown by the button's place. The button and the hint
 * are made the first time one is shown.
 */
export function createNoteComposer(
  mount: Mount,
  capture: () => Passage | string,
  frames: NoteFrameHost,
): NoteComposer {
  let made: { button: HTMLButtonElement; hint: HTMLElement } | null = null;
  const make = () => {
    const button = h(
      'button',
      { class: 'btn primary offer', type: 'button', hidden: true, 'data-testid': 'note-offer' },
      '✎ Note',
    );
    // mousedown would clear the page's selection before the click: keep it.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () =>
      open({ x: parseFloat(button.style.left), y: parseFloat(button.style.top) }),
    );
    const hint = h('div', { class: 'card hint', role: 'status', hidden: true });
    mount(h('div', {}, button, hint));
    return { button, hint };
  };

  // The button and the hint are small: kept in the window like the frame they stand for.
  const place = (el: HTMLElement, at: { x: number; y: number }) =>
    placeNear(el, at, { width: 292, height: 152 });
  const hide = () => {
    if (!made) return;
    made.button.hidden = true;
    made.hint.hidden = true;
  };
  const showHint = (text: string, at: { x: number; y: number }) => {
    const { hint } = (made ??= make());
    hint.textContent = text;
    place(hint, at);
    hint.hidden = false;
  };
  const open = (at: { x: number; y: number }, returnFocus?: HTMLElement) => {
    hide();
    const captured = capture();
    if (typeof captured === 'string') return showHint(captured, at);
    const { programKey, anchor } = captured;
    frames
      .open({ programKey, url: document.URL, itemId: null, anchor, about: anchor.quote }, at, returnFocus)
      .catch((error: unknown) =>
        showHint(`Could not open the note: ${error instanceof Error ? error.message : String(error)}`, at),
      );
  };
  return {
    offer(at) {
      if (frames.isOpen()) return;
      const { button, hint } = (made ??= make());
      hint.hidden = true;
      place(button, at);
      button.hidden = false;
    },
    open,
    hide,
    isOpen: () => frames.isOpen(),
  };
}
