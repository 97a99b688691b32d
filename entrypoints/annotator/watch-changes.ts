/** Limits on how often a changing page is scanned again. */
export interface WatchOptions {
  /** Quiet time after the last change before a rescan. */
  debounceMs?: number;
  /** Longest wait after the first of a run of changes: a page that never settles is still rescanned. */
  maxWaitMs?: number;
  /** At most this many rescans within `windowMs`; beyond it the watcher pauses for `pauseMs`. */
  maxRescans?: number;
  windowMs?: number;
  pauseMs?: number;
}

/**
 * Calls `rescan` after the page's text or structure changes (debounced), and after in-page
 * navigation. Bounded: a page that re-renders forever gets at most `maxRescans` per window, then
 * a pause, so the extension can never loop with it. Mutations inside `ignore` (our UI) are skipped.
 */
export function watchChanges(
  rescan: () => void,
  signal: AbortSignal,
  {
    debounceMs = 400,
    maxWaitMs = 2000,
    maxRescans = 8,
    windowMs = 10_000,
    pauseMs = 30_000,
  }: WatchOptions = {},
  ignore?: Node,
): { muted<T>(change: () => T): T } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pausedUntil = 0;
  let firstChange = 0;
  const recent: number[] = [];
  // The document's URL, not `location`: the Location object costs a fresh script world about 0.1 ms
  // to set up, and this runs on every program page.
  let lastUrl = document.URL;

  const schedule = () => {
    clearTimeout(timer);
    const now = Date.now();
    firstChange ||= now;
    const wait = Math.max(Math.min(debounceMs, firstChange + maxWaitMs - now), pausedUntil - now, 0);
    timer = setTimeout(run, wait);
  };
  const run = () => {
    if (signal.aborted) return;
    firstChange = 0;
    const now = Date.now();
    while (recent.length && now - recent[0]! > windowMs) recent.shift();
    if (recent.length >= maxRescans) {
      pausedUntil = now + pauseMs;
      return schedule();
    }
    recent.push(now);
    lastUrl = document.URL;
    rescan();
  };

  const observer = new MutationObserver((records) => {
    if (ignore && records.every((r) => ignore.contains(r.target))) return;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // In-page navigation (pushState, back/forward) that does not change the DOM right away.
  const onNavigate = () => document.URL !== lastUrl && schedule();
  window.addEventListener('popstate', onNavigate);
  const poll = setInterval(onNavigate, 1000);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
    window.removeEventListener('popstate', onNavigate);
  });
  return {
    /** Runs a DOM change of our own (painting <mark> fallbacks) without taking it for a page change. */
    muted(change) {
      const result = change();
      observer.takeRecords();
      return result;
    },
  };
}
