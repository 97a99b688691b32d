import { firstIn, type ExtractContext } from './context';
import { withEvidence } from './evidence';
import { nearestTo } from './nearest';
import { COUNT_SOURCE, parseCount, timeUnitOf, toWorkDays, type TimeUnit } from './numbers';
import type { CountFact } from './schema';

/** "15 vacation days", "three weeks", "15 scheduled workdays", "120 hours", "5 business days". */
const QUANTITY = new RegExp(
  String.raw`\b(${COUNT_SOURCE})[\s-]+(?:[A-Za-z]+\s+){0,2}?((?:business|working|work|calendar)?\s*days?|workdays?|weeks?|wks?|hours?|hrs?)\b`,
  'gi',
);
const VACATION = /\bvacation\b|\bannual\s+leave\b/gi;
// "Conference" alone is everywhere on these pages ("weekly pain conferences"); it needs a day count
// beside it, and meeting time is never stated in hours here ("4 hours of weekly conferences").
const MEETING =
  /\b(?:(?:meeting|conference|educational|education|academic|CME)\s+(?:days?|leave|time)|CME|meetings?|conferences?)\b/gi;

interface Quantity {
  start: number;
  end: number;
  days: number;
  unit: TimeUnit;
}

/** Vacation in business days: "15 vacation days", "three weeks" (15), "4 weeks" (20), "120 hours" (15). */
export function readVacationDays(ctx: ExtractContext): CountFact | null {
  return readDays(ctx, VACATION, ['day', 'week', 'hour'], 60);
}

/** Meeting, conference, educational or CME days: "5 meeting days", "five days of educational leave". */
export function readMeetingDays(ctx: ExtractContext): CountFact | null {
  return readDays(ctx, MEETING, ['day', 'week'], 30);
}

/** The first keyword of `keywords` with a quantity of time of its own, in business days. */
function readDays(ctx: ExtractContext, keywords: RegExp, units: TimeUnit[], max: number): CountFact | null {
  return firstIn(ctx, keywords, (sentence, text) => {
    const quantities = quantitiesIn(text).filter(
      (q) => units.includes(q.unit) && q.days >= 1 && q.days <= max,
    );
    if (quantities.length === 0) return null;
    for (const k of text.matchAll(keywords)) {
      const q = nearestTo(text, { start: k.index, end: k.index + k[0].length }, quantities);
      if (!q) continue;
      const end = Math.max(q.end, k.index + k[0].length);
      const focus = { start: sentence.start + Math.min(q.start, k.index), end: sentence.start + end };
      return withEvidence(ctx, q.days, sentence, focus);
    }
    return null;
  });
}

/** Every amount of time in `text`, converted to business days. */
export function quantitiesIn(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const n = parseCount(m[1]!);
    const unit = timeUnitOf(m[2]!);
    if (n === null || unit === null) continue;
    found.push({ start: m.index, end: m.index + m[0].length, days: toWorkDays(n, unit), unit });
  }
  return found;
}
