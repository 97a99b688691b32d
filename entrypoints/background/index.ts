import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeText, painMedicineMatcher } from '../../lib/analyze/analyze-page';
import { classify } from '../../lib/analyze/classify';
import { placeNotes } from '../../lib/analyze/place-notes';
import { packFound } from '../../lib/analyze/pack-found';
import { painMedicineCatalog } from '../../lib/catalog/pain-medicine';
import { DISPLAY_KEY, toDisplaySettings } from '../../lib/highlight/display-settings';
import { createRouter } from '../../lib/messages/router';
import { buildComparison, rankPrograms, sliceDesk, sortPrograms, type Comparison } from '../../lib/compare';
import type { Desk, RequestType, Sender } from '../../lib/messages/schema';
import { NOTE_FRAME_DONE } from '../../lib/messages/page-commands';
import { toCsv } from '../../lib/transfer/csv';
import { readExportText } from '../../lib/transfer/export-file';
import * as store from '../../lib/store';
import { showBadge } from './badge';
import { registerNoteMenu } from './context-menu';
import { createDeskCache } from './desk-cache';
import { createSeenSignals } from './seen-signals';
import { createStagedNotes, fromNoteFrame } from './staged-notes';
import { injectAnnotator } from './inject';
import { timed } from './timed';

export default defineBackground(() => {
  // Opened once per worker start; listeners below are registered synchronously, as MV3 requires.
  const db = store.openLensDb();
  const desk = createDeskCache(async () => store.loadDesk(await db));
  // The comparison of every program, made once per desk read (ranking, sorting, priorities).
  const comparisons = new WeakMap<Desk, Comparison>();
  const compareAll = (loaded: Desk) => {
    let all = comparisons.get(loaded);
    if (!all) comparisons.set(loaded, (all = buildComparison(loaded.programs, painMedicineCatalog)));
    return all;
  };
  const staged = createStagedNotes();
  const seenSignals = createSeenSignals();
  const categories = Object.fromEntries(painMedicineCatalog.categories.map((c) => [c.id, c.name]));
  const route = createRouter({
    'page-seen': async ({ signals }, sender) => {
      seenSignals.remember(sender, signals);
      const { report } = classify(signals);
      if (!report) return { programKey: null };
      await timed('save-visit', async () => store.recordVisit(await db, report));
      if (sender.tabId !== undefined) void injectAnnotator(sender.tabId, sender.frameId);
      return { programKey: report.programKey };
    },
    'annotate-tab': async ({ tabId }) => ({ injected: await injectAnnotator(tabId) }),
    'add-note': async ({ note }) => ({
      note: await timed('save-note', async () => store.addNote(await db, note)),
    }),
    'stage-note': ({ draft }, sender) => {
      if (sender.tabId === undefined) throw new Error('Notes are staged from a page.');
      return { token: staged.stage(draft, sender.tabId, sender.frameId ?? 0) };
    },
    'staged-note': ({ token }, sender) => {
      if (!fromNoteFrame(sender.url)) throw new Error('Only the note frame reads a staged note.');
      const entry = staged.get(token);
      if (!entry) throw new Error('This note form has expired: select the passage again.');
      return entry.draft;
    },
    'note-frame-done': async ({ token, note }, sender) => {
      if (!fromNoteFrame(sender.url)) throw new Error('Only the note frame closes itself.');
      // The worker may have restarted while the user typed: then every frame of the tab hears it,
      // and the annotator that opened this token closes it.
      const entry = staged.take(token);
      const tabId = entry?.tabId ?? sender.tabId;
      if (tabId === undefined) return { delivered: false };
      const message = { type: NOTE_FRAME_DONE, token, note };
      const sent = entry
        ? browser.tabs.sendMessage(tabId, message, { frameId: entry.frameId })
        : browser.tabs.sendMessage(tabId, message);
      return {
        delivered: await sent.then(
          () => true,
          () => false,
        ),
      };
    },
    'update-note': async ({ id, text }) => ({ updatedAt: await store.updateNote(await db, id, text) }),
    'delete-note': async ({ id }) => ({ deleted: await store.deleteNote(await db, id) }),
    'save-program-notes': async ({ notes }) => ({
      updatedAt: await timed('save-note', async () => store.saveProgramNotes(await db, notes)),
    }),
    'rename-program': async ({ programKey, name }) => ({
      renamed: await store.renameProgram(await db, programKey, name),
    }),
    'merge-programs': async ({ from, into }) => {
      await store.mergePrograms(await db, from, into);
      return { merged: true };
    },
    'delete-program': async ({ programKey }) => ({
      deleted: await store.deleteProgram(await db, programKey),
    }),
    'save-weights': async ({ weights }) => {
      await store.saveWeights(await db, weights);
      return { saved: true };
    },
    'export-data': async () => (await store.exportData(await db)).file,
    'import-data': async ({ text }) => {
      const parsed = readExportText(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return store.importData(await db, parsed.file);
    },
    'analyze-text': async (request, sender) => {
      const signals = request.signals ?? seenSignals.recall(sender);
      if (!signals) return { needsSignals: true as const };
      const { text, dom } = request;
      const { detection, programKey, matches, evidence } = analyzeText({ signals, text, dom });
      // What the page teaches and offers is summarized and stored here, from the analysis just
      // made: the page need not summarize it, nor send it back.
      const found = packFound(matches);
      const items = found.entries;
      if (sender.tabId !== undefined) void showBadge(sender.tabId, items.length, programKey !== null);
      // A failed write costs the desk this page's findings, never the page its highlights.
      const stored = db
        .then((open) => store.recordAnalysis(open, { url: signals.url, programKey, items, facts: evidence }))
        .catch((error: unknown) =>
          console.warn('Fellowship Lens: could not store what a page showed', error),
        );
      const notes = programKey ? placeNotes(text, await store.passageNotesOf(await db, signals.url)) : [];
      const display = await readDisplay();
      await stored;
      return {
        detection,
        programKey,
        matches: found,
        categories,
        notes,
        display,
      };
    },
    'list-programs': ({ view }) =>
      timed('load-desk', async () => {
        const loaded = await desk.get();
        return sliceDesk(
          loaded,
          compareAll(loaded),
          view ?? { sortBy: 'recent', limit: loaded.programs.length, include: null },
          (programs) => buildComparison(programs, painMedicineCatalog),
        );
      }),
    'export-csv': async ({ sortBy }) => {
      const loaded = await desk.get();
      const all = compareAll(loaded);
      const sorted = sortPrograms(loaded.programs, sortBy, { ...loaded, comparison: all });
      const ranking = rankPrograms(all, loaded.weights);
      return {
        csv: toCsv({ ...loaded, programs: sorted }, buildComparison(sorted, painMedicineCatalog), ranking),
      };
    },
  });
  // Returning the promise answers asynchronously: natively in Firefox, through
  // webextension-polyfill in Chrome (the reason the background bundles it), and in WXT's fake browser.
  browser.runtime.onMessage.addListener(async (message: unknown, sender) => {
    const type = (message as { type?: RequestType } | null)?.type;
    if (type) desk.touch(type);
    try {
      return await route(message, senderOf(sender));
    } finally {
      if (type) desk.touch(type);
    }
  });
  registerNoteMenu();
  // Compile the matcher (and let the engine compile its regular expression) while nothing waits.
  setTimeout(() => painMedicineMatcher().match('spinal cord stimulation'), 0);
});

/** The legend's display choices, sent with each scan's answer (the page need not read storage). */
async function readDisplay() {
  try {
    return toDisplaySettings((await browser.storage.local.get(DISPLAY_KEY))[DISPLAY_KEY]);
  } catch {
    return toDisplaySettings(null);
  }
}

function senderOf(sender: { tab?: { id?: number }; frameId?: number; url?: string }): Sender {
  return { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
}
