import type { Page } from 'playwright-core';

/**
 * Types and saves a note in the note frame the annotator opened (a frame of the extension's own),
 * and waits for the annotator to close it.
 */
export async function writeNoteInFrame(page: Page, text: string, name = 'Note on the selected passage') {
  // The tab the user types in is the one in front: headless Chromium does not route input to a
  // frame of another origin in a tab behind others.
  await page.bringToFront();
  const frame = page.frameLocator('[data-testid="note-frame"]');
  await frame.getByRole('textbox', { name }).fill(text);
  await frame.getByRole('button', { name: 'Save note' }).click();
  await page
    .locator('[data-testid="note-frame"]')
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(async (error: unknown) => {
      // Say what the frame says (a save that failed shows why).
      const status = await frame
        .getByRole('status')
        .textContent()
        .catch(() => null);
      throw new Error(`The note frame did not close; it says: ${status ?? '(nothing)'}`, { cause: error });
    });
}

/** Whether `text` appears anywhere a page's own scripts can read: its document and open shadow roots. */
export function pageCanRead(page: Page, text: string): Promise<boolean> {
  return page.evaluate((needle) => {
    const seen: string[] = [document.documentElement.outerHTML];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) seen.push(el.shadowRoot.innerHTML);
    const frames = [...document.querySelectorAll('*')].flatMap((el) =>
      el.shadowRoot ? [...el.shadowRoot.querySelectorAll('iframe')] : [],
    );
    for (const frame of frames) {
      try {
        seen.push(frame.contentDocument?.documentElement.outerHTML ?? '');
      } catch {
        // Another origin's document: the page cannot read it (what this checks).
      }
    }
    return seen.some((html) => html.includes(needle));
  }, text);
}
