import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DeskPage } from './support/desk-page';
import { useExtensionRun } from './support/extension-run';
import { highlightedTexts } from './support/highlights';
import { HOSTILE_HOST, hostileExtraPages, hostilePages } from './support/hostile-pages';
import { waitFor } from './support/wait';

// Pages that try to break the extension. On each: the page keeps working, its console gets no
// error from the extension, the extension does its work (or declines) without looping, and what
// it shows of the page is text.
describe('Chromium: hostile pages', () => {
  const run = useExtensionRun(hostileExtraPages());

  async function open(which: keyof typeof hostilePages) {
    const page = await run.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`http://${HOSTILE_HOST}:${run.site.port}${hostilePages[which].path}`, {
      timeout: 60_000,
    });
    return { page, errors };
  }

  /** Waits for the annotator's first paint: its highlights are registered. */
  async function painted(page: Page, timeout = 20_000) {
    return waitFor(
      () => highlightedTexts(page),
      (h) => (h['fellowship-lens-procedure'] ?? []).length > 0,
      {
        timeout,
        what: 'highlights on the page',
      },
    );
  }

  /** The page's own script still runs, and how many scans the extension made. */
  async function health(page: Page) {
    return page.evaluate(() => ({
      beats: (window as unknown as { beats?: number }).beats ?? null,
      scans: performance.getEntriesByName('fellowship-lens:read').length,
    }));
  }

  test('a 5 MB page is annotated and keeps running', async () => {
    const { page, errors } = await open('huge');
    await painted(page, 60_000);
    const before = await health(page);
    await page.waitForTimeout(500);
    const after = await health(page);
    assert.ok(after.beats! > before.beats!, 'the page script stopped');
    assert.equal(after.scans, 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a 20,000-deep and a 60,000-wide DOM are annotated without errors', async () => {
    for (const which of ['deep', 'wide'] as const) {
      const { page, errors } = await open(which);
      const highlights = await painted(page, 30_000);
      if (which === 'deep') assert.ok(highlights['fellowship-lens-procedure']!.includes('kyphoplasty'));
      assert.deepEqual(errors, [], which);
      assert.ok((await health(page)).beats! > 0);
      await page.close();
    }
  });

  test('frames (same- and cross-origin) and shadow roots break nothing; the main page is annotated', async () => {
    const { page, errors } = await open('frames');
    await painted(page);
    await page.waitForTimeout(1000);
    assert.deepEqual(errors, []);
    assert.equal(
      await page.frameLocator('iframe').first().locator('p').textContent(),
      'Fellows perform kyphoplasty.',
    );
    assert.match(
      (await page.locator('fellowship-card').evaluate((el) => el.shadowRoot?.textContent)) ?? '',
      /vertebroplasty/,
    );
    await page.close();
  });

  test('typing in an editable region is left alone: no highlight inside it, the text stays as typed', async () => {
    const { page, errors } = await open('editable');
    await painted(page);
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' and kyphoplasty');
    await page.waitForTimeout(1500);
    assert.equal(
      await page.locator('#editor').textContent(),
      'Draft: spinal cord stimulation and kyphoplasty',
    );
    const texts = await highlightedTexts(page);
    const insideEditor = await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      let inside = 0;
      CSS.highlights.forEach((h) => h.forEach((r) => void (editor.contains(r.startContainer) && inside++)));
      return inside;
    });
    assert.equal(insideEditor, 0, JSON.stringify(texts));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a page with the strictest Content-Security-Policy is annotated, and its legend is styled', async () => {
    const { page, errors } = await open('strictCsp');
    await painted(page);
    const position = await page
      .locator('fellowship-lens-ui')
      .evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.panel')!).position);
    assert.equal(position, 'fixed');
    assert.deepEqual(
      errors.filter((e) => /fellowship|extension/i.test(e)),
      [],
    );
    await page.close();
  });

  test('markup and script in the title and text stay text: in the page, the legend and the popup', async () => {
    const { page, errors } = await open('markup');
    await painted(page);
    assert.equal(await page.locator('img').count(), 0);
    const legend = await page.locator('fellowship-lens-ui').evaluate((host) => ({
      text: host.shadowRoot!.textContent ?? '',
      images: host.shadowRoot!.querySelectorAll('img, script').length,
    }));
    assert.equal(legend.images, 0);
    const desk = await DeskPage.openFull(run.browser.context, run.browser.extensionId);
    // Every hostile page is on one site: one program, whose card lists the pages by their titles.
    const titles = await waitFor(
      async () => (
        await desk.page.reload(),
        await desk.ready(),
        desk.page.locator('[data-testid="program-card"] .card__pages a').allTextContents()
      ),
      (list) => list.some((t) => t.includes('<img')),
      { what: 'the page titled with markup, shown as text' },
    );
    assert.ok(
      titles.some((t) => t.includes('<img src=x onerror=alert(1)>')),
      titles.join(' / '),
    );
    assert.equal(await desk.page.locator('img:not([alt])').count(), 0);
    assert.deepEqual(errors, []);
    await Promise.all([page.close(), desk.page.close()]);
  });
});
