import { browser } from 'wxt/browser';

import { NOTE_SELECTION } from '../../lib/messages/page-commands';

const MENU_ID = 'fellowship-lens-note';

/**
 * "Add a note on “…”" in the context menu of selected text: the annotator of that frame opens its
 * note form on the selection. On a page without the annotator (not a program page) the item does
 * nothing: passage notes belong to programs.
 */
export function registerNoteMenu(): void {
  // Menus persist across worker restarts; create it once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Fellowship Lens: add a note on “%s”',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    browser.tabs
      .sendMessage(tab.id, { type: NOTE_SELECTION }, { frameId: info.frameId ?? 0 })
      // No annotator in that frame: not a program page.
      .catch(() => {});
  });
}
