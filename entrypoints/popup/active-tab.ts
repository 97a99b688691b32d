import { browser } from 'wxt/browser';

/**
 * The tab the popup acts on: the active tab of its window, or `?tab=<id>` when the popup is opened
 * as a page of its own (the end-to-end tests open it in a tab). Its URL is readable because the
 * extension has host access to http(s) pages; elsewhere it is null.
 */
export async function activeTab(): Promise<{ id: number; url: string | null } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab =
    param !== null && /^\d+$/.test(param)
      ? await browser.tabs.get(Number(param)).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}
