import { painMedicineCatalog } from '../catalog/pain-medicine';
import type { Detection } from '../detect/detect-program';
import {
  benefitValueTypes,
  extractFactsFromText,
  readDomInputs,
  toFlatFacts,
  unstatedFacts,
  type DomInputs,
  type ExtractedFacts,
  type Facts,
} from '../extract';
import { compileMatcher, type Match, type Matcher } from '../match';
import { classify } from './classify';
import { readPage, type PageReading } from './read-page';

/** Everything the pipeline learns from one page. */
export interface PageAnalysisResult extends PageReading {
  url: string;
  detection: Detection;
  programKey: string | null;
  matches: Match[];
  /** The seven flat facts the analyzer prints (all null on pages that are not program pages). */
  facts: Facts;
  /** Every fact with its evidence (program pages only). */
  evidence: ExtractedFacts | null;
}

let defaultMatcher: Matcher | undefined;
const valueTypes = benefitValueTypes(painMedicineCatalog);

/** The Pain Medicine matcher, compiled once on first use. */
export function painMedicineMatcher(): Matcher {
  defaultMatcher ??= compileMatcher(painMedicineCatalog);
  return defaultMatcher;
}

/** What follows the DOM stages: classify, match, and on a program page read the facts. */
export function analyzeText(
  reading: Pick<PageReading, 'signals'> & { text: string; dom: DomInputs },
  matcher: Matcher = painMedicineMatcher(),
) {
  const { detection, programKey } = classify(reading.signals);
  const matches = matcher.match(reading.text);
  // Facts are a program's: an article or a ranking states no single program's stipend.
  const evidence = detection.isProgram
    ? extractFactsFromText(reading.text, reading.signals.url, reading.dom, { matches, valueTypes })
    : null;
  return { detection, programKey, matches, evidence };
}

/**
 * The whole pipeline in one place (the analyzer, tests): read the page, then analyze its text.
 * In the browser the same two halves run in the page and in the background.
 */
export function analyzePage(
  doc: Document,
  url: string = doc.URL,
  matcher: Matcher = painMedicineMatcher(),
): PageAnalysisResult {
  const reading = readPage(doc, url);
  const analysis = analyzeText(
    { ...reading, text: reading.page.text, dom: readDomInputs(doc, reading.page) },
    matcher,
  );
  return {
    url,
    ...reading,
    ...analysis,
    facts: analysis.evidence ? toFlatFacts(analysis.evidence) : unstatedFacts(),
  };
}
