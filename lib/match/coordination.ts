import { SEPARATOR } from './build-regex';
import { normalizeRange, reachAfter, sliceSpan, type NormalizedSlice } from './normalize-range';
import { isWordCode } from './word-chars';

/** How far after a match (normalized chars) a coordinated phase list may start. */
export const PHASE_LOOKAHEAD = 40;

const CONNECTORS = new Set(['and', 'or', '&', ',', 'as', 'well', 'plus', 'both']);
/** Words that qualify a phase without naming one: "trial and permanent implantation". */
const MODIFIERS = new Set(['permanent', 'temporary', 'percutaneous', 'perc', 'full', 'final', 'surgical']);
/** Room for the last phase word to end past the lookahead ("implantation"). */
const MAX_PHASE_WORD = 24;
/** Words allowed between the match and an opener: "drug delivery systems (trial and implant)". */
const MAX_LEAD_WORDS = 2;

/** A phase word found after a match, at its own normalized span. */
export interface PhaseHit {
  start: number;
  end: number;
  childId: string;
}

/** The child named by the longest phase word that `word` starts with ("implantation" → implant). */
function longestPhase(word: string, phases: Map<string, string>): string | undefined {
  let best: string | undefined;
  let bestLength = 0;
  for (const [phase, childId] of phases) {
    if (phase.length > bestLength && word.startsWith(phase)) {
      best = childId;
      bestLength = phase.length;
    }
  }
  return best;
}

/**
 * Phase words coordinated right after a match ending at `end`: "(trial and implant)",
 * ": trial and permanent implantation", " trial and implant". Needs two phase words, or one after
 * an opener "(" or ":", so a lone "trial" (often a research trial) names nothing.
 */
export function findPhaseList(text: string, end: number, phases: Map<string, string>): PhaseHit[] {
  const hits: PhaseHit[] = [];
  const limit = end + PHASE_LOOKAHEAD;
  let opened = false;
  let leadWords = 0;
  let joined = true; // a connector since the last hit
  let i = end;
  while (i < text.length && i < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordCode(c)) while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    const token = text.slice(i, j);
    const childId = isWordCode(c) ? longestPhase(token, phases) : undefined;
    if (childId !== undefined) {
      const previous = hits[hits.length - 1];
      // "permanent implantation": one phase named twice in a row is one span.
      if (!joined && previous?.childId === childId) previous.end = j;
      else hits.push({ start: i, end: j, childId });
      joined = false;
    } else if ((token === '(' || token === ':') && !opened && hits.length === 0) {
      opened = true;
    } else if (CONNECTORS.has(token) && hits.length > 0) {
      joined = true;
    } else if (!MODIFIERS.has(token)) {
      if (opened || hits.length > 0 || ++leadWords > MAX_LEAD_WORDS || !isWordCode(c)) break;
    }
    i = j;
  }
  if (leadWords > 0 && !opened) return [];
  return hits.length >= 2 || (opened && hits.length === 1) ? hits : [];
}

/** An entry's phase words (normalized → child id), with a cheap probe for the raw text. */
export interface PhaseRule {
  phases: Map<string, string>;
  /** Matches any phase word in raw text: no match after a hit means no list to parse. */
  probe: RegExp;
}

/** Compiles an entry's `phases` record, its words normalized with the catalog's normalizer. */
export function compilePhaseRule(
  phases: Record<string, string>,
  normalize: (s: string) => string,
): PhaseRule {
  const map = new Map<string, string>();
  for (const [word, childId] of Object.entries(phases)) map.set(normalize(word), childId);
  const words = [...map.keys()].map((w) => w.replace(/[^a-z0-9]+/g, SEPARATOR));
  return { phases: map, probe: new RegExp(`(?:${words.join('|')})`, 'i') };
}

/** Phase words coordinated after the original offset `end`, in original offsets. */
export function findPhasesAfter(input: string, end: number, rule: PhaseRule, normalized = false): PhaseHit[] {
  const to = reachAfter(input, end, PHASE_LOOKAHEAD + MAX_PHASE_WORD);
  // After a normalized scan the page may hide chars inside words, where the raw probe could miss.
  if (!normalized && !rule.probe.test(input.slice(end, to))) return [];
  const slice: NormalizedSlice = { ...normalizeRange(input, end, to), from: end };
  return findPhaseList(slice.text, 0, rule.phases).map((hit) => {
    const [start, stop] = sliceSpan(slice, hit.start, hit.end);
    return { start, end: stop, childId: hit.childId };
  });
}
