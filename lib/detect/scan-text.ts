import { CASED_CUES, LOOK_ALIKES, type LookAlikeKind } from './look-alikes';
import { PROGRAM_WORDS } from './program-words';

/** What one pass over a page's text found: program words, look-alike cues and a few counts. */
export interface TextScan {
  /** The first words found for each program word id. */
  words: Map<string, string>;
  /** The distinct cues found for each look-alike kind: the page's words, quoted for the user. */
  cues: Cues;
  residents: number;
  fellows: number;
  /** "I", "my", "me", "I'm": how often the page speaks in the first person singular. */
  firstPerson: number;
  /** Month-and-day dates ("June 4", "Dec. 3"). */
  dates: number;
}

/** Look-alike cues by kind, each worded for the user. */
export type Cues = Map<LookAlikeKind, string[]>;

const COUNTED = [
  String.raw`\bresidents?\b`,
  String.raw`\bI\b(?!\.)|\bmy\b|\bme\b`,
  String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b`,
];

let combined: RegExp | undefined;

// One regex for every phrase, compiled on first use: only pages that name a fellowship pay for it.
// Look-alike phrases come first, so "ACGME Code:" counts as a directory's label, not as accreditation.
function combinedRegex(): RegExp {
  const sources = [...LOOK_ALIKES.map((l) => l.cues), ...PROGRAM_WORDS.map((w) => w.cues), ...COUNTED];
  return (combined ??= new RegExp(sources.map((s) => `(${s})`).join('|'), 'gi'));
}

/** Scans `text` once for every program word, look-alike cue and count. */
export function scanText(text: string): TextScan {
  const scan: TextScan = {
    words: new Map(),
    cues: new Map(),
    residents: 0,
    fellows: 0,
    firstPerson: 0,
    dates: 0,
  };
  const kinds = LOOK_ALIKES.length;
  const words = PROGRAM_WORDS.length;
  for (const match of text.matchAll(combinedRegex())) {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined) - 1;
    const found = match[0];
    if (group < kinds) addCue(scan.cues, LOOK_ALIKES[group]!.kind, quote(found));
    else if (group < kinds + words) {
      const id = PROGRAM_WORDS[group - kinds]!.id;
      if (!scan.words.has(id)) scan.words.set(id, found);
      // A match hides the words inside it: "trains three fellows" is a size and speaks of fellows.
      const fellows = id === 'fellows' || (id === 'size' && /fellow/i.test(found));
      if (fellows && !scan.words.has('fellows')) scan.words.set('fellows', found);
      if (fellows) scan.fellows += 1;
    } else if (group === kinds + words) scan.residents += 1;
    else if (group === kinds + words + 1) scan.firstPerson += 1;
    else scan.dates += 1;
  }
  for (const [kind, pattern] of CASED_CUES) {
    const found = pattern.exec(text)?.[0];
    if (found) addCue(scan.cues, kind, quote(found.replace(/\s*[|·•—–-]\s*$/, '')));
  }
  return scan;
}

/** Records a cue once: "$350,000" and "$450,000", "CA-1" and "CA-2", "ranking" and "rankings" are one. */
export function addCue(cues: Cues, kind: LookAlikeKind, cue: string): void {
  const list = cues.get(kind) ?? [];
  const key = cueKey(cue);
  if (!list.some((other) => cueKey(other) === key)) list.push(cue);
  cues.set(kind, list);
}

function cueKey(cue: string): string {
  return cue
    .toLowerCase()
    .replace(/[“”"\s]+/g, ' ')
    .replace(/\d/g, '#')
    .replace(/s\b/g, '')
    .trim();
}

/** The page's words as a short quotation, without the punctuation a pattern needed around them. */
function quote(found: string): string {
  const words = found.replace(/^[\s”",]+/, '').trim();
  return `“${words.length > 60 ? `${words.slice(0, 57)}…` : words}”`;
}
