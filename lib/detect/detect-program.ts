import { readHeadline, readLead, type PageSignals } from './signals';
import { detectSpecialty } from './specialty';

/** Why a page was or was not taken for a fellowship program's own page. */
export interface Detection {
  isProgram: boolean;
  score: number;
  reasons: string[];
  specialty: string | null;
  programName: string | null;
  institution: string | null;
}

/** Score at or above which a page counts as a program page. */
export const PROGRAM_THRESHOLD = 3;

// Words that a program's own page uses about itself (catalog-reference §5, strong signals).
const PROGRAM_WORDS: Array<[RegExp, string]> = [
  [/\bACGME\b/, 'mentions ACGME'],
  [/\bfellows\b/i, 'speaks of its fellows'],
  [/\bcurricul(?:um|a)\b/i, 'describes a curriculum'],
  [/\brotations?\b/i, 'describes rotations'],
  [/\bdidactics?\b/i, 'describes didactics'],
  [/\bPGY[\s-]?\d\b/, 'lists PGY levels'],
  [/\bstipends?\b/i, 'states a stipend'],
  [/\b(?:ERAS|NRMP)\b/, 'explains how to apply (ERAS/NRMP)'],
  [/\bprogram (?:director|coordinator)\b/i, 'names a program director'],
];

// Look-alikes that share the vocabulary: a ranking of many programs, an article about fellowships.
const LOOK_ALIKES: Array<[RegExp, keyof PageSignals, string]> = [
  [
    /\b(?:top|best)\s+(?:\d+\s+)?(?:[a-z]+\s+){0,3}(?:fellowships?|programs)\b/i,
    'title',
    'a ranking of programs',
  ],
  [/\bin this (?:guide|article|post)\b/i, 'lead', 'reads as an article about fellowships'],
];

/** Classifies a page from its cheap signals, with the reasons for the verdict. */
export function detectProgram(signals: PageSignals): Detection {
  const reasons: string[] = [];
  let score = 0;
  const heading = headlineText(signals);
  const namesFellowship = NAMES_FELLOWSHIP.test(heading);
  if (namesFellowship) {
    score += 2;
    reasons.push('"fellowship" in the title or main heading');
  }
  if (/\/(?:education|fellowships?|gme)\b/i.test(new URL(signals.url, 'http://x').pathname)) {
    score += 1;
    reasons.push('address under an education or fellowship path');
  }
  const text = `${signals.description} ${signals.lead}`;
  let words = 0;
  for (const [pattern, reason] of PROGRAM_WORDS) {
    if (words < 4 && pattern.test(text)) {
      words += 1;
      reasons.push(reason);
    }
  }
  score += words;
  let lookAlike = false;
  for (const [pattern, field, reason] of LOOK_ALIKES) {
    const value = signals[field];
    if (typeof value === 'string' && pattern.test(value)) {
      lookAlike = true;
      score -= 5;
      reasons.push(`looks like ${reason}`);
    }
  }
  // Two strong signals besides the name, as catalog-reference §5 suggests: "fellowship" in a
  // title alone also names blog posts, listings and this project's own demo index.
  const isProgram = namesFellowship && words >= 2 && !lookAlike && score >= PROGRAM_THRESHOLD;
  return {
    isProgram,
    score,
    reasons,
    specialty: detectSpecialty(heading),
    programName: isProgram ? findProgramName(signals) : null,
    institution: isProgram ? findInstitution(signals) : null,
  };
}

const NAMES_FELLOWSHIP = /\bfellowship\b/i;

/**
 * Reads the signals of `doc` and classifies it, cheapest first: a page whose title and headings
 * never say "fellowship" is not a program page, and its body's prose is never read.
 */
export function detectProgramPage(doc: Document = document): Detection {
  const headline = readHeadline(doc);
  if (!NAMES_FELLOWSHIP.test(headlineText(headline))) {
    return {
      isProgram: false,
      score: 0,
      reasons: ['no "fellowship" in the title or headings'],
      specialty: null,
      programName: null,
      institution: null,
    };
  }
  return detectProgram({ ...headline, lead: readLead(doc) });
}

/** The title and the first headings: where a program page names itself. */
function headlineText(signals: Pick<PageSignals, 'title' | 'headings'>): string {
  return [signals.title, ...signals.headings.slice(0, 3)].join(' | ');
}

const TITLE_PARTS = /\s+[|–—•·]\s+|\s+-\s+/;

function findProgramName(signals: PageSignals): string | null {
  const candidates = [...signals.headings, ...signals.title.split(TITLE_PARTS)];
  return candidates.find((c) => /\bfellowship\b/i.test(c) && c.length <= 120) ?? null;
}

const INSTITUTION =
  /\b(?:[A-Z][\w.'&-]*\s+){0,5}(?:University|College|Clinic|Hospital|Medical Center|Health(?: System)?)(?:\s+(?:of|in|at)(?:\s+[A-Z][\w.'&-]*){1,4})?/;

function findInstitution(signals: PageSignals): string | null {
  for (const text of [...signals.title.split(TITLE_PARTS).reverse(), ...signals.headings, signals.lead]) {
    const found = INSTITUTION.exec(text)?.[0].trim();
    if (found && !/fellowship/i.test(found)) return found;
  }
  return null;
}
