/**
 * When, after an in-page navigation, the page is read again: single-page sites render the new
 * view after the address changes, some only once its data has loaded.
 */
const SETTLE_MS = [500, 2000];
/** Where the Navigation API is missing, how often the address is compared. */
const POLL_MS = 1000;

/**
 * Calls `read` after the page's address changes without a load (single-page sites), once the new
 * view has had time to render, and again a little later unless `read` returned true (done).
 * The Navigation API tells us in Chromium (and recent Firefox); elsewhere the address is compared
 * once a second, which costs next to nothing.
 */
export function onInPageNavigation(read: () => boolean): void {
  // The document's URL rather than `location`: a string, not one more object to set up in the
  // script's world on every page.
  let last = document.URL;
  let timer = 0;
  const readAfter = (delays: number[]) => {
    const [delay, ...later] = delays;
    if (delay === undefined) return;
    timer = window.setTimeout(() => {
      if (!read()) readAfter(later.map((ms) => ms - delay));
    }, delay);
  };
  const changed = () => {
    if (document.URL === last) return;
    last = document.URL;
    clearTimeout(timer);
    readAfter(SETTLE_MS);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function')
    navigation.addEventListener('navigatesuccess', changed);
  else window.setInterval(changed, POLL_MS);
}
