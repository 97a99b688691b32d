import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeText, painMedicineMatcher } from '../../lib/analyze/analyze-page';
import { classify } from '../../lib/analyze/classify';
import { painMedicineCatalog } from '../../lib/catalog/pain-medicine';
import { packMatches } from '../../lib/match/pack-matches';
import { createRouter } from '../../lib/messages/router';
import type { Sender } from '../../lib/messages/schema';
import { addNote, listPrograms, openLensDb, recordAnalysis, recordVisit } from '../../lib/store';
import { showBadge } from './badge';
import { injectAnnotator } from './inject';

export default defineBackground(() => {
  // Opened once per worker start; listeners below are registered synchronously, as MV3 requires.
  const db = openLensDb();
  const categories = Object.fromEntries(painMedicineCatalog.categories.map((c) => [c.id, c.name]));
  const route = createRouter({
    'page-seen': async ({ signals }, sender) => {
      const { report } = classify(signals);
      if (!report) return { programKey: null };
      await recordVisit(await db, report);
      if (sender.tabId !== undefined) void injectAnnotator(sender.tabId, sender.frameId);
      return { programKey: report.programKey };
    },
    'page-analyzed': async ({ analysis }, sender) => {
      if (sender.tabId !== undefined)
        void showBadge(sender.tabId, analysis.items.length, analysis.programKey !== null);
      return { stored: await recordAnalysis(await db, analysis) };
    },
    'annotate-tab': async ({ tabId }) => ({ injected: await injectAnnotator(tabId) }),
    'add-note': async ({ note }) => ({ noteId: (await addNote(await db, note)).id }),
    'analyze-text': ({ signals, text, dom }) => {
      const { detection, programKey, matches, evidence } = analyzeText({ signals, text, dom });
      return { detection, programKey, matches: packMatches(matches), categories, facts: evidence };
    },
    'list-programs': async () => listPrograms(await db),
  });
  // Returning the promise answers asynchronously: natively in Firefox, through
  // webextension-polyfill in Chrome (the reason the background bundles it), and in WXT's fake browser.
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, senderOf(sender)));
  // Compile the matcher (and let the engine compile its regular expression) while nothing waits.
  setTimeout(() => painMedicineMatcher().match('spinal cord stimulation'), 0);
});

function senderOf(sender: { tab?: { id?: number }; frameId?: number }): Sender {
  return { tabId: sender.tab?.id, frameId: sender.frameId };
}
