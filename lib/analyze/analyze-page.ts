import { painMedicineCatalog } from '../catalog/pain-medicine';
import { unstatedFacts, type Facts } from '../extract';
import { compileMatcher, type Match, type Matcher } from '../match';
import { readPage, type PageReading } from './read-page';

/** Everything the pipeline learns from one page. */
export interface PageAnalysisResult extends PageReading {
  matches: Match[];
  facts: Facts;
}

let defaultMatcher: Matcher | undefined;

/** The Pain Medicine matcher, compiled once on first use. */
export function painMedicineMatcher(): Matcher {
  defaultMatcher ??= compileMatcher(painMedicineCatalog);
  return defaultMatcher;
}

/**
 * The whole pipeline: detect → collect text → match. In the browser the matching runs in the
 * background (see the annotator); the analyzer runs it all here. Matches are reported whether or
 * not the page is a program page.
 */
export function analyzePage(
  doc: Document,
  url: string = doc.URL,
  matcher: Matcher = painMedicineMatcher(),
): PageAnalysisResult {
  const reading = readPage(doc, url);
  return { ...reading, matches: matcher.match(reading.page.text), facts: unstatedFacts() };
}
