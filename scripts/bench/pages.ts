import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtraPage } from '../demo-site';

const PAGES = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));
const MB = 1024 * 1024;

/** The inside of a fixture page's <main>, as authored (test data, not user content). */
function mainOf(file: string): string {
  const html = readFileSync(PAGES + file, 'utf8');
  const match = /<main[^>]*>([\s\S]*?)<\/main>/i.exec(html);
  if (!match?.[1]) throw new Error(`${file} has no <main>`);
  return match[1];
}

function repeatTo(chunk: string, bytes: number): string {
  return chunk.repeat(Math.ceil(bytes / chunk.length));
}

/** A 1 MB page that is not a program page: a news archive that uses the catalog's vocabulary. */
export function largeNonProgramPage(): ExtraPage {
  const body = repeatTo(`<article>${mainOf('article-fellowship-bridge.html')}</article>`, MB);
  return {
    host: 'news.localhost',
    path: '/archive/',
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Health news archive</title></head><body><header><h1>Health news archive</h1></header><main>${body}</main></body></html>`,
  };
}

/**
 * A 1 MB page that names no fellowship, the common case on the web: the same archive with
 * "fellowship" replaced, so the detector's first test (title and first headings) ends it.
 */
export function largePlainPage(): ExtraPage {
  const page = largeNonProgramPage();
  return { ...page, host: 'plain-news.localhost', html: page.html.replace(/fellowship/gi, 'residency') };
}

/** A 1 MB program page: the Washington University curriculum page with its content repeated. */
export function largeProgramPage(): ExtraPage {
  const body = repeatTo(`<section>${mainOf('wustl-pain-full.html')}</section>`, MB);
  return {
    host: 'wustl.localhost',
    path: '/education/pain-medicine-fellowship/everything/',
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pain Medicine Fellowship | Washington University in St. Louis</title></head><body><main>${body}</main></body></html>`,
  };
}
