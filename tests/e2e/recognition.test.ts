import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ExtraPage } from '../../scripts/demo-site';
import { useExtensionRun } from './support/extension-run';
import { PopupPage } from './support/popup-page';
import { waitFor } from './support/wait';

interface Fixture {
  file: string;
  url: string;
  class: string;
  isProgram: boolean;
  specialty?: string;
}

const DIR = new URL('../fixtures/lookalikes/', import.meta.url);
const fixtures = JSON.parse(readFileSync(new URL('index.json', DIR), 'utf8')) as Fixture[];

// Each fixture on a site of its own, as on the web: its real host name folded into *.localhost.
const hostOf = (f: Fixture) =>
  `${new URL(f.url).hostname.replace(/^www\./, '').replace(/\./g, '-')}.localhost`;
const pages: ExtraPage[] = fixtures.map((f) => ({
  host: hostOf(f),
  path: new URL(f.url).pathname,
  html: readFileSync(new URL(f.file, DIR), 'utf8'),
}));

describe('Chromium: recognition of program pages and their look-alikes', () => {
  const run = useExtensionRun(pages);

  test('every program fixture is stored as a program of its specialty; no look-alike is', async () => {
    for (const page of pages) {
      const tab = await run.browser.context.newPage();
      await tab.goto(`http://${page.host}:${run.site.port}${page.path}`);
      await tab.waitForTimeout(150);
      await tab.close();
    }
    // Fixtures on one site with one specialty are pages of one program: one record.
    const expected = [
      ...new Set(fixtures.filter((f) => f.isProgram).map((f) => `${hostOf(f)}/${f.specialty}`)),
    ].sort();
    const popup = new PopupPage(await run.browser.openPopup());
    const keys = await waitFor(
      async () => (await popup.refresh(), popup.programKeys()),
      (found) => found.length >= expected.length,
      { what: `${expected.length} programs`, timeout: 15_000 },
    );
    await popup.page.waitForTimeout(500);
    await popup.refresh();
    assert.deepEqual((await popup.programKeys()).sort(), expected);
    assert.ok(keys.length > 0);
    await popup.page.close();
  });
});
