import { useEffect, useState } from 'preact/hooks';
import { Autosaver, type Journal, type SaveStatus } from './autosaver';

export type { SaveStatus };

/**
 * A value edited by the user and saved as they go: debounced while they type, flushed at once
 * when the page hides (the popup closing, the tab switching) or the editor unmounts, so typing and
 * closing the popup at once loses nothing. `update` builds on the latest value, not the last
 * rendered one: changes can come faster than renders (a star, then a tag).
 */
export function useAutosave<T>(
  initial: T,
  save: (value: T) => Promise<unknown>,
  journalKey?: string,
): [T, SaveStatus, (change: (previous: T) => T) => void] {
  // A draft a closed popup could not save is back, and is saved again.
  const [journal] = useState(() => (journalKey ? localJournal<T>(journalKey) : undefined));
  const [unsaved] = useState(() => journal?.read());
  const [value, setValue] = useState(unsaved ?? initial);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [saver] = useState(() => new Autosaver(unsaved ?? initial, save, setStatus, 400, journal));
  useEffect(() => {
    if (unsaved !== undefined) saver.change(unsaved);
  }, [saver, unsaved]);
  useEffect(() => {
    // `pagehide` and a hidden document are the last moments a closing popup runs; the message is
    // handed to the browser synchronously, so the background receives it after the popup is gone.
    const flush = () => saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && saver.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      saver.flush();
    };
  }, [saver]);
  const update = (change: (previous: T) => T) => {
    const next = change(saver.latest());
    saver.change(next);
    setValue(next);
  };
  return [value, status, update];
}

/**
 * A journal in the extension page's own localStorage (the extension's origin, never a web page's):
 * synchronous, so the last keystroke is in it even if the popup closes right after.
 */
function localJournal<T>(key: string): Journal<T> & { read(): T | undefined } {
  const name = `fellowship-lens:draft:${key}`;
  return {
    read() {
      try {
        const raw = localStorage.getItem(name);
        return raw === null ? undefined : (JSON.parse(raw) as T);
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        localStorage.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or denied: the save itself is still under way.
      }
    },
    clear() {
      localStorage.removeItem(name);
    },
  };
}
