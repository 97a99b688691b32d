import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoSite, type DemoSite } from '../../scripts/demo-site';
import { launchFirefox, type FirefoxExtensionBrowser } from './support/firefox';
import { selectFirst } from './support/selection';
import { openLegend } from './support/legend';
import { waitFor } from './support/wait';

// A smoke test of the Firefox build: it installs, recognises a program page, and its popup lists it.
describe('Firefox: smoke test of the Firefox build', () => {
  let site: DemoSite;
  let firefox: FirefoxExtensionBrowser;

  before(async () => {
    site = await startDemoSite();
    firefox = await launchFirefox();
  });
  after(async () => {
    await firefox?.close();
    await site?.close();
  });

  test('a program page is stored and listed in the popup; a look-alike is not', async () => {
    const program = await firefox.browser.newPage();
    await program.goto(site.url('rush'));
    const article = await firefox.browser.newPage();
    await article.goto(site.url('article'));
    const popup = await firefox.openPopup();
    const keys = await waitFor(
      async () => {
        // See openPopup: Puppeteer misses the end of moz-extension:// navigations in Firefox.
        await popup.reload({ waitUntil: 'domcontentloaded', timeout: 2000 }).catch(() => {});
        await popup.waitForSelector('[data-testid="program-list"], .muted');
        return popup.$$eval('[data-program-key]', (items) =>
          items.map((i) => i.getAttribute('data-program-key')),
        );
      },
      (found) => found.length >= 1,
      { what: 'the Rush program in the Firefox popup', timeout: 15_000 },
    );
    assert.deepEqual(keys, ['rush.localhost/pain-medicine']);
  });

  test('the annotator is injected into the program page and paints its highlights', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(site.url('wustl-full'));
    const legend = await waitFor(
      () => page.evaluate(openLegend),
      (l) => l.found && l.listed,
      {
        what: 'the legend in Firefox, its categories open',
        timeout: 15_000,
      },
    );
    assert.match(legend.text, /Spinal cord stimulation/);
    const painted = await page.evaluate(() =>
      'highlights' in CSS
        ? CSS.highlights.has('fellowship-lens-procedure')
        : document.querySelectorAll('mark[data-fellowship-lens]').length > 0,
    );
    assert.equal(painted, true);
  });

  test('a passage note is typed in the extension’s frame, out of the page’s reach, and saved', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(site.url('rush'));
    // Polled: Puppeteer's waitForSelector through `>>>` watches the document's mutations, not the
    // shadow root's, and missed the legend filled in after its host was added (2 runs in 10).
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('fellowship-lens-ui')
          ?.shadowRoot?.querySelector('[data-testid="note-selection"]'),
      { polling: 100, timeout: 15_000 },
    );
    await page.evaluate(selectFirst, 'Fellows receive robust training');
    await page.click('fellowship-lens-ui >>> [data-testid="note-selection"]');
    // Puppeteer over BiDi misses the end of moz-extension:// navigations (see openPopup): the
    // frame is the page's child frame, whatever address it reports.
    const frame = await waitFor(
      async () => {
        for (const child of page.mainFrame().childFrames()) {
          const found = await child.$('textarea').catch(() => null);
          if (found) return child;
        }
        return null;
      },
      Boolean,
      { what: 'the note frame in Firefox', timeout: 10_000 },
    );
    await frame!.waitForSelector('textarea');
    await frame!.type('textarea', 'Firefox passage note');
    await frame!.click('button[type="submit"]');
    const legend = await waitFor(
      () =>
        page.evaluate(() => ({
          text: document.querySelector('fellowship-lens-ui')?.shadowRoot?.textContent ?? '',
          frames: document.querySelector('fellowship-lens-ui')?.shadowRoot?.querySelectorAll('iframe').length,
        })),
      (l) => l.text.includes('Your notes · 1') && l.frames === 0,
      { what: 'the note saved and the frame closed', timeout: 10_000 },
    );
    assert.ok(!legend.text.includes('Firefox passage note'), 'the note text is in the page');
    await page.close();
  });

  test('a note typed in the popup and the popup closed at once is kept (IndexedDB in the Firefox extension)', async () => {
    const openCard = async () => {
      const popup = await firefox.openPopup();
      await popup.waitForSelector('[data-program-key] button');
      await popup.click('[data-program-key] button');
      await popup.waitForSelector('[data-testid="program-notes"]');
      return popup;
    };
    const popup = await openCard();
    await popup.type('[data-testid="program-notes"]', 'Firefox keeps this');
    await popup.close();
    const again = await openCard();
    const text = await waitFor(
      () => again.$eval('[data-testid="program-notes"]', (el) => (el as HTMLTextAreaElement).value),
      (value) => value === 'Firefox keeps this',
      { what: 'the note in a reopened Firefox popup', timeout: 10_000 },
    );
    assert.equal(text, 'Firefox keeps this');
  });
});
