import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Firefox add-on id: Firefox keeps the user's data across updates only under a stable id. */
const GECKO_ID = 'fellowship-lens@fellowship-lens.dev';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: auto-imports hide where names come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Fellowship Lens',
    description:
      'Reads fellowship program pages with you: highlights procedures and benefits, extracts the facts applicants compare, and keeps your notes on your machine.',
    // No API permissions yet: the content script's match patterns are the only access asked for
    // (see the README's Permissions section). Add one only with the feature that needs it.
    permissions: [],
    action: { default_title: 'Fellowship Lens' },
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '115.0' } },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // webextension-polyfill where it buys something (background, popup: one promise-based `browser`
    // in both browsers), never in content scripts, where it would only add ~10 kB to every page.
    // Chrome MV3 and Firefox both return promises from runtime.sendMessage natively.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      const alias = { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };
      const current = config.resolve.alias;
      config.resolve.alias = Array.isArray(current)
        ? [...current, { find: 'wxt/browser', replacement: alias['wxt/browser'] }]
        : { ...(current ?? {}), ...alias };
    },
  },
});
