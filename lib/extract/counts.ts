import { firstIn, type ExtractContext } from './context';
import { withEvidence } from './evidence';
import { COUNT_SOURCE, parseCount } from './numbers';
import type { CountFact } from './schema';

const N = `(${COUNT_SOURCE})`;
/** Up to `n` words, none of which is a unit or preposition ("6 half days with Neurology faculty"). */
const words = (n: number) =>
  String.raw`(?:(?!(?:days?|weeks?|months?|hours?|years?|with|per|of|and|from|to|in|on|at|patients?)\b)[A-Za-z][\w&-]*\s+){0,${n}}?`;

/**
 * Positions per year, one alternative per phrasing: "four positions", "admits three fellows per
 * year", "3 fellows each year", "class of four", "Approved per Year: 2", "Positions: 4".
 */
const POSITIONS = new RegExp(
  [
    String.raw`\b(?:up\s+to\s+)?${N}\s+${words(3)}positions?\b`,
    String.raw`\b(?:admits?|accepts?|takes?|trains?|recruits?|matches?|selects?|offers?|enrolls?|appoints?)\s+(?:up\s+to\s+)?${N}\s+${words(2)}fellows?\b`,
    String.raw`\b${N}\s+${words(2)}fellows?\s+(?:(?:per|each|every|a)\s+(?:academic\s+)?year|annually|yearly)\b`,
    String.raw`\bclass(?:\s+size)?(?:\s+(?:of|is)|\s*:)\s*${N}\b`,
    String.raw`\b(?:approved|positions?|fellows?)\s+(?:per\s+year|available)\s*:?\s*${N}\b`,
    String.raw`\bpositions\s*:\s*${N}\b`,
  ].join('|'),
  'gi',
);

// The words every phrasing of POSITIONS holds. Not "fellows" alone: it is in every other sentence.
const POSITION_WORDS =
  /\bpositions?\b|\bclass\b|\bper\s+year\b|\b(?:annually|yearly)\b|\b(?:each|every|a)\s+(?:academic\s+)?year\b|\b(?:admits?|accepts?|takes?|trains?|recruits?|matches?|selects?|offers?|enrolls?|appoints?)\b/gi;

/** "17 faculty members", "12 board-certified pain faculty", "a faculty of 20". */
const FACULTY = new RegExp(
  [
    String.raw`\b${N}\+?\s+${words(3)}(?:faculty|attendings|attending\s+physicians)\b`,
    String.raw`\bfaculty\s+(?:of|includes|consists\s+of|comprises|numbers)\s+(?:over\s+|more\s+than\s+)?${N}\b`,
  ].join('|'),
  'gi',
);

/** Fellowship positions per year (1–20: more than 10 is already unusual for one program). */
export function readPositions(ctx: ExtractContext): CountFact | null {
  return readCount(ctx, POSITION_WORDS, POSITIONS, 1, 20);
}

/** The number of faculty the page states (2–300: "one faculty member" is about someone). */
export function readFacultyCount(ctx: ExtractContext): CountFact | null {
  return readCount(ctx, /\bfaculty\b|\battendings?\b/gi, FACULTY, 2, 300);
}

/** The first count of `pattern` in a sentence holding `trigger`, within `min`..`max`. */
function readCount(
  ctx: ExtractContext,
  trigger: RegExp,
  pattern: RegExp,
  min: number,
  max: number,
): CountFact | null {
  return firstIn(ctx, trigger, (sentence, text) => {
    for (const m of text.matchAll(pattern)) {
      const token = m.slice(1).find((g) => g !== undefined);
      const n = token === undefined ? null : parseCount(token);
      if (n === null || n < min || n > max) continue;
      const start = sentence.start + m.index;
      return withEvidence(ctx, n, sentence, { start, end: start + m[0].length });
    }
    return null;
  });
}
