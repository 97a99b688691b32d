import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROME_EXTENSION, FIREFOX_EXTENSION, requireBuild } from './support/browsers';
import { useExtensionRun } from './support/extension-run';

// The built extensions ask for what the README explains and nothing more, and carry no way to run
// code that is not in the package. Read from the builds (`npm run build`, `npm run build:firefox`),
// as the stores and the browsers read them.

type Manifest = Record<string, unknown> & { permissions?: string[] };

const HOSTS = ['http://*/*', 'https://*/*'];
// Each of these would need a line in the README's permission table first.
const ASKED = ['contextMenus', 'scripting', 'storage'];

function manifestOf(dir: string, command: string): Manifest {
  return JSON.parse(readFileSync(join(requireBuild(dir, command), 'manifest.json'), 'utf8')) as Manifest;
}

function filesOf(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}

/** What a manifest may not have at all: ways in for other code, or other extensions and sites. */
function assertNoWayIn(manifest: Manifest) {
  for (const key of [
    'externally_connectable',
    'optional_permissions',
    'optional_host_permissions',
    'update_url',
    'sandbox',
    'content_security_policy',
  ]) {
    assert.equal(manifest[key], undefined, `the manifest has "${key}": explain it in the README, then here`);
  }
}

/**
 * The one resource pages may load: the note frame, where notes are typed out of the page's reach
 * (README, "Permissions, and why"). In Chrome only at its per-session dynamic address, so no page
 * can probe for the extension with it.
 */
function assertOnlyTheNoteFrameIsWebAccessible(manifest: Manifest, firefox: boolean) {
  assert.deepEqual(
    manifest.web_accessible_resources,
    firefox
      ? ['note-frame.html']
      : [{ resources: ['note-frame.html'], matches: HOSTS, use_dynamic_url: true }],
  );
}

function assertContentScriptsOnWebPagesOnly(manifest: Manifest, dir: string) {
  const scripts = manifest.content_scripts as Array<{
    matches: string[];
    js: string[];
    all_frames?: boolean;
  }>;
  assert.equal(scripts.length, 1);
  for (const script of scripts) {
    assert.deepEqual(script.matches, HOSTS);
    for (const file of script.js) assert.ok(existsSync(join(dir, file)), `${file} is not in the build`);
  }
}

