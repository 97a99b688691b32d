import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_EXTENSION, chromiumPath, requireBuild } from './browsers';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup as a tab (what the toolbar button shows). */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

// Flags that keep Chromium from calling home: this machine has no network, and tests must not
// depend on one (see TOOLCHAIN.md).
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** Launches Chromium with the built extension loaded into a persistent profile at `profileDir`. */
export async function launchChromium(
  profileDir: string,
  { headless = true } = {},
): Promise<ExtensionBrowser> {
  const extension = requireBuild(CHROME_EXTENSION, 'npm run build');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    close: () => context.close(),
  };
}
