import { browser } from 'wxt/browser';

/**
 * The tab the popup acts on: the active tab of its window, or `?tab=<id>` when the popup is opened
 * as a page of its own (the full view, and the end-to-end tests, which open it in a tab).
 */
export async function activeTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
