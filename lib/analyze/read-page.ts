import { readSignals, type PageSignals } from '../detect/signals';
import { collectText, type PageText } from '../text';

/** What the page itself must provide: its cheap signals and its text (one TreeWalker pass). */
export interface PageReading {
  /** Includes the address the page is read as (`signals.url`). */
  signals: PageSignals;
  page: PageText;
}

/**
 * The DOM stages of the pipeline. Everything after them (classification, matching, fact patterns)
 * works on plain data, so the extension runs it in the background, where it is compiled once.
 */
export function readPage(doc: Document, url: string = doc.URL): PageReading {
  return { signals: readSignals(doc, url), page: collectText(doc.body ?? doc.documentElement) };
}
