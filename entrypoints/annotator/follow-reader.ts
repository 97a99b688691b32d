/**
 * Where in the page text the reader is, estimated from the scroll position: the share of the
 * document above the middle of the viewport, taken of the text. At the top of the page, where
 * every load starts, it reads no layout.
 */
export function readerOffset(textLength: number, win: Window = window): number {
  const top = win.scrollY;
  if (top <= 0) return 0;
  const height = win.document.documentElement.scrollHeight;
  if (height <= 0) return 0;
  return Math.round(Math.min(1, (top + win.innerHeight / 2) / height) * textLength);
}

/** Calls `moved` when the reader stops scrolling the page, until `signal` aborts. */
export function onScrollPause(moved: () => void, signal: AbortSignal, waitMs = 150): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    clearTimeout(timer);
    timer = setTimeout(moved, waitMs);
  };
  window.addEventListener('scroll', onScroll, { passive: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
}
