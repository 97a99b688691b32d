import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { DEMO_PAGES } from '../../scripts/demo-site';

const PAGES = new URL('../fixtures/pages/', import.meta.url);

/** The HTML of a fixture page. */
export function fixtureHtml(file: string): string {
  return readFileSync(new URL(file, PAGES), 'utf8');
}

/**
 * A whole HTML page parsed into a Document, as if loaded from `url`. Scripts are not run: test
 * pages are data, read the way the extension reads pages.
 */
export function htmlDocument(html: string, url = 'https://example.test/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A fixture page parsed into a Document, as if loaded from `url` (scripts are not run). */
export function fixtureDocument(file: string, url = `https://example.test/${file}`): Document {
  return htmlDocument(fixtureHtml(file), url);
}

/** Each demo page parsed as if served from its demo address. */
export function demoDocuments() {
  return DEMO_PAGES.map((page) => ({
    ...page,
    document: fixtureDocument(page.file, `http://${page.host}${page.path}`),
  }));
}
