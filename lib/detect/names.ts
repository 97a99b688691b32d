import type { PageSignals } from './signals';
import { detectSpecialty } from './specialty';

const CAPITALIZED = String.raw`[A-Z][\w.'’&-]*`;

/** "Regional Anesthesiology and Acute Pain Medicine Fellowship": capitalized words ending in "Fellowship". */
const PROGRAM_NAME = /\b(?:[A-Z][\w&’'-]*\s+(?:(?:and|&|of|in)\s+)?)+Fellowship\b/g;
/** A name made only of filler words ("Our Fellowship", "The Fellowship") names no program. */
const FILLER_NAME = /^(?:(?:the|our|your|this|about|why|apply|to|my|a|an)\s+)+Fellowship$/i;

/**
 * "Lakeshore University School of Medicine", "Children’s Hospital of Cedar Valley", "Mayo Clinic",
 * "University of Washington": a name before the keyword, or "of …" after it ("Health" alone is none).
 */
const INSTITUTION = new RegExp(
  String.raw`\b(?:(?:${CAPITALIZED}\s+){1,5}(?:University|College|Clinic|Hospital|Medical Center|Health(?: System)?|Institute)\b(?:\s+(?:School of Medicine|Medical Center|Health(?: System)?|Hospital)\b)?(?:\s+(?:of|in|at)(?:\s+${CAPITALIZED}){1,4})?|(?:University|College|Hospital|Institute) of(?:\s+${CAPITALIZED}){1,4})`,
  'g',
);

const TITLE_PARTS = /\s+[|–—•·]\s+|\s+-\s+/;

/** The program names in `text`, without filler-only names. */
export function programNames(text: string): string[] {
  return Array.from(text.matchAll(PROGRAM_NAME), (m) => m[0]).filter((name) => !FILLER_NAME.test(name));
}

/** The institutions named in `text` (each match, in order). */
export function institutions(text: string): string[] {
  return Array.from(text.matchAll(INSTITUTION), (m) => m[0].trim()).filter(
    (name) => !/fellowship/i.test(name),
  );
}

/** How many distinct values `find` yields over `texts`. */
export function countDistinct(texts: string[], find: (text: string) => string[]): number {
  return new Set(texts.flatMap(find).map((s) => s.toLowerCase())).size;
}

/**
 * The program's name: a "… Fellowship" name from the main headings or the title, else a heading or
 * title part that names a specialty ("Pain Medicine") plus "Fellowship".
 */
export function findProgramName(signals: PageSignals): string | null {
  const titleParts = signals.title.split(TITLE_PARTS);
  const candidates = [...signals.headings.slice(0, 3), ...titleParts];
  for (const text of candidates) {
    const name = programNames(text)[0];
    if (name) return name;
  }
  const named = candidates.find((text) => text.length <= 60 && detectSpecialty(text));
  return named ? `${named} Fellowship` : null;
}

/** The institution the page belongs to: from the title's last parts first, then headings, then prose. */
export function findInstitution(signals: PageSignals): string | null {
  const texts = [...signals.title.split(TITLE_PARTS).reverse(), ...signals.headings, signals.lead];
  for (const text of texts) {
    const found = institutions(text)[0];
    if (found) return found;
  }
  return null;
}
