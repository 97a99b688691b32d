import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION, firefoxPath, requireBuild } from './browsers';
import { readFileSync } from 'node:fs';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  popupUrl: string;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Firefox headless over WebDriver BiDi (puppeteer-core downloads nothing) and
 * installs the built add-on temporarily. The add-on's internal UUID is pinned through a pref so
 * its popup can be opened as a tab. `hosts`: more *.localhost names the pages are served under.
 */
export async function launchFirefox({ hosts = [] as string[] } = {}): Promise<FirefoxExtensionBrowser> {
  const extension = requireBuild(FIREFOX_EXTENSION, 'npm run build:firefox');
  const manifest = JSON.parse(readFileSync(`${extension}/manifest.json`, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Needed to open moz-extension:// pages in a tab under automation (TOOLCHAIN.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: uuid,
      }),
      // *.localhost names resolve to loopback without DNS, as in Chromium.
      'network.dns.localDomains': ['rush.localhost', 'wustl.localhost', 'blog.localhost', ...hosts].join(','),
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(extension);
  const popupUrl = `moz-extension://${uuid}/popup.html`;
  return {
    browser,
    popupUrl,
    async openPopup() {
      const page = await browser.newPage();
      // Firefox moves moz-extension:// documents to the extension's process, and Puppeteer then
      // misses the navigation's end (a detached frame or a time-out) although the page object
      // follows the new document. So the test waits for the popup's own content instead.
      await page.goto(popupUrl, { waitUntil: 'domcontentloaded', timeout: 3000 }).catch(() => {});
      await page.waitForSelector('#app > *', { timeout: 15_000 });
      return page;
    },
    close: () => browser.close(),
  };
}
