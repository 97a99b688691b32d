// `npm start`: builds the extension, serves the demo pages on 127.0.0.1 and opens Chromium with the
// extension loaded on them. `npm start -- --headless` does the same without a display and saves
// screenshots of the demo pages, the popup and the full view (light and dark) into screenshots/ instead.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PAGES, startDemoSite } from './demo-site';
import { saveScreenshots } from './screenshots';
import { launchChromium } from '../tests/e2e/support/chromium';
import { ROOT } from '../tests/e2e/support/browsers';

const args = new Set(process.argv.slice(2));
const wantsHeadless = args.has('--headless');
const headless =
  wantsHeadless || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = join(ROOT, 'screenshots');

if (!args.has('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = await startDemoSite(Number(process.env.PORT ?? 0));
const profile = await mkdtemp(join(tmpdir(), 'fellowship-lens-demo-'));
if (headless && !wantsHeadless)
  console.log('No display found: running headless and saving screenshots instead.');
const browser = await launchChromium(profile, { headless });
console.log(`Demo pages: ${site.indexUrl}`);

if (headless) {
  await mkdir(outDir, { recursive: true });
  await saveScreenshots(browser, site, outDir);
  console.log(`Screenshots saved in ${outDir}`);
  await browser.close();
  await site.close();
} else {
  const [first] = browser.context.pages();
  const index = first ?? (await browser.context.newPage());
  await index.goto(site.indexUrl);
  for (const demo of DEMO_PAGES.filter((d) => d.isProgram))
    await (await browser.context.newPage()).goto(site.url(demo.id));
  await index.bringToFront();
  console.log(
    'Chromium is open with Fellowship Lens loaded. Click its toolbar icon to see the programs. Close the window (or Ctrl+C) to stop.',
  );
  browser.context.on('close', () => void site.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void browser.close());
}
