import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectProgramPage } from '../../lib/detect/detect-program';
import { programKey } from '../../lib/detect/program-key';
import type { PageReport } from '../../lib/messages/schema';

// Runs on every page the user opens: only the cheap detector, then one message when it says yes.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      const detection = detectProgramPage(document);
      if (!detection.isProgram || ctx.isInvalid) return;
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
  },
});
