import type { HighlightKind } from './names';

/** The display choices the user makes in the legend; remembered across pages and restarts. */
export interface DisplaySettings {
  show: Record<HighlightKind, boolean>;
  collapsed: boolean;
}

/** Where they are kept in the extension's storage (`storage.local`). */
export const DISPLAY_KEY = 'display';

export const DEFAULT_DISPLAY: DisplaySettings = {
  show: { procedure: true, benefit: true },
  collapsed: false,
};

/** The settings a stored value stands for: anything missing or malformed falls back to the defaults. */
export function toDisplaySettings(stored: unknown): DisplaySettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<DisplaySettings>;
  const show = (typeof value.show === 'object' && value.show !== null ? value.show : {}) as Partial<
    DisplaySettings['show']
  >;
  return {
    show: { procedure: show.procedure !== false, benefit: show.benefit !== false },
    collapsed: value.collapsed === true,
  };
}
