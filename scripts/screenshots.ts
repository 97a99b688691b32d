import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/support/chromium';
import { DEMO_PAGES, type DemoSite } from './demo-site';

/** The demo user's own notes, so the screenshots show the desk as it is used. */
const SAMPLE_NOTES = {
  programKey: 'wustl.localhost/pain-medicine',
  text: 'Strong research track. Ask how many SCS implants fellows place as primary.',
  rating: 4,
  tags: ['research', 'midwest'],
};

/**
 * Headless start mode: screenshots of each demo page, of the popup over a program page and of the
 * full view, in light and dark, for the README.
 */
export async function saveScreenshots(browser: ExtensionBrowser, site: DemoSite, outDir: string) {
  const pages: Page[] = [];
  for (const demo of DEMO_PAGES) {
    const page = await browser.context.newPage();
    await page.goto(site.url(demo.id));
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(outDir, `page-${demo.id}.png`), fullPage: false });
    pages.push(page);
  }
  const base = `chrome-extension://${browser.extensionId}`;
  const desk = await browser.context.newPage();
  await desk.goto(`${base}/desk.html`);
  await desk.evaluate(async (notes) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
    };
    await chrome.runtime.sendMessage({ type: 'save-program-notes', notes });
    await chrome.runtime.sendMessage({
      type: 'save-weights',
      weights: { 'spinal-cord-stimulation': 3, vacationDays: 2 },
    });
  }, SAMPLE_NOTES);
  const wustl = site.url('wustl-full');
  const tabId = await desk.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
    };
    return (await chrome.tabs.query({ url }))[0]?.id ?? null;
  }, wustl);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 720, height: 600 });
  await desk.setViewportSize({ width: 1360, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`${base}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`);
    await popup.waitForSelector('[data-testid="comparison"], .empty');
    // The comparison paints its first groups first and the rest a frame later.
    await popup.waitForTimeout(300);
    // The whole popup, as it scrolls: a real popup is at most 600 px high.
    await popup.screenshot({ path: join(outDir, `popup-${scheme}.png`), fullPage: true });
    await desk.emulateMedia({ colorScheme: scheme });
    await desk.reload();
    await desk.waitForSelector('[data-testid="comparison"], .empty');
    await desk.waitForTimeout(300);
    await desk.screenshot({ path: join(outDir, `full-view-${scheme}.png`) });
  }
  await Promise.all([...pages, desk, popup].map((p) => p.close()));
}
