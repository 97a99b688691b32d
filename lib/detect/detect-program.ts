import { LOOK_ALIKES, type LookAlikeKind } from './look-alikes';
import { findInstitution, findProgramName } from './names';
import { PROGRAM_WORDS } from './program-words';
import { addCue, scanText, type Cues } from './scan-text';
import { completeSignals, headlineText, namesFellowship, readHeadline, type PageSignals } from './signals';
import { detectSpecialty } from './specialty';
import { structuralCues } from './structure';

/** Why a page was or was not taken for a fellowship program's own page. */
export interface Detection {
  isProgram: boolean;
  score: number;
  /** Every point of `score`, signed ("+1 …", "−6 …"), then the verdict; shown to users. */
  reasons: string[];
  specialty: string | null;
  programName: string | null;
  institution: string | null;
  /** The look-alike kinds the page showed cues of (catalog-reference §5), most points first. */
  lookAlikes: LookAlikeKind[];
}

/** Score at or above which a page counts as a program page. */
export const PROGRAM_THRESHOLD = 4;
/** Program words (besides the name) a program page needs, however high its score. */
export const MIN_PROGRAM_WORDS = 2;

/** Cues of one look-alike kind that make the page that kind, whatever its score. */
export const CLEAR_CUES = 2;

/** Points per signal. A look-alike costs CUE_POINTS per distinct cue, for up to MAX_CUES cues. */
const NAME_POINTS = 2;
const CUE_POINTS = 3;
const MAX_CUES = 3;

// "Fellowship-trained" describes a physician, not a program.
const EDUCATION_PATH = /\/(?:[\w-]*-)?(?:education|fellowships?|gme|training)(?=[/.?#]|$)/i;

/**
 * Classifies a page from its cheap signals: points for a fellowship name and for program words
 * (catalog-reference §5), points off for each look-alike's cues. A program page names a fellowship
 * in its title or main headings, shows at least MIN_PROGRAM_WORDS program words, has fewer than
 * CLEAR_CUES cues of any one look-alike kind, and scores at least PROGRAM_THRESHOLD.
 */
export function detectProgram(signals: PageSignals): Detection {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : '−'}${Math.abs(points)} ${reason}`);
  };

  const headline = headlineText(signals);
  const named = namesFellowship(signals);
  if (named) add(NAME_POINTS, 'names a fellowship in its title or main headings');
  if (EDUCATION_PATH.test(new URL(signals.url, 'http://x').pathname)) {
    add(1, 'its address is under an education or fellowship path');
  }

  const scan = scanText(`${signals.title} ${signals.description} ${signals.lead}`);
  let words = 0;
  for (const word of PROGRAM_WORDS) {
    const found = scan.words.get(word.id);
    if (found === undefined) continue;
    words += 1;
    add(1, `${word.reason} (“${found}”)`);
  }

  // What the page's shape shows comes first: it says more than any one phrase.
  const cues: Cues = new Map();
  for (const [kind, cue] of structuralCues(signals, scan)) addCue(cues, kind, cue);
  for (const [kind, found] of scan.cues) for (const cue of found) addCue(cues, kind, cue);
  const listing = cues.has('listing');
  const institution = findInstitution(signals);
  if (institution && !listing) add(1, `names its institution (${institution})`);

  const lookAlikes = LOOK_ALIKES.filter((l) => cues.has(l.kind))
    .map((l) => ({ ...l, cues: cues.get(l.kind)! }))
    .sort((a, b) => Math.min(b.cues.length, MAX_CUES) - Math.min(a.cues.length, MAX_CUES));
  for (const lookAlike of lookAlikes) {
    const counted = lookAlike.cues.slice(0, MAX_CUES);
    add(-CUE_POINTS * counted.length, `${lookAlike.label}: ${counted.join(', ')}`);
  }

  // One stray phrase ("Request an appointment" in a promo box) costs points; two cues of one kind
  // settle it, as catalog-reference §5 rejects any page with a patient or job-posting signal.
  const clear = lookAlikes.find((l) => l.cues.length >= CLEAR_CUES);
  const isProgram = named && words >= MIN_PROGRAM_WORDS && !clear && score >= PROGRAM_THRESHOLD;
  reasons.push(verdict(isProgram, named, words, score, clear?.label));
  const programName = isProgram ? findProgramName(signals) : null;
  return {
    isProgram,
    score,
    reasons,
    specialty: detectSpecialty(programName ?? headline),
    programName,
    institution: isProgram ? institution : null,
    lookAlikes: lookAlikes.map((l) => l.kind),
  };
}

function verdict(
  isProgram: boolean,
  named: boolean,
  words: number,
  score: number,
  lookAlike?: string,
): string {
  if (isProgram) return `= ${score}: a program page (needs ${PROGRAM_THRESHOLD})`;
  if (!named) return `= ${score}: not a program page (no fellowship in its title or main headings)`;
  if (lookAlike) return `= ${score}: not a program page (it ${lookAlike}, with ${CLEAR_CUES} or more cues)`;
  if (words < MIN_PROGRAM_WORDS) {
    return `= ${score}: not a program page (${words} program words; needs ${MIN_PROGRAM_WORDS})`;
  }
  return `= ${score}: not a program page (needs ${PROGRAM_THRESHOLD})`;
}

/**
 * Reads the signals of `doc` and classifies it, cheapest first: a page whose title and headings
 * never say "fellowship" is not a program page, and its body's prose is never read.
 */
export function detectProgramPage(doc: Document = document): Detection {
  const headline = readHeadline(doc);
  if (!namesFellowship(headline)) {
    return {
      isProgram: false,
      score: 0,
      reasons: ['no "fellowship" in the title or headings'],
      specialty: null,
      programName: null,
      institution: null,
      lookAlikes: [],
    };
  }
  return detectProgram(completeSignals(doc, headline));
}
