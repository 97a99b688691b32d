import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumPath } from './support/browsers';
import { churningPage, growingPage, longProgramPage, singlePageSite } from './support/dynamic-pages';
import { pageCanRead, writeNoteInFrame } from './support/note-frame';
import { useExtensionRun } from './support/extension-run';
import { highlightedTexts, pointOfWord } from './support/highlights';
import { waitFor } from './support/wait';

describe('Chromium: in-page annotation', () => {
  const run = useExtensionRun([growingPage, churningPage, singlePageSite, longProgramPage]);

  async function annotated(id: string) {
    const page = await run.browser.context.newPage();
    await page.goto(run.site.url(id));
    await waitFor(
      () => highlightedTexts(page),
      (h) => Object.keys(h).length > 0,
      { what: `highlights on ${id}` },
    );
    return page;
  }

  test('program pages get highlights under fellowship-lens- names covering the expected terms', async () => {
    const page = await annotated('wustl-full');
    const highlights = await highlightedTexts(page);
    assert.deepEqual(Object.keys(highlights).sort(), [
      'fellowship-lens-benefit',
      'fellowship-lens-procedure',
    ]);
    const procedures = highlights['fellowship-lens-procedure']!;
    for (const term of [
      'Dorsal Column SCS',
      'Intrathecal pump trial',
      'Qutenza',
      'Celiac plexus block',
      'Vertiflex',
      'TAP Block',
    ]) {
      assert.ok(procedures.includes(term), `${term} is highlighted (got ${procedures.length} ranges)`);
    }
    for (const term of ['vacation days', 'ASRA membership', 'Discretionary Fund']) {
      assert.ok(highlights['fellowship-lens-benefit']!.includes(term), `${term} is highlighted as a benefit`);
    }
    await page.close();
  });

  test("annotation leaves the page's body byte-identical", async () => {
    const plain = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox'],
    });
    for (const id of ['rush', 'wustl-overview', 'wustl-full']) {
      const reference = await plain.newPage();
      await reference.goto(run.site.url(id));
      const before = await reference.evaluate(() => document.body.innerHTML);
      const page = await annotated(id);
      assert.equal(await page.evaluate(() => document.body.innerHTML), before, `${id}: body unchanged`);
      assert.equal(await page.locator('fellowship-lens-ui').count(), 1, `${id}: one UI host`);
      assert.equal(
        await page.evaluate(() => document.querySelector('body fellowship-lens-ui')),
        null,
        `${id}: UI outside body`,
      );
      await Promise.all([page.close(), reference.close()]);
    }
    await plain.close();
  });

  test('hovering a highlighted abbreviation shows its canonical name', async () => {
    const page = await annotated('wustl-full');
    const point = await pointOfWord(page, 'main p', 'VTP');
    await page.mouse.move(point.x, point.y);
    const card = page.locator('fellowship-lens-ui [data-testid="card-name"]');
    await card.waitFor({ state: 'visible' });
    assert.equal(await card.textContent(), 'Percutaneous vertebroplasty');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.close();
  });

  test('from the hover card, a note on the program about an item is typed in the note frame and saved', async () => {
    const page = await annotated('wustl-full');
    const point = await pointOfWord(page, 'main p', 'VTP');
    await page.mouse.move(point.x, point.y);
    const about = 'Note on this program about Percutaneous vertebroplasty';
    await page.locator('fellowship-lens-ui').getByRole('button', { name: about }).click();
    // What is typed survives the frame going away unsaved (here the page reloads).
    await page.bringToFront();
    await page
      .frameLocator('[data-testid="note-frame"]')
      .getByRole('textbox', { name: about })
      .fill('Ask how');
    await page.reload();
    await page.locator('fellowship-lens-ui [data-testid="legend"]').waitFor();
    await page.mouse.move(0, 0);
    const again = await pointOfWord(page, 'main p', 'VTP');
    await page.mouse.move(again.x, again.y);
    await page.locator('fellowship-lens-ui').getByRole('button', { name: about }).click();
    const box = page.frameLocator('[data-testid="note-frame"]').getByRole('textbox', { name: about });
    await waitFor(
      () => box.inputValue(),
      (v) => v === 'Ask how',
      { what: 'the unsaved draft back' },
    );
    await writeNoteInFrame(page, 'Ask how many VTPs fellows do', about);
    assert.equal(await pageCanRead(page, 'Ask how many VTPs fellows do'), false);
    // Stored with its item: the background has it.
    const notes = await run.browser.worker.evaluate(async () => {
      return new Promise<Array<{ text: string; itemId: string | null }>>((resolve, reject) => {
        const open = indexedDB.open('fellowship-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').getAll();
          request.onsuccess = () => resolve(request.result as Array<{ text: string; itemId: string | null }>);
          request.onerror = () => reject(request.error);
        };
      });
    });
    assert.ok(
      notes.some((n) => n.text === 'Ask how many VTPs fellows do' && n.itemId === 'vertebroplasty'),
      JSON.stringify(notes),
    );
    await page.close();
  });

  test('the legend opens a category and an item from the keyboard, and Escape returns focus', async () => {
    const page = await annotated('rush');
    const legend = page.locator('fellowship-lens-ui [data-testid="legend"]');
    const item = legend.locator('button[data-id="spinal-cord-stimulation"]');
    // A category lists its items once opened.
    assert.equal(await item.count(), 0);
    await legend.locator('.category button.disclose', { hasText: 'Neuromodulation' }).focus();
    await page.keyboard.press('Enter');
    await item.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('fellowship-lens-ui [data-testid="card-name"]');
    await card.waitFor({ state: 'visible' });
    assert.equal(await card.textContent(), 'Spinal cord stimulation');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    assert.equal(
      await item.evaluate(
        (el) =>
          el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el,
      ),
      true,
    );
    await page.close();
  });

  test('switching a kind off removes its highlights, and the choice is remembered', async () => {
    const page = await annotated('rush');
    const toggle = page.locator('fellowship-lens-ui input[data-kind="procedure"]');
    await toggle.uncheck();
    await waitFor(
      () => highlightedTexts(page),
      (h) => !('fellowship-lens-procedure' in h),
      { what: 'procedure highlights removed' },
    );
    const again = await run.browser.context.newPage();
    await again.goto(run.site.url('wustl-overview'));
    await again.locator('fellowship-lens-ui [data-testid="legend"]').waitFor();
    await again.waitForTimeout(300);
    assert.equal(
      'fellowship-lens-procedure' in (await highlightedTexts(again)),
      false,
      'still off on the next page',
    );
    await again.locator('fellowship-lens-ui input[data-kind="procedure"]').check();
    await waitFor(
      () => highlightedTexts(again),
      (h) => 'fellowship-lens-procedure' in h,
      { what: 'procedure highlights back' },
    );
    await Promise.all([page.close(), again.close()]);
  });

  test('the article and the listicle get no highlights unless asked for from the popup', async () => {
    for (const id of ['article', 'listicle']) {
      const page = await run.browser.context.newPage();
      await page.goto(run.site.url(id));
      await page.waitForTimeout(700);
      assert.deepEqual(await highlightedTexts(page), {}, `${id}: no highlights`);
      assert.equal(await page.locator('fellowship-lens-ui').count(), 0, `${id}: no UI`);
      const popup = await run.browser.context.newPage();
      await popup.goto(`chrome-extension://${run.browser.extensionId}/popup.html`);
      const tabId = await popup.evaluate(async (url) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
        };
        return (await chrome.tabs.query({ url }))[0]?.id;
      }, run.site.url(id));
      await popup.goto(`chrome-extension://${run.browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByTestId('highlight-page').click();
      await popup.getByText('Highlighted.').waitFor();
      const highlights = await waitFor(
        () => highlightedTexts(page),
        (h) => Object.keys(h).length > 0,
        { what: `highlights on ${id}` },
      );
      assert.ok(highlights['fellowship-lens-procedure']!.length > 0);
      await Promise.all([page.close(), popup.close()]);
    }
  });

  test('a page that adds content later gets it highlighted', async () => {
    const page = await run.browser.context.newPage();
    await page.goto(`http://${growingPage.host}:${run.site.port}${growingPage.path}`);
    const highlights = await waitFor(
      () => highlightedTexts(page),
      (h) => (h['fellowship-lens-procedure'] ?? []).includes('kyphoplasty'),
      { what: 'the added kyphoplasty highlighted', timeout: 8000 },
    );
    assert.ok(highlights['fellowship-lens-procedure']!.includes('spinal cord stimulation'));
    await page.close();
  });

  test('a long page is painted where the reader is, and again where they scroll to', async () => {
    const page = await run.browser.context.newPage();
    await page.goto(`http://${longProgramPage.host}:${run.site.port}${longProgramPage.path}`);
    /** How many ranges are painted, and how many of them are in the last paragraph. */
    const painted = () =>
      page.evaluate(() => {
        const end = document.getElementById('end')!;
        let total = 0;
        let inEnd = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('fellowship-lens-')) return;
          for (const range of highlight as unknown as Iterable<AbstractRange>) {
            total += 1;
            if (end.contains(range.startContainer)) inEnd += 1;
          }
        });
        return { total, inEnd };
      });
    const first = await waitFor(painted, (p) => p.total > 0, { what: 'highlights on the long page' });
    // 1,200 matches: a window of them around the top, not the end of the page.
    assert.ok(first.total < 1200, `painted ${first.total} of 1,200`);
    assert.equal(first.inEnd, 0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const after = await waitFor(painted, (p) => p.inEnd === 3, { what: 'the last paragraph painted' });
    assert.ok(after.total < 1200, `painted ${after.total} of 1,200`);
    await page.close();
  });

  test('a single-page site is read again when it navigates in the page, and annotated on its program view', async () => {
    const page = await run.browser.context.newPage();
    await page.goto(`http://${singlePageSite.host}:${run.site.port}${singlePageSite.path}`);
    // The home view names no fellowship: the detector reads it and stops.
    await page.waitForFunction(() => performance.getEntriesByName('fellowship-lens:detect').length === 1);
    assert.equal(await page.locator('fellowship-lens-ui').count(), 0);
    const highlights = await waitFor(
      () => highlightedTexts(page),
      (h) => (h['fellowship-lens-procedure'] ?? []).includes('spinal cord stimulation'),
      { what: 'the program view highlighted after pushState', timeout: 8000 },
    );
    assert.ok(page.url().endsWith('/pain-medicine-fellowship/'));
    assert.ok(Object.keys(highlights).length > 0);
    await page.close();
  });

  test('a page that re-renders forever gets a bounded number of rescans', async () => {
    const page = await run.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://${churningPage.host}:${run.site.port}${churningPage.path}`);
    await page.waitForTimeout(6000);
    const scans = await page.evaluate(() => performance.getEntriesByName('fellowship-lens:read').length);
    // 60 body replacements in 6 s; the watcher allows at most 8 rescans per 10 s (plus the first scan).
    assert.ok(scans >= 2 && scans <= 9, `${scans} scans`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
