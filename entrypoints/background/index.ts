import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../lib/messages/router';
import { listPrograms, openLensDb, recordVisit } from '../../lib/store';

export default defineBackground(() => {
  // Opened once per worker start; listeners below are registered synchronously, as MV3 requires.
  const db = openLensDb();
  const route = createRouter({
    'page-visited': async ({ report }) => ({ programKey: (await recordVisit(await db, report)).programKey }),
    'list-programs': async () => listPrograms(await db),
  });
  // Returning the promise answers asynchronously: natively in Firefox, through
  // webextension-polyfill in Chrome (the reason the background bundles it), and in WXT's fake browser.
  browser.runtime.onMessage.addListener((message: unknown) => route(message));
});
