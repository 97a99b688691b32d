import { firstIn, type ExtractContext } from './context';
import { withEvidence } from './evidence';
import type { BooleanFact } from './schema';

const ACGME = String.raw`(?:the\s+)?(?:ACGME|Accreditation Council for Graduate Medical Education)`;

/**
 * An explicit no first at any position ("not ACGME-accredited" starts earlier than its
 * "ACGME-accredited"), then the ways a page says yes.
 */
const STATUS = new RegExp(
  [
    String.raw`(?<no>\bnon[\s-]?ACGME\b|\bnot\s+(?:an?\s+|yet\s+)?(?:ACGME[\s-]+)?accredited\b|\bunaccredited\b)`,
    String.raw`(?<yes>\b(?:ACGME|fully)[\s-]+(?:accredited|approved)\b|\baccredited\s+by\s+${ACGME}\b|\b(?:has|holds|received|maintains|granted|earned|achieved)\s+(?:full\s+|initial\s+|continued\s+)?(?:ACGME\s+)?accreditation\b)`,
  ].join('|'),
  'gi',
);
/** "non-ACGME residencies": the applicants' training, not this program's status. */
const ABOUT_APPLICANTS = /^[\s-]*(?:[\w-]+\s+){0,2}?(?:residen|graduates?|applicants?|trainees?\s+from)/i;

/**
 * Whether the program is ACGME-accredited: true for "ACGME-accredited", "fully accredited",
 * "accredited by the ACGME"; false for "non-ACGME", "not accredited". The first statement in the
 * page wins; a page that never says is null (not stated), never false.
 */
export function readAccreditation(ctx: ExtractContext): BooleanFact | null {
  return firstIn(ctx, /accredit|ACGME/gi, (sentence, text) => {
    for (const m of text.matchAll(STATUS)) {
      const end = m.index + m[0].length;
      const no = m.groups?.no !== undefined;
      if (no && /acgme$/i.test(m[0]) && ABOUT_APPLICANTS.test(text.slice(end, end + 40))) continue;
      const start = sentence.start + m.index;
      return withEvidence(ctx, !no, sentence, { start, end: sentence.start + end });
    }
    return null;
  });
}