describe('the built manifests ask only for what is needed', () => {
  test('Chromium (MV3): storage, scripting and context menus, http and https hosts, nothing else', () => {
    const manifest = manifestOf(CHROME_EXTENSION, 'npm run build');
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...(manifest.permissions ?? [])].sort(), ASKED);
    assert.deepEqual([...((manifest.host_permissions as string[]) ?? [])].sort(), HOSTS);
    assert.ok(!manifest.permissions?.includes('tabs'), 'tabs is not asked for: the popup reads its tab id');
    assertNoWayIn(manifest);
    assertOnlyTheNoteFrameIsWebAccessible(manifest, false);
    assertContentScriptsOnWebPagesOnly(manifest, CHROME_EXTENSION);
    // Without its own content_security_policy an MV3 extension keeps Chrome's, which allows no
    // 'unsafe-eval' and no remote script (asserted above: the key is absent).
    assert.deepEqual(manifest.background, { service_worker: 'background.js' });
  });

  test('Firefox (MV2): the same permissions, hosts folded into permissions as MV2 has them', () => {
    const manifest = manifestOf(FIREFOX_EXTENSION, 'npm run build:firefox');
    assert.equal(manifest.manifest_version, 2);
    assert.deepEqual([...(manifest.permissions ?? [])].sort(), [...HOSTS, ...ASKED].sort());
    assertNoWayIn(manifest);
    assertOnlyTheNoteFrameIsWebAccessible(manifest, true);
    assertContentScriptsOnWebPagesOnly(manifest, FIREFOX_EXTENSION);
    assert.deepEqual(manifest.background, { scripts: ['background.js'] });
  });

  test('no bundle turns strings into code or loads a script from the web', () => {
    const found: string[] = [];
    const forbidden: Array<[string, RegExp]> = [
      ['eval', /(?<![\w$.])eval\s*\(|\[\s*["'`]eval["'`]\s*\]/g],
      ['new Function', /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/g],
      ['a string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
      ['importScripts', /\bimportScripts\s*\(/g],
      ['an import from the web', /\bimport\s*\(\s*["'`](?:https?:)?\/\//g],
      ['WebAssembly', /\bWebAssembly\.(?:instantiate|compile)/g],
    ];
    for (const [build, dir] of [
      ['chrome-mv3', CHROME_EXTENSION],
      ['firefox-mv2', FIREFOX_EXTENSION],
    ] as const) {
      for (const file of filesOf(dir, /\.js$/)) {
        const code = readFileSync(file, 'utf8');
        const name = `${build}/${relative(dir, file)}`;
        for (const [what, pattern] of forbidden) {
          for (const m of code.matchAll(pattern))
            found.push(`${name}: ${what} at ${m.index}: ${around(code, m.index)}`);
        }
        // The Function constructor under another name: only zod's, and only where the CSP stops it.
        const aliases = [...code.matchAll(/[=(,:]\s*Function\s*[;,)]/g)];
        const zod = zodFunctionUses(code);
        if (aliases.length !== zod)
          found.push(
            `${name}: the Function constructor taken ${aliases.length} times, zod accounts for ${zod}`,
          );
        if (zod && !/background\.js$/.test(file))
          found.push(`${name}: zod's code generator outside the background`);
      }
      for (const file of filesOf(dir, /\.html$/)) {
        const html = readFileSync(file, 'utf8');
        for (const m of html.matchAll(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/g))
          found.push(`${build}/${relative(dir, file)}: loads ${m[0]}`);
        if (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html))
          found.push(`${build}/${relative(dir, file)}: inline script`);
      }
    }
    assert.deepEqual(found, []);
  });
});

describe('Chromium: the extension’s pages and worker cannot turn strings into code', () => {
  const run = useExtensionRun();

  // zod (in background.js) probes for `new Function` and compiles its fast parsers with it when it
  // may. The CSP refuses, so zod stays on its interpreter: no string ever becomes code. (DevTools'
  // own evaluation is exempt from the CSP, so the string is handed to a timer, which is not.)
  test('a string given to a timer is refused by the CSP in the popup and not run in the worker', async () => {
    const popup = await run.browser.openPopup();
    const verdict = await popup.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve(`refused: ${e.violatedDirective} ${e.blockedURI}`),
          );
          (setTimeout as unknown as (code: string, ms: number) => void)('window.name = "ran"', 0);
          setTimeout(() => resolve(window.name === 'ran' ? 'ran' : 'silently not run'), 1000);
        }),
    );
    assert.equal(verdict, 'refused: script-src eval');
    await popup.close();

    await run.browser.worker.evaluate(() =>
      (setTimeout as unknown as (code: string, ms: number) => void)('globalThis.__lensRan = true', 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(
      await run.browser.worker.evaluate(() => (globalThis as Record<string, unknown>).__lensRan),
      undefined,
    );
  });
});

/** How many uses of the Function constructor are zod 4's: its `allowsEval` probe and `Doc.compile`. */
function zodFunctionUses(code: string): number {
  const probe = code.match(
    /includes\("Cloudflare"\)\)return!1;try\{const ([\w$]+)=Function;return new \1\(""\),!0\}/g,
  );
  const compile = code.match(/compile\(\)\{const ([\w$]+)=Function,/g);
  return (probe?.length ?? 0) + (compile?.length ?? 0);
}

function around(code: string, at = 0): string {
  return JSON.stringify(code.slice(Math.max(0, at - 40), at + 40));
}
