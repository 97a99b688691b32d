import { painMedicineCatalog } from '../catalog/pain-medicine';
import {
  benefitValueTypes,
  extractFacts,
  toFlatFacts,
  unstatedFacts,
  type ExtractedFacts,
  type Facts,
} from '../extract';
import { compileMatcher, type Match, type Matcher } from '../match';
import { readPage, type PageReading } from './read-page';

/** Everything the pipeline learns from one page. */
export interface PageAnalysisResult extends PageReading {
  matches: Match[];
  /** The seven flat facts the analyzer prints (all null on pages that are not program pages). */
  facts: Facts;
  /** Every fact with its evidence (program pages only). */
  evidence: ExtractedFacts | null;
}

const valueTypes = benefitValueTypes(painMedicineCatalog);

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
  const matches = matcher.match(reading.page.text);
  // Facts are a program's: an article or a ranking states no single program's stipend.
  const evidence = reading.detection.isProgram
    ? extractFacts(doc, reading.page, url, { matches, valueTypes })
    : null;
  return { ...reading, matches, facts: evidence ? toFlatFacts(evidence) : unstatedFacts(), evidence };
}
