import { describeAnchor } from '../../lib/anchor';
import type { Note, PlacedNote } from '../../lib/messages/schema';
import { textOffsetOf, toRange, type PageText } from '../../lib/text';
import { browser } from 'wxt/browser';
import { NOTE_SELECTION } from '../../lib/messages/page-commands';
import { createNoteComposer } from './note-composer';
import type { NoteFrameHost } from './note-frame-host';
import type { Mount } from './dom';
import { paintNotes } from './note-highlights';

const NO_SELECTION = 'Select a passage on the page first, then choose “Note on selected text”.';

/**
 * Passage notes on the page: writing one on the selected text (anchored by quote, context and
 * position), painting the passages noted before, and revealing one from the panel.
 */
export function createPassageNotes(options: {
  host: HTMLElement;
  /** The page text as last read, and its program; null before the first scan or off program pages. */
  scan: () => { page: PageText; programKey: string } | null;
  onChange: () => void;
  /** Where notes are typed: a frame of the extension's own. */
  frames: NoteFrameHost;
  /** Puts the note offer and its hint into the in-page UI, the first time one is shown. */
  mount: Mount;
  signal: AbortSignal;
}) {
  let notes: PlacedNote[] = [];
  let page: PageText | null = null;
  let unpaint = () => {};

  const capture = () => {
    const current = options.scan();
    if (!current) return 'Notes attach to program pages.';
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return NO_SELECTION;
    const range = selection.getRangeAt(0);
    if (options.host.contains(range.commonAncestorContainer)) return NO_SELECTION;
    let start = textOffsetOf(current.page, range.startContainer, range.startOffset);
    let end = textOffsetOf(current.page, range.endContainer, range.endOffset);
    if (start === null || end === null) return NO_SELECTION;
    const { text } = current.page;
    // A selection often takes in the spaces around the words: anchor to the words.
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return NO_SELECTION;
    const anchor = describeAnchor(text, start, end);
    if (!anchor) return 'That passage is too long for a note: select a few sentences at most.';
    return { programKey: current.programKey, anchor };
  };

  const composer = createNoteComposer(options.mount, capture, options.frames);

  /** A note the note frame saved: its passage is painted at once, where it was selected. */
  function added(note: Note) {
    if (!note.anchor) return;
    notes = [...notes, { note, place: { start: note.anchor.start, end: note.anchor.end, exact: true } }];
    repaint();
    options.onChange();
  }

  function repaint() {
    unpaint();
    unpaint = page ? paintNotes(page, notes) : () => {};
  }

  // Offer a note when the user finishes selecting text with the mouse or the keyboard.
  const offer = () =>
    setTimeout(() => {
      const selection = document.getSelection();
      if (!options.scan() || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (options.host.contains(range.commonAncestorContainer)) return;
      const rect = range.getBoundingClientRect();
      composer.offer({ x: rect.right, y: rect.bottom });
    }, 0);
  document.addEventListener('mouseup', offer, { signal: options.signal });
  // The context menu's "add a note" on the selection (see background/context-menu.ts).
  const onMenu = (message: unknown) => {
    if ((message as { type?: string } | null)?.type !== NOTE_SELECTION) return;
    const range = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0) : null;
    const rect = range?.getBoundingClientRect();
    composer.open({ x: rect?.right ?? 40, y: rect?.bottom ?? 40 });
  };
  browser.runtime.onMessage.addListener(onMenu);
  options.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMenu));
  document.addEventListener('keyup', (e) => e.shiftKey && offer(), { signal: options.signal });
  document.addEventListener(
    'selectionchange',
    () => document.getSelection()?.isCollapsed && !composer.isOpen() && composer.hide(),
    { signal: options.signal },
  );

  return {
    notes: () => notes,
    added,
    /** After a scan: the page as read now and where its notes sit in it. */
    show(next: PageText, placed: PlacedNote[]) {
      page = next;
      notes = placed;
      repaint();
    },
    openFromPanel(trigger: HTMLElement) {
      const rect = trigger.getBoundingClientRect();
      composer.open({ x: rect.left - 300, y: rect.top - 150 }, trigger);
    },
    reveal(placed: PlacedNote) {
      const range = page && placed.place ? toRange(page, placed.place.start, placed.place.end) : null;
      if (!range) return;
      (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    remove() {
      unpaint();
    },
  };
}
