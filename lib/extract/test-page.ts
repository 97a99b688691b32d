// Test helpers (like lib/match/test-catalog.ts): never imported by extension code.
import { htmlDocument } from '../../tests/support/fixture-pages';
import { collectText, type PageText } from '../text/collect-text';
import { createContext, type ExtractContext } from './context';
import type { Evidence } from './evidence';
import type { ExtractedFacts } from './schema';

/** The address test pages are read as. */
export const TEST_URL = 'https://medicine.example.edu/pain-fellowship/#overview';

/** A context over plain text, every '\n' a block break (as a seed text). */
export function textContext(text: string, url = TEST_URL): ExtractContext {
  return createContext(text, url);
}

/** `html` parsed as the body of a page at `url` (scripts are not run), with its collected text. */
export function htmlPage(html: string, url = TEST_URL): { doc: Document; page: PageText } {
  const doc = htmlDocument(`<!doctype html><html><body>${html}</body></html>`, url);
  return { doc, page: collectText(doc.body) };
}

/** Whitespace collapsed, as quotes are. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every piece of evidence in the facts: each field's, each list item's, each benefit's. */
export function evidenceIn(facts: ExtractedFacts): Evidence[] {
  return Object.values(facts).flatMap((value): Evidence[] => {
    if (Array.isArray(value)) return value as Evidence[];
    return value ? [value as Evidence] : [];
  });
}
