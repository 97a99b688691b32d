import { firstIn, sentencesWith, textOf, type ExtractContext } from './context';
import { withEvidence } from './evidence';
import { COUNT_SOURCE, parseCount } from './numbers';
import type { CountFact, TrackFact } from './schema';

const N = COUNT_SOURCE;
// Words that may stand between "one-year" and "program": adjectives and names, not a preposition
// ("9 months in the pain clinic" is a rotation, not the program's length).
const MIDDLE = String.raw`(?:[\s,]+(?:and\s+)?(?!(?:in|at|on|with|the|a|an|for|to|during|per|each|every|our|this|of)\b)[A-Za-z][\w-]*){0,5}?`;

/** "one-year program", "12-month ACGME-accredited fellowship", "one year of fellowship training". */
const LENGTH_BEFORE = new RegExp(
  String.raw`\b(${N})[\s-]+(year|month)s?(?:[\s-]+long)?(?:\s+of)?${MIDDLE}[\s,-]+(?:program|fellowship|training|position)s?\b`,
  'gi',
);
/** "The fellowship is 12 months long", "Program length: 1 year", "Duration: 12 months". */
const LENGTH_AFTER = new RegExp(
  String.raw`\b(?:(?:fellowship|program|training)\s+(?:is|lasts|spans|runs(?:\s+for)?)|(?:length|duration)(?:\s+of\s+(?:training|the\s+program|the\s+fellowship))?\s*(?:[:–-]|is))\s*(?:a\s+|an\s+)?(?:full\s+)?(${N})[\s-]+(year|month)s?\b`,
  'gi',
);
/** "July 1 – June 30" (an academic year): twelve months, or more across years. */
const ACADEMIC_YEAR =
  /\bJuly\s+1(?:st)?(?:,?\s+(\d{4}))?\s*(?:–|—|-|to|through)\s*June\s+30(?:th)?(?:,?\s+(\d{4}))?/i;
/** A span that speaks of pay: its "July 1 – June 30" is the stipend's year, not the program's length. */
const PAY_WORDS = /\b(?:stipends?|salar(?:y|ies)|compensation|pay)\b/i;
const TRACK_AFTER = /^[\s,-]*(?:(?:fellowship|program|training)\s+)?tracks?\b/i;

const TRIGGER = /\b(?:years?|months?|July)\b/gi;

/**
 * The program's length in months: a stated length ("one-year program", "12-month fellowship")
 * first, then an academic-year span ("July 1 – June 30"). A "24-month … track" is a track, not the
 * length. Only 12–36 months count: shorter spans are rotations ("9 months in clinic").
 */
export function readDuration(ctx: ExtractContext): CountFact | null {
  const stated = firstIn(ctx, TRIGGER, (sentence, text) => {
    for (const pattern of [LENGTH_BEFORE, LENGTH_AFTER]) {
      for (const m of text.matchAll(pattern)) {
        const end = m.index + m[0].length;
        if (TRACK_AFTER.test(text.slice(end, end + 30)) || /\btrack\b/i.test(m[0])) continue;
        const months = toMonths(m[1], m[2]);
        if (months === null) continue;
        const start = sentence.start + m.index;
        return withEvidence(ctx, months, sentence, { start, end: sentence.start + end });
      }
    }
    return null;
  });
  return stated ?? firstIn(ctx, /\bJuly\b/g, (sentence, text) => readAcademicYear(ctx, sentence, text));
}

function readAcademicYear(ctx: ExtractContext, sentence: { start: number; end: number }, text: string) {
  const m = ACADEMIC_YEAR.exec(text);
  if (!m || PAY_WORDS.test(text)) return null;
  const years = m[1] && m[2] ? Number(m[2]) - Number(m[1]) : 1;
  const months = years * 12;
  if (months < 12 || months > 36) return null;
  const start = sentence.start + m.index;
  return withEvidence(ctx, months, sentence, { start, end: start + m[0].length });
}

function toMonths(count: string | undefined, unit: string | undefined): number | null {
  const n = count === undefined ? null : parseCount(count);
  if (n === null || !unit) return null;
  const months = unit.toLowerCase() === 'year' ? n * 12 : n;
  return months >= 12 && months <= 36 ? months : null;
}

const TRACK = new RegExp(String.raw`\b(${N})[\s-]+(year|month)s?\b([^.;\n]{0,80}?)\btracks?\b`, 'gi');
// Research first: "combined research and clinical" and "clinical research" tracks are research tracks.
const RESEARCH_TRACK = /\b(?:research|clinician[\s-]scientists?)\b/i;
const OTHER_TRACK = /\b(pediatric|cancer|interventional|medical|academic|clinical)\b/i;

/** Tracks besides the standard year: "24-month, combined research, and clinical fellowship track". */
export function readTracks(ctx: ExtractContext): TrackFact[] {
  const tracks: TrackFact[] = [];
  for (const sentence of sentencesWith(ctx, /\btracks?\b/gi)) {
    const text = textOf(ctx, sentence);
    for (const m of text.matchAll(TRACK)) {
      const n = m[1] === undefined ? null : parseCount(m[1]);
      if (n === null) continue;
      const months = m[2]!.toLowerCase() === 'year' ? n * 12 : n;
      const name = trackName(m[3] ?? '');
      const start = sentence.start + m.index;
      tracks.push(withEvidence(ctx, { name, months }, sentence, { start, end: start + m[0].length }));
    }
  }
  return tracks;
}

function trackName(words: string): string {
  if (RESEARCH_TRACK.test(words)) return 'research';
  return OTHER_TRACK.exec(words)?.[1]?.toLowerCase() ?? 'other';
}
