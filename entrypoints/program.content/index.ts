import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { completeSignals, namesFellowship, readHeadline } from '../../lib/detect/signals';

// Runs on every page the user opens, and reads only cheap, bounded signals: title and first
// headings; a page that names a fellowship there also sends the start of its prose. The background
// classifies it (its phrase tables are compiled once there, not in every page) and, for a program
// page, stores it and injects the annotator. Nothing heavier ever loads on other pages.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const check = () => {
      const started = performance.now();
      try {
        if (ctx.isInvalid) return;
        const headline = readHeadline(document, location.href);
        const signals = namesFellowship(headline) ? completeSignals(document, headline) : null;
        // Visible in DevTools' performance panel, and read by `npm run bench:browser`.
        performance.measure('fellowship-lens:detect', { start: started });
        if (!signals) return;
        browser.runtime.sendMessage({ type: 'page-seen', signals }).catch((error: unknown) => {
          console.debug('Fellowship Lens: the background did not take the page', error);
        });
      } catch (error) {
        // A malformed page must never see an exception from us.
        console.debug('Fellowship Lens: could not read this page', error);
      }
    };
    check();
    // Single-page sites change pages without loading: check again after in-page navigation.
    ctx.addEventListener(window, 'wxt:locationchange', check);
  },
});
