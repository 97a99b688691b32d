import { firstIn, type ExtractContext } from './context';
import { withEvidence } from './evidence';
import { nearestTo } from './nearest';
import { findMoney } from './numbers';
import type { UsdFact } from './schema';

/**
 * The names of an education fund (catalog-reference §3): discretionary, education(al), academic,
 * book, book/travel, CME, professional-development fund or allowance, or money "for books and
 * educational expenses".
 */
const FUND =
  /\b(?:(?:discretionary|education(?:al)?|academic|book(?:\s*\/\s*travel)?|CME|professional[\s-]development)\s+(?:fund|allowance|stipend|money|account)s?|(?:for\s+)?books?(?:\s+and\s+(?:educational|CME)\s+expenses)|(?:books?|educational|CME)\s+expenses)\b/gi;

/** An education fund is a few hundred to a few thousand dollars a year; more is pay. */
const isFundAmount = (usd: number) => usd >= 50 && usd < 20_000;

/** The education fund in USD/yr: "Discretionary Fund: $2,000", "$1,500 CME fund", "$1,000 book/travel fund". */
export function readEducationFund(ctx: ExtractContext): UsdFact | null {
  return firstIn(ctx, FUND, (sentence, text) => {
    const amounts = findMoney(text).filter((m) => isFundAmount(m.usd));
    if (amounts.length === 0) return null;
    for (const k of text.matchAll(FUND)) {
      const money = nearestTo(text, { start: k.index, end: k.index + k[0].length }, amounts);
      if (!money) continue;
      const focus = {
        start: sentence.start + Math.min(money.start, k.index),
        end: sentence.start + Math.max(money.end, k.index + k[0].length),
      };
      return withEvidence(ctx, money.usd, sentence, focus);
    }
    return null;
  });
}
