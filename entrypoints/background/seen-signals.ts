import type { PageSignals, Sender } from '../../lib/messages/schema';

/** How many frames' signals are kept: the pages of the last minutes, not a history. */
const MAX_FRAMES = 100;

/**
 * The signals each frame's detector last sent, so that the annotator injected into it need not
 * read them again (on a demo page that was about a tenth of its work). In memory only: a worker
 * restarted meanwhile has none, and the annotator then reads them itself.
 */
export function createSeenSignals() {
  const byFrame = new Map<string, PageSignals>();
  const keyOf = (sender: Sender) =>
    sender.tabId === undefined ? null : `${sender.tabId}:${sender.frameId ?? 0}`;
  return {
    remember(sender: Sender, signals: PageSignals) {
      const key = keyOf(sender);
      if (key === null) return;
      byFrame.delete(key);
      byFrame.set(key, signals);
      if (byFrame.size > MAX_FRAMES) byFrame.delete(byFrame.keys().next().value!);
    },
    /** The signals this frame sent for the address it is at now, if any. */
    recall(sender: Sender): PageSignals | null {
      const key = keyOf(sender);
      const signals = key === null ? undefined : byFrame.get(key);
      return signals && signals.url === sender.url ? signals : null;
    },
  };
}
