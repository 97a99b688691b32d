import { h } from './dom';

export interface NoteComposer {
  element: HTMLElement;
  /** Offers to note the selection: a small button near it. */
  offer(at: { x: number; y: number }): void;
  /** Opens the note form at once (from the panel's button or the keyboard). */
  open(at: { x: number; y: number }, returnFocus?: HTMLElement): void;
  hide(): void;
  isOpen(): boolean;
}

/**
 * The way to write a note on the passage the user selected: a button appears by the selection,
 * and opens a small form. Keyboard: the panel's "Note on selection" opens the form directly,
 * Escape closes it and gives focus back. The passage is captured when the form opens (focusing
 * the form may clear the page's selection); `capture` returns a message instead when there is no
 * passage to note.
 */
export function createNoteComposer<T>(
  capture: () => T | string,
  save: (passage: T, text: string) => Promise<void>,
): NoteComposer {
  const button = h(
    'button',
    { class: 'btn primary offer', type: 'button', hidden: true, 'data-testid': 'note-offer' },
    '✎ Note',
  );
  const textarea = h('textarea', {
    'aria-label': 'Note on the selected passage',
    placeholder: 'A note on this passage…',
  });
  const status = h('span', { class: 'status', role: 'status' });
  const submit = h('button', { class: 'btn primary', type: 'submit' }, 'Save note');
  const cancel = h('button', { class: 'btn', type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { class: 'card composer', role: 'dialog', 'aria-label': 'Note on the selected passage', hidden: true },
    textarea,
    h('div', { class: 'actions' }, status, cancel, submit),
  );
  const element = h('div', {}, button, form);
  let returnFocus: HTMLElement | undefined;
  let passage: T | null = null;

  const place = (el: HTMLElement, at: { x: number; y: number }) => {
    el.style.left = `${Math.max(8, Math.min(at.x, window.innerWidth - 300))}px`;
    el.style.top = `${Math.max(8, Math.min(at.y + 8, window.innerHeight - 160))}px`;
  };
  const hide = () => {
    button.hidden = true;
    if (form.hidden) return;
    form.hidden = true;
    returnFocus?.focus();
    returnFocus = undefined;
  };
  const open = (at: { x: number; y: number }, focusBack?: HTMLElement) => {
    button.hidden = true;
    returnFocus = focusBack;
    const captured = capture();
    passage = typeof captured === 'string' ? null : captured;
    status.textContent = typeof captured === 'string' ? captured : '';
    submit.disabled = passage === null;
    place(form, at);
    form.hidden = false;
    textarea.focus();
  };
  // mousedown would clear the page's selection before the click: keep it.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () =>
    open({ x: parseFloat(button.style.left), y: parseFloat(button.style.top) }),
  );
  cancel.addEventListener('click', hide);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      hide();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value.trim();
    if (!text || passage === null) return textarea.focus();
    submit.disabled = true;
    status.textContent = 'Saving…';
    save(passage, text)
      .then(
        () => {
          textarea.value = '';
          status.textContent = '';
          hide();
        },
        (error: unknown) =>
          (status.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (submit.disabled = false));
  });
  return {
    element,
    offer(at) {
      if (!form.hidden) return;
      place(button, at);
      button.hidden = false;
    },
    open,
    hide,
    isOpen: () => !form.hidden,
  };
}
