import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useExtensionRun } from './support/extension-run';
import { PopupPage } from './support/popup-page';
import { waitFor } from './support/wait';

describe('Chromium: the built extension on the demo pages', () => {
  const run = useExtensionRun();

  async function visit(id: string) {
    const page = await run.browser.context.newPage();
    await page.goto(run.site.url(id));
    return page;
  }

  async function storedKeys(popup: PopupPage, count: number) {
    return waitFor(
      async () => (await popup.refresh(), popup.programKeys()),
      (keys) => keys.length >= count,
      {
        what: `${count} stored programs`,
      },
    );
  }

  test('starts with no programs', async () => {
    const popup = new PopupPage(await run.browser.openPopup());
    await popup.refresh();
    assert.deepEqual(await popup.programKeys(), []);
    await popup.page.close();
  });

  test('visiting the Rush page stores one program', async () => {
    const page = await visit('rush');
    const popup = new PopupPage(await run.browser.openPopup());
    assert.deepEqual(await storedKeys(popup, 1), ['rush.localhost/pain-medicine']);
    await Promise.all([page.close(), popup.page.close()]);
  });

  test('both Washington University pages yield one more program, not two', async () => {
    await (await visit('wustl-overview')).close();
    await (await visit('wustl-full')).close();
    const popup = new PopupPage(await run.browser.openPopup());
    const keys = await storedKeys(popup, 2);
    // Give a wrongly split second record time to show up before asserting there is none.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await popup.refresh();
    assert.deepEqual((await popup.programKeys()).sort(), [
      'rush.localhost/pain-medicine',
      'wustl.localhost/pain-medicine',
    ]);
    assert.equal(keys.length, 2);
    await popup.page.close();
  });

  test('the article and the listicle store nothing', async () => {
    await (await visit('article')).close();
    await (await visit('listicle')).close();
    await new Promise((resolve) => setTimeout(resolve, 800));
    const popup = new PopupPage(await run.browser.openPopup());
    await popup.refresh();
    assert.equal((await popup.programKeys()).length, 2);
    await popup.page.close();
  });

  test("the Washington University record holds both pages' facts, with the faculty conflict", async () => {
    // Pages read as a person reads them: open, while the annotator reports what it found.
    const pages = [await visit('wustl-overview'), await visit('wustl-full')];
    const popup = await run.browser.openPopup();
    const wustl = await waitFor(
      () =>
        popup.evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
          };
          const answer = (await chrome.runtime.sendMessage({ type: 'list-programs' })) as {
            value: {
              programs: Array<{
                programKey: string;
                pages: Array<{ url: string; facts: Record<string, { value: unknown } | null> | null }>;
              }>;
            };
          };
          return answer.value.programs.find((p) => p.programKey === 'wustl.localhost/pain-medicine');
        }),
      (program) => (program?.pages ?? []).filter((p) => p.facts).length === 2,
      { what: 'facts of both Washington University pages' },
    );
    const facts = wustl!.pages.map((p) => p.facts!);
    const values = (field: string) => facts.map((f) => f[field]?.value ?? null).sort();
    assert.deepEqual(values('facultyCount'), [12, 17]);
    assert.deepEqual(values('vacationDays'), [15, null]);
    assert.deepEqual(values('meetingDays'), [5, null]);
    assert.deepEqual(values('educationFundUsd'), [2000, null]);
    const stipend = facts.map((f) => f.stipend).find(Boolean) as unknown as {
      value: number;
      byPgy: Record<string, number>;
    };
    assert.equal(stipend.value, 80372);
    assert.equal(Object.keys(stipend.byPgy).length, 9);
    const tracks = facts.flatMap(
      (f) => (f.tracks as unknown as Array<{ value: { name: string; months: number } }>) ?? [],
    );
    assert.deepEqual(
      tracks.map((t) => t.value),
      [{ name: 'research', months: 24 }],
    );
    await Promise.all([popup.close(), ...pages.map((p) => p.close())]);
  });

  test('the popup names the stored programs', async () => {
    const popup = new PopupPage(await run.browser.openPopup());
    await popup.refresh();
    const names = await popup.programNames();
    // Choosing a program opens its card, which says why its pages were taken for program pages.
    await popup.page.locator('[data-program-key] button').first().click();
    await popup.page.locator('[data-testid="program-card"] .why li').first().waitFor({ state: 'attached' });
    const why = await popup.page.locator('[data-testid="program-card"] .why li').allTextContents();
    assert.ok(
      why.some((reason) => /a program page/.test(reason)),
      why.join(' / '),
    );
    assert.ok(
      names.some((n) => /Rush/i.test(n) || /Interventional Pain Medicine Fellowship/i.test(n)),
      names.join(' / '),
    );
    assert.ok(
      names.some((n) => /Pain Medicine Fellowship/i.test(n)),
      names.join(' / '),
    );
    await popup.page.close();
  });

  test('the stored programs survive a browser restart with the same profile', async () => {
    await run.restart();
    const popup = new PopupPage(await run.browser.openPopup());
    await popup.refresh();
    assert.deepEqual((await popup.programKeys()).sort(), [
      'rush.localhost/pain-medicine',
      'wustl.localhost/pain-medicine',
    ]);
    await popup.page.close();
  });
});
