import { after, before } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoSite, type DemoSite, type ExtraPage } from '../../../scripts/demo-site';
import { launchChromium, type ExtensionBrowser } from './chromium';

/** The demo site and a Chromium with the built extension, shared by the tests of one suite. */
export interface ExtensionRun {
  site: DemoSite;
  profile: string;
  browser: ExtensionBrowser;
  /** Closes the browser and starts it again on the same profile (the same stored data). */
  restart(): Promise<void>;
}

/**
 * Registers the suite's before/after hooks: serve the demo pages (and `extra` pages) on
 * 127.0.0.1, launch Chromium with the extension in a fresh profile, and clean everything up.
 */
export function useExtensionRun(extra: ExtraPage[] = []): ExtensionRun {
  const run = {} as ExtensionRun;
  before(async () => {
    run.site = await startDemoSite(0, extra);
    run.profile = await mkdtemp(join(tmpdir(), 'lens-e2e-'));
    run.browser = await launchChromium(run.profile);
    run.restart = async () => {
      await run.browser.close();
      run.browser = await launchChromium(run.profile);
    };
  });
  after(async () => {
    await run.browser?.close();
    await run.site?.close();
    if (run.profile) await rm(run.profile, { recursive: true, force: true });
  });
  return run;
}
