import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request, Worker } from 'playwright-core';
import { DEMO_PAGES } from '../../scripts/demo-site';
import { DeskPage, type ChromeApi } from './support/desk-page';
import { useExtensionRun } from './support/extension-run';
import { selectText } from './support/selection';
import { writeNoteInFrame } from './support/note-frame';
import { waitFor } from './support/wait';

/** One request as the browser made it, and who made it. */
interface Seen {
  url: string;
  by: 'service-worker' | 'extension-page' | 'web-page' | 'navigation' | 'unknown';
  /** The page (frame) or worker that made it, as it was when it did. */
  initiator: string;
  navigation: boolean;
}

const CANARY = '/__privacy-canary/';

describe('Chromium: privacy — the extension sends nothing to any host but the page’s own', () => {
  const run = useExtensionRun();
  const seen: Seen[] = [];
  let worker: Worker;
  const pages: Page[] = [];
  // The note frame's address uses the extension's dynamic id (a new one each session).
  let noteFrameHost = '';

  const record = (request: Request) => {
    const sw = request.serviceWorker();
    if (sw)
      return void seen.push({
        url: request.url(),
        by: 'service-worker',
        initiator: sw.url(),
        navigation: false,
      });
    let initiator = '';
    try {
      initiator = request.frame().url();
    } catch {
      // No frame (and no service worker): counted as unknown, which no rule allows off the machine.
    }
    const navigation = request.isNavigationRequest();
    const by = navigation
      ? 'navigation'
      : initiator.startsWith('chrome-extension://')
        ? 'extension-page'
        : /^https?:/.test(initiator)
          ? 'web-page'
          : 'unknown';
    seen.push({ url: request.url(), by, initiator, navigation });
  };

  /** Why a request breaks the rule, or null when it keeps to the machine and to its own page. */
  function offence(r: Seen): string | null {
    const url = new URL(r.url);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return null;
    if (url.protocol === 'chrome-extension:')
      return url.host === run.browser.extensionId || url.host === noteFrameHost ? null : 'another extension';
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `a ${url.protocol} request`;
    if (!demoHosts().has(url.host)) return 'a host other than the demo site (the only one on this machine)';
    // On the machine, and still: only the page's own origin (or a page the test navigated to).
    if (r.navigation) return null;
    if (r.by === 'web-page')
      return new URL(r.initiator).origin === url.origin ? null : 'another site than the page’s';
    return `the ${r.by} reaching a web page`;
  }

  function demoHosts() {
    const port = run.site.port;
    return new Set([...DEMO_PAGES.map((p) => `${p.host}:${port}`), `localhost:${port}`, `127.0.0.1:${port}`]);
  }

  async function visit(id: string) {
    const page = await run.browser.context.newPage();
    await page.goto(run.site.url(id));
    pages.push(page);
    return page;
  }

  test('the recorder sees requests of web pages, extension pages and the extension’s service worker', async () => {
    run.browser.context.on('request', record);
    worker = run.browser.worker;
    // Stop the extension's worker (as MV3 stops an idle one), so its start-up is recorded too: the
    // full view's first request starts it again.
    const started = await worker.evaluate(() => performance.timeOrigin);
    const probe = await run.browser.context.newPage();
    const cdp = await run.browser.context.newCDPSession(probe);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await probe.close();

    const canary = (from: string) => `http://127.0.0.1:${run.site.port}${CANARY}${from}`;
    await sendCanary(await visit('article'), canary('web-page'));
    const desk = await DeskPage.openFull(run.browser.context, run.browser.extensionId);
    await sendCanary(desk.page, canary('extension-page'));
    await desk.page.close();
    const restarted = await worker.evaluate(() => performance.timeOrigin);
    assert.ok(restarted > started, 'the worker did not start again while recorded');
    await sendCanary(worker, canary('service-worker'));
    const canaries = await waitFor(
      async () => seen.filter((r) => r.url.includes(CANARY)).map((r) => [r.url.split(CANARY)[1], r.by]),
      (found) => found.length === 3,
      { what: 'the three canary requests recorded' },
    );
    assert.deepEqual(canaries.sort(), [
      ['extension-page', 'extension-page'],
      ['service-worker', 'service-worker'],
      ['web-page', 'web-page'],
    ]);
  });

  test('visiting every demo page, and using the in-page note, the popup and the full view, reaches no other host', async () => {
    const rush = await visit('rush');
    for (const id of ['wustl-overview', 'wustl-full', 'listicle']) await visit(id);

    // The annotator runs on the program page: a passage note saved from the page itself.
    await rush.locator('[data-testid="note-selection"]').waitFor();
    await selectText(rush, 'Fellows receive robust training across multiple integrated facilities');
    await rush.locator('[data-testid="note-selection"]').click();
    noteFrameHost = new URL(
      (await rush.locator('[data-testid="note-frame"]').getAttribute('src')) ?? 'about:blank',
    ).host;
    assert.notEqual(noteFrameHost, run.browser.extensionId, 'the note frame uses the dynamic id');
    await writeNoteInFrame(rush, 'Three hospitals');
    await rush.getByText('Your notes · 1').waitFor();

    // The popup over the Rush tab: both programs compared, a note typed, the popup closed at once.
    const popup = await popupOver(rush.url());
    await waitFor(
      async () => (await popup.page.reload(), await popup.ready(), popup.programKeys()),
      (keys) => keys.length === 2,
      { what: 'two programs in the popup' },
    );
    await popup.page.locator('[data-testid="program-notes"]').fill('Ask about SCS case numbers');
    await popup.page.close({ runBeforeUnload: true });

    // The full view: the comparison, JSON and CSV exports, and the JSON imported back.
    const desk = await DeskPage.openFull(run.browser.context, run.browser.extensionId);
    await desk.page.locator('[data-testid="comparison"]').waitFor();
    const [json] = await Promise.all([
      desk.page.waitForEvent('download'),
      desk.page.getByTestId('export-json').click(),
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'lens-privacy-'));
    try {
      const file = join(dir, json.suggestedFilename());
      await json.saveAs(file);
      const exported = await desk.outcome();
      await Promise.all([desk.page.waitForEvent('download'), desk.page.getByTestId('export-csv').click()]);
      const csv = await desk.outcome(exported);
      await desk.page.getByTestId('import-json').setInputFiles(file);
      assert.match(await desk.outcome(csv), /Imported 2 programs/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await desk.page.close();
    // Anything sent late (a timer, a deferred save) is still recorded.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const page of pages) await page.close();

    const checked = seen.filter((r) => !r.url.includes(CANARY));
    const offending = checked.map((r) => ({ ...r, offence: offence(r) })).filter((r) => r.offence);
    assert.deepEqual(offending, [], 'requests that left the page’s own origin or the machine');
    // The recording is live: the demo pages, the extension's own pages and the annotator's work.
    const origins = new Set(checked.map((r) => new URL(r.url).origin));
    for (const id of ['rush', 'wustl-overview', 'wustl-full', 'article', 'listicle'])
      assert.ok(origins.has(new URL(run.site.url(id)).origin), `no request to ${id} was recorded`);
    assert.ok(
      checked.some((r) => r.url.startsWith(`chrome-extension://${run.browser.extensionId}/desk.html`)),
      'the full view was not recorded',
    );
    assert.ok(checked.length > 10, `only ${checked.length} requests recorded`);
  });

  test('pages cannot tell the extension is installed from messages or events it sends them', async () => {
    // What a page's own script could listen to: window messages, and events on the document
    // (WXT's content script context posts both, with the extension's id, on every page).
    const context = run.browser.context;
    const page = await context.newPage();
    await page.addInitScript((extensionId) => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      window.addEventListener('message', (event) => heard.push(`message ${JSON.stringify(event.data)}`));
      // The DOM event WXT's context dispatches is named after the extension's id and script.
      for (const type of [`${extensionId}:program:wxt:content-script-started`])
        document.addEventListener(type, () => heard.push(`event ${type}`));
    }, run.browser.extensionId);
    for (const id of ['article', 'rush']) {
      await page.goto(run.site.url(id));
      if (id === 'rush') await page.locator('[data-testid="legend"]').waitFor();
      else
        await page.waitForFunction(() => performance.getEntriesByName('fellowship-lens:detect').length > 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
      assert.deepEqual(heard, [], `the ${id} page heard from the extension`);
    }
    await page.close();
  });

  /** The popup as it opens over the tab at `url` (it reads that tab's address). */
  async function popupOver(url: string): Promise<DeskPage> {
    const page = await run.browser.context.newPage();
    const base = `chrome-extension://${run.browser.extensionId}`;
    await page.goto(`${base}/popup.html`);
    const tabId = await page.evaluate(async (u) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.tabs.query({ url: u }))[0]?.id ?? null;
    }, url);
    await page.goto(`${base}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`);
    const desk = new DeskPage(page);
    await desk.ready();
    return desk;
  }
});

/** A request from `target` to `url` that the recorder must see (answered or refused by CORS). */
async function sendCanary(target: Pick<Worker, 'evaluate'>, url: string) {
  await target.evaluate((u) => fetch(u).then(String, String), url);
}
