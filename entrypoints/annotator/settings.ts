import { browser } from 'wxt/browser';
import type { HighlightKind } from '../../lib/highlight';

/** The display choices the user makes in the legend; remembered across pages and restarts. */
export interface DisplaySettings {
  show: Record<HighlightKind, boolean>;
  collapsed: boolean;
}

const KEY = 'display';
export const DEFAULT_SETTINGS: DisplaySettings = {
  show: { procedure: true, benefit: true },
  collapsed: false,
};

/** Reads the remembered settings; anything missing or malformed falls back to the defaults. */
export async function loadSettings(): Promise<DisplaySettings> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<DisplaySettings> | undefined;
    return {
      show: {
        procedure: stored?.show?.procedure !== false,
        benefit: stored?.show?.benefit !== false,
      },
      collapsed: stored?.collapsed === true,
    };
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function saveSettings(settings: DisplaySettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}
