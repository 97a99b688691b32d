import { browser } from 'wxt/browser';

/** Shows on the toolbar icon that this tab's page was read, and how many catalog items it has. */
export async function showBadge(tabId: number, count: number, isProgram: boolean): Promise<void> {
  // MV2 Firefox has browserAction where MV3 has action.
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: isProgram ? '#2257c5' : '#6b7380' });
    await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  } catch {
    // The tab may have closed meanwhile; a badge is not worth an error.
  }
}
