import type { LookAlikeKind } from './look-alikes';
import { SCHEMA_KINDS } from './look-alikes';
import { countDistinct, institutions, programNames } from './names';
import type { TextScan } from './scan-text';
import type { PageSignals } from './signals';

/** A ranking's title: "Best Pain Medicine Fellowship Programs", "The Top Fellowship Programs for …". */
const RANKING_TITLE = /\b(?:top|best)\s+(?:\d+\s+)?(?:[\w-]+\s+){0,4}(?:fellowships|programs)\b/i;
const RESIDENCY_NAME = /\bresidency\b/i;
const FELLOWSHIP_NAME = /\bfellowship\b/i;
/** "March 3, 2025" where a post or a release puts its date: at the top of its text. */
const FULL_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b/i;
const TOP_CHARS = 300;

/** Headings naming this many institutions, or fellowships, make a list of programs. */
export const MANY_INSTITUTIONS = 4;
export const MANY_FELLOWSHIPS = 3;
/** A page this full of "I" and "my" is someone's own story. */
const FIRST_PERSON = 10;
/** A page with this many dates is a calendar. */
const MANY_DATES = 6;

/**
 * Look-alike cues that only the page's shape shows: its title, headings, address, declared type and
 * counts from the text scan. Each is `[kind, cue]`, the cue worded for the user.
 */
export function structuralCues(signals: PageSignals, scan: TextScan): Array<[LookAlikeKind, string]> {
  const cues: Array<[LookAlikeKind, string]> = [];
  const { title, headings } = signals;
  const ranking = RANKING_TITLE.exec(title)?.[0];
  if (ranking) cues.push(['listing', `a ranking title: “${ranking}”`]);
  const places = countDistinct(headings, institutions);
  if (places >= MANY_INSTITUTIONS && institutions(title).length === 0) {
    cues.push(['listing', `its headings name ${places} institutions`]);
  }
  const fellowships = countDistinct(headings, programNames);
  if (fellowships >= MANY_FELLOWSHIPS) cues.push(['listing', `its headings name ${fellowships} fellowships`]);
  const name = `${title} | ${headings[0] ?? ''}`;
  if (RESIDENCY_NAME.test(name) && !FELLOWSHIP_NAME.test(name)) {
    cues.push(['residency', 'its title names a residency, not a fellowship']);
  }
  if (scan.residents >= 4 && scan.residents > 2 * scan.fellows) {
    cues.push(['residency', `speaks of residents (${scan.residents}×) more than fellows (${scan.fellows}×)`]);
  }
  if (scan.firstPerson >= FIRST_PERSON) {
    cues.push(['student-blog', `written in the first person (${scan.firstPerson}× “I”, “my”, “me”)`]);
  }
  const dated = FULL_DATE.exec(signals.lead.slice(0, TOP_CHARS))?.[0];
  if (dated) cues.push(['article', `dated at the top of its text: “${dated}”`]);
  if (scan.dates >= MANY_DATES) cues.push(['society-calendar', `lists ${scan.dates} dates`]);
  if (/^\/(?:index\.\w+)?$/.test(new URL(signals.url, 'http://x').pathname)) {
    cues.push(['home-page', 'its address is a site’s home page']);
  }
  for (const type of signals.schemaTypes) {
    const kind = SCHEMA_KINDS[type];
    if (kind) cues.push([kind, `declares itself a schema.org ${type}`]);
  }
  return cues;
}
