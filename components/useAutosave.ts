import { useEffect, useState } from 'preact/hooks';
import { Autosaver, type SaveStatus } from './autosaver';

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
): [T, SaveStatus, (change: (previous: T) => T) => void] {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [saver] = useState(() => new Autosaver(initial, save, setStatus));
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
