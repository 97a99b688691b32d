import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { checkBundleBudgets } from './scripts/bundle-budget';

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
    // Each permission is explained in the README. storage: the legend's remembered display
    // choices; scripting: the annotator is injected only into pages the tiny detector recognised;
    // contextMenus: "add a note" on selected text.
    permissions: ['storage', 'scripting', 'contextMenus'],
    // The same sites the content script already reads (no new warning): injecting the annotator
    // into a recognised page needs host access in MV3.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The detector (entrypoints/detector), listed here rather than as WXT's content script entry
    // (see there why); at document_idle, the page's own loading comes first.
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' },
    ],
    // The note frame (entrypoints/note-frame): notes are typed in the extension's own document,
    // placed on program pages, so the page's scripts cannot read them. Chrome's dynamic URL
    // changes every session, so pages cannot probe for the extension with it; Firefox's add-on
    // URLs carry a random per-install id.
    web_accessible_resources:
      browser === 'firefox'
        ? ['note-frame.html']
        : [{ resources: ['note-frame.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    action: { default_title: 'Fellowship Lens' },
    // Chrome 148+: messages are structured clones, as in Firefox, rather than JSON. The page's
    // scan sends its text with an array of line-break offsets (13,000 on a 1 MB page): cloned, that
    // array costs the page 0.2-0.3 ms to send instead of 0.6-2 ms (measured from the content
    // script's world). Older Chromes ignore the key; messages stay plain data that both carry.
    ...(browser !== 'firefox' && { message_serialization: 'structured_clone' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '115.0' } },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
    // LENS_NO_MINIFY=1: readable names in CPU profiles of the page scripts (README, Scripts).
    build: process.env.LENS_NO_MINIFY ? { minify: false } : {},
  }),
  hooks: {
    // Scripts that run in web pages have size budgets: print them, and fail the build above them.
    'build:done': (wxt) => checkBundleBudgets(wxt.config.outDir, (line) => wxt.logger.info(line)),
    // webextension-polyfill where it buys something (background, popup: one promise-based `browser`
    // and promise-returning onMessage listeners in both browsers), never in scripts that run in
    // pages, where it would only add ~10 kB: their sendMessage and storage calls return promises
    // natively in Chrome MV3 and Firefox.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      config.resolve ??= {};
      const alias = { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };
      const current = config.resolve.alias;
      config.resolve.alias = Array.isArray(current)
        ? [...current, { find: 'wxt/browser', replacement: alias['wxt/browser'] }]
        : { ...(current ?? {}), ...alias };
    },
  },
});
