import type { Page } from 'playwright-core';

/**
 * Run in the page: selects the first occurrence of `wanted`, as a user dragging over it would.
 * Given to Playwright's and Puppeteer's `evaluate` alike.
 */
export function selectFirst(wanted: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`"${wanted}" is not on the page`);
}

/** Selects the first occurrence of `text` on the page, as a user dragging over it would. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectFirst, text);
}
