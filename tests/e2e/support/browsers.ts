import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_EXTENSION = `${ROOT}.output/chrome-mv3`;
export const FIREFOX_EXTENSION = `${ROOT}.output/firefox-mv2`;

/**
 * The Chromium to drive: $CHROME_PATH, or Debian's. A missing browser fails the run with the way
 * to install it: end-to-end tests never pass by not running.
 */
export function chromiumPath(): string {
  return findBrowser(
    'CHROME_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    'apt-get install -y chromium',
  );
}

/** The Firefox to drive: $FIREFOX_PATH, or Debian's firefox-esr. */
export function firefoxPath(): string {
  return findBrowser(
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'apt-get install -y firefox-esr',
  );
}

function findBrowser(variable: string, candidates: string[], install: string): string {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${variable}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No browser found at ${candidates.join(' or ')}. Install it (as root: ${install}) or set ${variable}.`,
    );
  }
  return found;
}

/** Fails clearly when the extension has not been built for the browser under test. */
export function requireBuild(dir: string, command: string): string {
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir} is missing: run \`${command}\` first.`);
  return dir;
}
