import { browser } from 'wxt/browser';
import type { Note, NoteDraft } from '../../lib/messages/schema';
import { sendRequest } from '../../lib/messages/send';
import { h } from '../annotator/dom';

// The note frame: where the user types a note on a program page. It is the extension's own
// document (the page cannot read it), placed on the page by the annotator with a token for the
// draft it staged (the passage or item), and it saves the note itself.
const token = location.hash.slice(1);
const app = document.getElementById('app')!;

/** Tells the annotator (through the background) the frame is done, so it closes it. */
const done = (note: Note | null) =>
  sendRequest({ type: 'note-frame-done', token, note }).catch(() => {
    // Nothing to close any more (the page went away): nothing to do.
  });

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Where what is typed is kept until saved, in the extension's storage (a frame inside a web page
 * is refused localStorage), by what the note is on: a frame closed before saving (the page
 * navigated, the tab closed) gives it back when the same passage or item is noted again.
 */
function journalKey(draft: NoteDraft): string {
  const on = draft.anchor ? `${draft.anchor.start}-${draft.anchor.quote}` : `item:${draft.itemId ?? ''}`;
  return `fellowship-lens:draft:note:${draft.programKey}|${draft.url ?? ''}|${on}`;
}

function render(draft: NoteDraft) {
  const passage = draft.anchor !== null;
  const journal = journalKey(draft);
  const label = passage ? 'Note on the selected passage' : `Note on this program about ${draft.about}`;
  const textarea = h('textarea', { 'aria-label': label, placeholder: 'Your note…', required: true });
  const status = h('span', { class: 'status', role: 'status' });
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const save = h('button', { type: 'submit', class: 'primary' }, 'Save note');
  const form = h(
    'form',
    { 'aria-label': label },
    h('p', { class: 'about', title: draft.about }, passage ? `“${draft.about}”` : `About ${draft.about}`),
    textarea,
    h('div', { class: 'actions' }, status, cancel, save),
  );
  const { about: _about, ...note } = draft;
  const forget = () => void browser.storage.local.remove(journal).catch(() => {});
  void browser.storage.local.get(journal).then(
    (kept) => {
      const text = kept[journal];
      if (typeof text === 'string' && !textarea.value) textarea.value = text;
    },
    () => {},
  );
  textarea.addEventListener('input', () => {
    if (!textarea.value.trim()) return forget();
    void browser.storage.local.set({ [journal]: textarea.value }).catch(() => {});
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value.trim();
    if (!text) return textarea.focus();
    save.disabled = true;
    status.textContent = 'Saving…';
    sendRequest({ type: 'add-note', note: { ...note, text } })
      .then(({ note: saved }) => {
        forget();
        return done(saved);
      })
      .catch((error: unknown) => {
        // The text stays in the box: saving again is one click.
        status.textContent = `Not saved: ${message(error)}`;
        save.disabled = false;
      });
  });
  // Cancelling is a choice: what was typed goes with it.
  const discard = () => {
    forget();
    void done(null);
  };
  cancel.addEventListener('click', discard);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') discard();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  app.replaceChildren(form);
  textarea.focus();
}

sendRequest({ type: 'staged-note', token }).then(render, (error: unknown) => {
  const close = h('button', { type: 'button' }, 'Close');
  close.addEventListener('click', () => void done(null));
  app.replaceChildren(h('form', {}, h('p', { role: 'alert' }, message(error)), close));
});
