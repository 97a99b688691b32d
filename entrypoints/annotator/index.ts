// First: the script's own evaluation counts as work on the page too.
import { loadedAt } from '../../lib/perf/loaded-at';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAnnotator } from './annotator';

const KEY = '__fellowshipLensAnnotator';
type Running = { rescan(): void; stop(): void };

// Injected by the background into pages the tiny detector recognised (or on the user's request):
// the heavy part (catalog, matcher, highlights, legend) never loads on other pages. Injecting it
// twice into one page rescans instead of painting twice.
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, Running | undefined>;
  const running = scope[KEY];
  if (running) {
    performance.measure('fellowship-lens:start', { start: loadedAt });
    return running.rescan();
  }
  const controller = new AbortController();
  const pending = startAnnotator(controller.signal, loadedAt).catch((error: unknown) => {
    // A malformed page must never see an exception from us.
    console.debug('Fellowship Lens: could not annotate this page', error);
    return null;
  });
  scope[KEY] = {
    rescan: () => void pending.then((a) => a?.rescan()),
    stop: () => {
      controller.abort();
      scope[KEY] = undefined;
    },
  };
});
