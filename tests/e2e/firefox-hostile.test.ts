import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startDemoSite, type DemoSite } from '../../scripts/demo-site';
import { launchFirefox, type FirefoxExtensionBrowser } from './support/firefox';
import { HOSTILE_HOST, hostileExtraPages, hostilePages } from './support/hostile-pages';
import { openLegend } from './support/legend';
import { waitFor } from './support/wait';

// The hostile pages of hostile.test.ts in the Firefox build, where content scripts run under
// Xray wrappers and the page's CSP is enforced differently: the page keeps working and gets no
// error, the legend renders its text as text, and typing in an editable region is left alone.
describe('Firefox: hostile pages', () => {
  let site: DemoSite;
  let firefox: FirefoxExtensionBrowser;

  before(async () => {
    site = await startDemoSite(0, hostileExtraPages());
    firefox = await launchFirefox({ hosts: [HOSTILE_HOST, 'other.localhost'] });
  });
  after(async () => {
    await firefox?.close();
    await site?.close();
  });

  async function open(which: keyof typeof hostilePages) {
    const page = await firefox.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`http://${HOSTILE_HOST}:${site.port}${hostilePages[which].path}`, { timeout: 60_000 });
    return { page, errors };
  }

  /** The legend's text once the annotator has run, every category open: it is in its shadow root on <html>. */
  async function legend(page: Page, timeout = 20_000) {
    const shown = await waitFor(
      () => page.evaluate(openLegend),
      (l) => l.found && l.listed,
      {
        what: 'the legend',
        timeout,
      },
    );
    return shown.text;
  }

  const beats = (page: Page) => page.evaluate(() => (window as unknown as { beats?: number }).beats ?? -1);

  test('deep and wide DOMs and frames are annotated; the page keeps running and gets no error', async () => {
    for (const which of ['deep', 'wide', 'frames'] as const) {
      const { page, errors } = await open(which);
      assert.match(await legend(page, 40_000), /Spinal cord stimulation/, which);
      const before = await beats(page);
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.ok((await beats(page)) > before, `${which}: the page's script stopped`);
      const scans = await page.evaluate(() => performance.getEntriesByName('fellowship-lens:read').length);
      assert.ok(scans >= 1 && scans <= 2, `${which}: ${scans} scans`);
      // Firefox's own HTML parser reports the 20,000-deep tree (it flattens it): not ours.
      const ours = errors.filter((e) => !/document tree is too deep/.test(e));
      assert.deepEqual(ours, [], which);
      await page.close();
    }
  });

  test('typing in an editable region is left alone: no highlight inside it, the text stays as typed', async () => {
    const { page, errors } = await open('editable');
    await legend(page);
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' and kyphoplasty');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const state = await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      let inside = 0;
      if ('highlights' in CSS)
        CSS.highlights.forEach((h) => h.forEach((r) => void (editor.contains(r.startContainer) && inside++)));
      inside += editor.querySelectorAll('mark').length;
      return { text: editor.textContent, inside };
    });
    assert.deepEqual(state, { text: 'Draft: spinal cord stimulation and kyphoplasty', inside: 0 });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the strictest CSP: the page is annotated and the legend is styled', async () => {
    const { page, errors } = await open('strictCsp');
    await legend(page);
    const position = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('fellowship-lens-ui')!.shadowRoot!.querySelector('.panel')!)
          .position,
    );
    assert.equal(position, 'fixed');
    assert.deepEqual(
      errors.filter((e) => /fellowship|extension/i.test(e)),
      [],
    );
    await page.close();
  });

  test('markup and script in the title and text stay text in the page and the legend', async () => {
    const { page, errors } = await open('markup');
    await legend(page);
    const elements = await page.evaluate(() => ({
      page: document.querySelectorAll('img, body script').length,
      legend: document.querySelector('fellowship-lens-ui')!.shadowRoot!.querySelectorAll('img, script')
        .length,
    }));
    assert.deepEqual(elements, { page: 0, legend: 0 });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
