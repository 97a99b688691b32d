import { detectProgram, type Detection } from '../detect/detect-program';
import { programKey } from '../detect/program-key';
import { readSignals } from '../detect/signals';
import { collectText, type PageText } from '../text';

/** What the in-page stages learn from a page before matching: what it is, and its text. */
export interface PageReading {
  url: string;
  detection: Detection;
  programKey: string | null;
  page: PageText;
}

/**
 * The DOM stages of the pipeline: detect, then collect the text (one TreeWalker pass). Kept apart
 * from the catalog and matcher so the annotator, which runs in pages, does not carry them.
 */
export function readPage(doc: Document, url: string = doc.URL): PageReading {
  const detection = detectProgram(readSignals(doc, url));
  return {
    url,
    detection,
    programKey: detection.isProgram ? programKey(url, detection.specialty, detection.programName) : null,
    page: collectText(doc.body ?? doc.documentElement),
  };
}
