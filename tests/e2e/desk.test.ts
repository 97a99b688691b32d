import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../../scripts/demo-site';
import { launchChromium } from './support/chromium';
import { DeskPage, type ChromeApi } from './support/desk-page';
import { useExtensionRun } from './support/extension-run';
import { selectText } from './support/selection';
import { pageCanRead, writeNoteInFrame } from './support/note-frame';
import { waitFor } from './support/wait';

const RUSH_PASSAGE = 'Fellows receive robust training across multiple integrated facilities';

describe('Chromium: the desk (popup, full view, notes, export and import)', () => {
  const run = useExtensionRun();
  const open: Page[] = [];

  async function visit(id: string) {
    const page = await run.browser.context.newPage();
    await page.goto(run.site.url(id));
    open.push(page);
    return page;
  }

  /** The popup as it opens over the tab at `url` (it reads that tab's address). */
  async function popupOver(url: string | null = null): Promise<DeskPage> {
    const probe = await run.browser.context.newPage();
    const base = `chrome-extension://${run.browser.extensionId}`;
    await probe.goto(`${base}/popup.html`);
    const tabId = url
      ? await probe.evaluate(async (u) => {
          const { chrome } = globalThis as unknown as { chrome: ChromeApi };
          return (await chrome.tabs.query({ url: u }))[0]?.id ?? null;
        }, url)
      : null;
    await probe.goto(`${base}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`);
    const desk = new DeskPage(probe);
    await desk.ready();
    return desk;
  }

  async function programCount(desk: DeskPage, count: number) {
    return waitFor(
      async () => (await desk.page.reload(), await desk.ready(), desk.programKeys()),
      (keys) => keys.length >= count,
      { what: `${count} stored programs` },
    );
  }

  test('after Rush and both Washington University pages the popup compares two programs, with evidence links', async () => {
    await visit('rush');
    await visit('wustl-overview');
    const curriculum = await visit('wustl-full');
    const desk = await popupOver();
    await programCount(desk, 2);
    // The analyses arrive after the visits: wait for the WUSTL stipend to be compared.
    const stipend = await waitFor(
      async () => (await desk.page.reload(), await desk.ready(), desk.cells('stipend')),
      (cells) => cells.some((c) => c.text === '$80,372'),
      { what: 'the WUSTL stipend in the comparison' },
    );
    assert.equal(stipend.length, 2);
    assert.ok(
      stipend.some((c) => c.state === 'not-stated'),
      JSON.stringify(stipend),
    );
    const procedures = await desk.page.locator('tbody tr[data-row]').count();
    assert.ok(procedures > 10, `only ${procedures} rows compared`);

    // The link opens the curriculum page at the sentence that states the stipend.
    const link = stipend.find((c) => c.text === '$80,372')!.href!;
    assert.match(
      link,
      /^http:\/\/wustl\.localhost:\d+\/education\/pain-medicine-fellowship\/curriculum\/#:~:text=/,
    );
    const [opened] = await Promise.all([
      run.browser.context.waitForEvent('page'),
      desk.page.locator('tbody[data-group="facts"] tr[data-row="stipend"] a', { hasText: '$80,372' }).click(),
    ]);
    await opened.waitForLoadState('load');
    assert.equal(opened.url().split('#')[0], curriculum.url());
    const visible = await waitFor(
      () =>
        opened.evaluate(() => {
          const cell = [...document.querySelectorAll('td, p, li')].find((e) =>
            e.textContent?.includes('80,372'),
          );
          const rect = cell?.getBoundingClientRect();
          return rect ? rect.top >= 0 && rect.bottom <= innerHeight && scrollY > 0 : false;
        }),
      Boolean,
      { what: 'the stipend sentence scrolled into view' },
    );
    assert.ok(visible);
    open.push(opened);
    await desk.page.close();
  });

  test('the toolbar badge counts the catalog items of a recognised page', async () => {
    const page = open[0]!;
    const badge = await waitFor(
      () =>
        run.browser.worker.evaluate(async (url) => {
          const { chrome } = globalThis as unknown as { chrome: ChromeApi };
          const [tab] = await chrome.tabs.query({ url });
          return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
        }, page.url()),
      (text) => /^\d+$/.test(text),
      { what: 'a numeric badge on the Rush tab' },
    );
    assert.ok(Number(badge) >= 10, badge);
  });

  test('a note typed in the popup and the popup closed at once is there on reopening, and after a restart', async () => {
    const rush = open[0]!;
    let desk = await popupOver(rush.url());
    assert.equal(await desk.cardHeading(), 'This page');
    await desk.page.locator('[data-testid="program-notes"]').fill('Ask about SCS case numbers');
    // Closed at once: well within the autosave's pause.
    await desk.page.close({ runBeforeUnload: true });
    desk = await popupOver(rush.url());
    await waitFor(
      async () => (await desk.page.reload(), await desk.ready(), desk.notesText()),
      (text) => text === 'Ask about SCS case numbers',
      { what: 'the note after reopening' },
    );
    await desk.page.close();

    await run.restart();
    open.length = 0;
    const again = await visit('rush');
    desk = await popupOver(again.url());
    assert.equal(await desk.notesText(), 'Ask about SCS case numbers');
    await desk.page.close();
  });

  test('a note saved while the browser stops the service worker is not lost', async () => {
    const rush = open[0]!;
    const desk = await popupOver(rush.url());
    const cdp = await desk.page.context().newCDPSession(desk.page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.endsWith('/background.js')) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await desk.page.locator('[data-testid="program-notes"]').fill('Saved through a worker restart');
    // MV3 stops idle workers whenever it likes: here, in the middle of the autosave.
    await desk.page.waitForTimeout(380);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await desk.page.waitForTimeout(50);
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Exactly "Saved": "Not saved: …" would match a plain substring.
    await desk.page.locator('.save-state', { hasText: /^Saved$/ }).waitFor({ timeout: 20_000 });
    // The worker was stopped, and started again by the save or its retry.
    const stopped = statuses.indexOf('stopped');
    assert.ok(stopped >= 0 && statuses.indexOf('running', stopped) > stopped, statuses.join(' → '));
    await desk.page.close();
    const again = await popupOver(rush.url());
    assert.equal(await again.notesText(), 'Saved through a worker restart');
    await again.page.close();
  });

  test('a passage note re-attaches on revisit, after the text around it changes, and is shown unplaced when gone', async () => {
    const rush = open[0]!;
    await rush.reload();
    await rush.locator('[data-testid="note-selection"]').waitFor();
    await selectText(rush, RUSH_PASSAGE);
    await rush.locator('[data-testid="note-selection"]').click();
    // Typed in the extension's own frame: the page's scripts never see the note's text.
    await writeNoteInFrame(rush, 'Three hospitals: good variety');
    assert.equal(
      await waitFor(() => noteHighlight(rush), Boolean, { what: 'the new note painted' }),
      RUSH_PASSAGE,
    );
    await rush.getByText('Your notes · 1').waitFor();
    assert.equal(await pageCanRead(rush, 'Three hospitals: good variety'), false);
    // (What the page can read, for contrast: the legend's own text.)
    assert.equal(await pageCanRead(rush, 'Your notes · 1'), true);

    await rush.reload();
    assert.equal(
      await waitFor(() => noteHighlight(rush), Boolean, { what: 'the note painted again' }),
      RUSH_PASSAGE,
    );

    // The page changes: new text before the passage, and a word inside it.
    await serveEdited(rush, (html) =>
      html
        .replace('<main', '<main><p>Applications for 2027 open on July 1.</p')
        .replace('robust training', 'extensive training'),
    );
    await rush.reload();
    assert.equal(
      await waitFor(
        () => noteHighlight(rush),
        (t) => t !== RUSH_PASSAGE && t !== null,
        { what: 'the note on the changed page' },
      ),
      RUSH_PASSAGE.replace('robust', 'extensive'),
    );

    // The passage is gone: the note is listed as unplaced, not dropped.
    await run.browser.context.unroute(rush.url());
    await serveEdited(rush, (html) =>
      html.replace(/Fellows receive robust training[^<]*/, 'Our sites are listed below.'),
    );
    await rush.reload();
    await rush.locator('[data-testid="unplaced"]').waitFor();
    assert.equal(await noteHighlight(rush), null);
    assert.match(
      (await rush.locator('[data-testid="unplaced"]').locator('..').textContent()) ?? '',
      /Fellows receive robust training/,
    );
    await run.browser.context.unroute(rush.url());

    // Back to the original page: the first note is placed again.
    await rush.reload();
    await waitFor(
      () => noteCount(rush),
      (n) => n === 1,
      { what: 'the first note placed again' },
    );
    // The context menu's "add a note" on a selection opens the same form (the menu itself is the
    // browser's: the background's message to the page is what it sends).
    await selectText(rush, 'Training is grounded in a structured academic foundation');
    await run.browser.worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: ChromeApi & { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
      };
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'fellowship-lens:note-selection' });
    }, rush.url());
    await writeNoteInFrame(rush, 'Didactics every week');
    assert.equal(
      await waitFor(
        () => noteCount(rush),
        (n) => n === 2,
        { what: 'two notes painted' },
      ),
      2,
    );
  });

  test('export then import into a fresh profile reproduces the comparison; a malformed file changes nothing', async () => {
    const desk = await DeskPage.openFull(run.browser.context, run.browser.extensionId);
    const [download] = await Promise.all([
      desk.page.waitForEvent('download'),
      desk.page.getByTestId('export-json').click(),
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'lens-export-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    assert.match(download.suggestedFilename(), /^fellowship-lens-\d{4}-\d{2}-\d{2}\.json$/);
    const [csv] = await Promise.all([
      desk.page.waitForEvent('download'),
      desk.page.getByTestId('export-csv').click(),
    ]);
    const csvText = await readFile(await csv.path(), 'utf8');
    assert.equal(csvText.trim().split('\r\n').length, 3, 'a header and one row per program');
    const expected = await desk.comparisonText();
    await desk.page.close();

    const profile = await mkdtemp(join(tmpdir(), 'lens-import-'));
    const fresh = await launchChromium(profile);
    try {
      const target = await DeskPage.openFull(fresh.context, fresh.extensionId);
      // Malformed files first: each is refused with a reason, and the empty desk stays empty.
      const bad = [
        ['truncated.json', (await readFile(file, 'utf8')).slice(0, 500), /not valid JSON/],
        ['other.json', '{"hello": "world"}', /not a Fellowship Lens export/],
        ['newer.json', '{"format":"fellowship-lens-export","schemaVersion":9}', /schema version 9/],
      ] as const;
      let shown: string | null = null;
      for (const [name, content, message] of bad) {
        const path = join(dir, name);
        await writeFile(path, content);
        await target.page.getByTestId('import-json').setInputFiles(path);
        shown = await target.outcome(shown);
        assert.match(shown, message);
        assert.deepEqual(await target.programKeys(), []);
      }
      await target.page.getByTestId('import-json').setInputFiles(file);
      assert.match(await target.outcome(shown), /Imported 2 programs/);
      await target.page.locator('[data-testid="comparison"]').waitFor();
      assert.equal(await target.comparisonText(), expected);
    } finally {
      await fresh.close();
      await rm(profile, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Serves the Rush demo page at its address, edited: the same URL with changed text, as a site update would. */
async function serveEdited(page: Page, edit: (html: string) => string) {
  const rush = DEMO_PAGES.find((p) => p.id === 'rush')!;
  const html = await readFile(new URL(`../fixtures/pages/${rush.file}`, import.meta.url), 'utf8');
  await page
    .context()
    .route(page.url(), (route) =>
      route.fulfill({ body: edit(html), contentType: 'text/html; charset=utf-8' }),
    );
}

function noteCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('fellowship-lens-note')?.size ?? 0);
}

/** The text under the note highlight, or null when nothing is painted. */
function noteHighlight(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('fellowship-lens-note');
    const [range] = highlight ? [...highlight] : [];
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  });
}
