import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectProgramPage } from '../../lib/detect/detect-program';
import { programKey } from '../../lib/detect/program-key';
import type { PageReport } from '../../lib/messages/schema';

// Runs on every page the user opens: only the cheap detector, then one message when it says yes.
// The background then injects the annotator; nothing heavier ever loads on other pages.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const check = () => {
      const started = performance.now();
      try {
        if (ctx.isInvalid) return;
        const detection = detectProgramPage(document);
        // Visible in DevTools' performance panel, and read by `npm run bench:browser`.
        performance.measure('fellowship-lens:detect', { start: started });
        if (!detection.isProgram) return;
        const report: PageReport = {
          url: location.href,
          title: document.title,
          programKey: programKey(location.href, detection.specialty, detection.programName),
          programName: detection.programName,
          institution: detection.institution,
          specialty: detection.specialty,
          score: detection.score,
          reasons: detection.reasons,
        };
        browser.runtime.sendMessage({ type: 'page-visited', report }).catch((error: unknown) => {
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
