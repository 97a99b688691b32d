import type { Span } from './evidence';
import { MONEY_SOURCE, parseMoney } from './numbers';

/** One row of a stipend table: a PGY level, its annual pay, and where the page states it. */
export interface PgyRow {
  pgy: number;
  usd: number;
  span: Span;
}

/** A label naming a PGY level: "PGY 5", "PGY-5", "PGY5", "Post Graduate Year 5", "Level 5". */
export const PGY_LABEL_SOURCE = String.raw`\b(?:PGY|PG|Post[\s-]?Graduate\s+Year|Level)[\s-]*(\d{1,2})\b`;

/** GME pay in the range a fellow is paid: above it are job postings, below it funds. */
export function isStipendAmount(usd: number): boolean {
  return usd >= 10_000 && usd <= 200_000;
}

/** A level 1–12 (a PGY-13 is no fellow). */
export function isPgyLevel(level: number): boolean {
  return level >= 1 && level <= 12;
}

const CELL_LABEL = new RegExp(`^${PGY_LABEL_SOURCE}`, 'i');
const CELL_MONEY = new RegExp(`^(?:${MONEY_SOURCE})`);

/** The PGY level a table cell names, or null ("PGY 5" yes; "Level-1 trauma center" only beside pay). */
export function pgyOfCell(text: string): number | null {
  const m = CELL_LABEL.exec(text.trim());
  const level = m?.[1] === undefined ? null : Number(m[1]);
  return level !== null && isPgyLevel(level) ? level : null;
}

/** The stipend a table cell holds ("$80,372", "$80,372.00", "80,372 USD"), or null. */
export function usdOfCell(text: string): number | null {
  const m = CELL_MONEY.exec(text.trim());
  const usd = m ? parseMoney(m[0]) : null;
  return usd !== null && isStipendAmount(usd) ? usd : null;
}

/** An academic year as pages write it: "July 1, 2024-June 30, 2025", "2024–2025", "AY 2024-25". */
export const ACADEMIC_YEAR =
  /\bJuly\s+1(?:st)?,?\s+\d{4}\s*(?:–|—|-|to|through)\s*June\s+30(?:th)?,?\s+\d{4}|\b(?:(?:AY|FY)\s*)?20\d\d\s*(?:–|—|-|\/|to)\s*(?:20)?\d\d\b/gi;

/** The last academic year stated in `text` (the one nearest a table that follows it), or null. */
export function lastAcademicYear(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(ACADEMIC_YEAR)) last = m[0];
  return last === null ? null : last.replace(/\s+/g, ' ');
}
