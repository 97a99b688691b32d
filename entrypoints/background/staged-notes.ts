import type { NoteDraft } from '../../lib/messages/schema';

/** A draft the annotator staged for its note frame, and where that annotator runs. */
interface Staged {
  draft: NoteDraft;
  tabId: number;
  frameId: number;
}

/** Drafts kept at most this long: a frame reads its draft as it loads. */
const TTL_MS = 10 * 60_000;

/**
 * Drafts between the annotator that stages them and the note frame that reads them, by an
 * unguessable token. In memory: the frame reads its draft as it loads and keeps it, so a worker
 * that stops while the user types loses nothing; the frame then saves the note itself.
 */
export function createStagedNotes(now = () => Date.now()) {
  const staged = new Map<string, { entry: Staged; at: number }>();
  const prune = () => {
    for (const [token, { at }] of staged) if (now() - at > TTL_MS) staged.delete(token);
  };
  return {
    stage(draft: NoteDraft, tabId: number, frameId: number): string {
      prune();
      const token = crypto.randomUUID();
      staged.set(token, { entry: { draft, tabId, frameId }, at: now() });
      return token;
    },
    get(token: string): Staged | undefined {
      return staged.get(token)?.entry;
    },
    /** The draft's annotator, once: the frame is done with it. */
    take(token: string): Staged | undefined {
      const entry = staged.get(token)?.entry;
      staged.delete(token);
      return entry;
    },
  };
}

/** Whether a request comes from the extension's own note frame (not from a content script). */
export function fromNoteFrame(url: string | undefined): boolean {
  if (!url) return false;
  const { protocol, pathname } = new URL(url);
  return /^(chrome|moz)-extension:$/.test(protocol) && pathname === '/note-frame.html';
}
