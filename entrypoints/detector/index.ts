// First: the script's own evaluation counts as work on the page too.
import { loadedAt } from '../../lib/perf/loaded-at';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { WxtBrowser } from 'wxt/browser';
import { completeSignals, namesFellowship, readHeadline } from '../../lib/detect/signals';
import { onInPageNavigation } from './in-page-navigation';

/**
 * The content script (listed in the manifest by wxt.config.ts). It runs on every page the user
 * opens, and reads only cheap, bounded signals: the title and first headings; a page that names a
 * fellowship there also sends the start of its prose. The background classifies it (its phrase
 * tables are compiled once there, not in every page) and, for a program page, stores it and
 * injects the annotator. Nothing heavier ever loads on other pages.
 *
 * An unlisted script rather than WXT's content script entry: that one's context announces itself
 * to every page (a `postMessage` and a DOM event carrying the extension's id, which any page can
 * read to learn the user has the extension) and reaches for the extension API before it is needed.
 */
export default defineUnlistedScript(() => {
  check();
  onInPageNavigation(() => timed(performance.now(), check));
  // Everything the script does on load, its report and the navigation listener included: visible
  // in DevTools' performance panel, and read by `npm run bench:browser`.
  performance.measure('fellowship-lens:detect', { start: loadedAt });
});

function timed<T>(started: number, work: () => T): T {
  const result = work();
  performance.measure('fellowship-lens:detect', { start: started });
  return result;
}

/** Reads the page and reports it if it names a fellowship; true once reported. */
function check(): boolean {
  try {
    const headline = readHeadline(document);
    const signals = namesFellowship(headline) ? completeSignals(document, headline) : null;
    if (!signals) return false;
    const api = extensionApi();
    // An extension updated or removed since this page loaded leaves its old scripts without one.
    if (!api?.runtime?.id) return true;
    api.runtime.sendMessage({ type: 'page-seen', signals }).catch((error: unknown) => {
      console.debug('Fellowship Lens: the background did not take the page', error);
    });
    return true;
  } catch (error) {
    // A malformed page must never see an exception from us.
    console.debug('Fellowship Lens: could not read this page', error);
    return true;
  }
}

/**
 * The extension API, reached only on pages that name a fellowship: `browser` in Firefox, `chrome`
 * in Chromium (whose sendMessage returns a promise in MV3).
 */
function extensionApi(): WxtBrowser | undefined {
  const scope = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}
