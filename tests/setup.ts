import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// WXT's fake browser has no context menus: give it inert ones, so the background starts in unit
// tests (the menu's effect on a page is tested end to end in Chromium).
const inertEvent = { addListener() {}, removeListener() {}, hasListener: () => false };
Object.assign(fakeBrowser.contextMenus, { create: () => 0, onClicked: inertEvent });

// Each test starts from a clean extension: no stored data, no listeners left by another test.
beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
