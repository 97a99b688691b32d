import { browser } from 'wxt/browser';
import { NOTE_FRAME_DONE } from '../../lib/messages/page-commands';
import type { Note, NoteDraft } from '../../lib/messages/schema';
import { sendRequest } from '../../lib/messages/send';
import { h, placeNear, type Mount } from './dom';

export interface NoteFrameHost {
  /** Opens the note frame on `draft` near `at`; focus goes back to `returnFocus` when it closes. */
  open(draft: NoteDraft, at: { x: number; y: number }, returnFocus?: HTMLElement): Promise<void>;
  close(): void;
  isOpen(): boolean;
}

/** The frame's size (styles.ts). */
const FRAME = { width: 300, height: 180 };

/**
 * Where the user types a note on the page: a frame of the extension's own (note-frame.html),
 * placed in the legend's shadow root. The note's text never enters the page's document, so the
 * page's scripts (and the session-replay tools many sites run) cannot read it or its keystrokes.
 * The frame saves the note itself; the background then tells this annotator, which closes the
 * frame and shows the note's passage.
 */
export function createNoteFrameHost(
  mount: Mount,
  onSaved: (note: Note) => void,
  signal: AbortSignal,
): NoteFrameHost {
  let shown: { token: string; frame: HTMLIFrameElement; returnFocus?: HTMLElement } | null = null;
  // Opening waits for the background: only the latest of two quick opens gets its frame.
  let opening = 0;

  const close = () => {
    if (!shown) return;
    const { frame, returnFocus } = shown;
    shown = null;
    frame.remove();
    returnFocus?.focus();
  };
  const onMessage = (message: unknown) => {
    const done = message as { type?: string; token?: string; note?: Note | null } | null;
    if (done?.type !== NOTE_FRAME_DONE || !shown || done.token !== shown.token) return;
    close();
    if (done.note) onSaved(done.note);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    close();
  });

  return {
    async open(draft, at, returnFocus) {
      close();
      const mine = ++opening;
      const { token } = await sendRequest({ type: 'stage-note', draft });
      if (mine !== opening || signal.aborted) return;
      const frame = h('iframe', {
        class: 'note-frame',
        title: 'Fellowship Lens: your note',
        'data-testid': 'note-frame',
        src: `${browser.runtime.getURL('/note-frame.html')}#${token}`,
      });
      placeNear(frame, at, FRAME);
      frame.addEventListener('load', () => frame.focus(), { once: true });
      mount(frame);
      shown = { token, frame, returnFocus };
    },
    close: () => {
      opening++;
      close();
    },
    isOpen: () => shown !== null,
  };
}
