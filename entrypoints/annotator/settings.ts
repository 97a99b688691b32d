import { browser } from 'wxt/browser';
import { DISPLAY_KEY, type DisplaySettings } from '../../lib/highlight/display-settings';

export type { DisplaySettings } from '../../lib/highlight/display-settings';

/**
 * Remembers the legend's display choices. They are read by the background and come with each
 * scan's answer: the page's script world never sets up the storage API unless the user changes one.
 */
export async function saveSettings(settings: DisplaySettings): Promise<void> {
  await browser.storage.local.set({ [DISPLAY_KEY]: settings });
}
