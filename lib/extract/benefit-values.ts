import type { ValueType } from '../catalog/schema';
import type { Span } from './evidence';
import { nearestTo } from './nearest';
import { findMoney } from './numbers';
import type { BenefitValue } from './schema';
import { quantitiesIn } from './time-off';

/** Kinds an enum benefit can be (moonlighting, parking, meals, housing, childcare, retirement). */
const ENUM_WORDS: Array<[RegExp, string]> = [
  [
    /\bwith\s+(?:[\w-]+\s+){0,3}?(?:approval|permission)\b|\b(?:approved\s+by|if\s+approved)\b/i,
    'with-approval',
  ],
  [/\binternal\b|\bin[\s-]house\b/i, 'internal'],
  [/\bexternal\b/i, 'external'],
  [/\bpermitted\b|\ballowed\b/i, 'permitted'],
  [/\bfree\b|\bno\s+cost\b|\bcovered\s+100\s?%/i, 'free'],
  [/\bsubsidi[sz]ed\b/i, 'subsidized'],
  [/\breimburs/i, 'reimbursed'],
  [/\bon[\s-]site\b/i, 'on-site'],
  [/\bback[\s-]?up\b/i, 'backup'],
  [/\b403\s?\(?b\)?|\b457\s?\(?b\)?|\b401\s?\(?k\)?/i, ''],
];

/**
 * The value a benefit's sentence states for it, read by the entry's value type around the mention
 * (`at`, relative to `sentence`): an amount, days, weeks or a kind. Null when the sentence states
 * none; booleans and lists are settled by the caller (present/absent, the names used).
 */
export function readBenefitValue(valueType: ValueType | undefined, sentence: string, at: Span): BenefitValue {
  switch (valueType) {
    case 'usd':
    case 'usd-by-pgy':
      return nearestTo(sentence, at, findMoney(sentence))?.usd ?? null;
    case 'days':
      return nearestTo(sentence, at, quantitiesIn(sentence))?.days ?? null;
    case 'weeks': {
      const days = nearestTo(sentence, at, quantitiesIn(sentence))?.days;
      return days === undefined ? null : Math.round((days / 5) * 10) / 10;
    }
    case 'enum':
      return readKind(sentence);
    default:
      return null;
  }
}

function readKind(sentence: string): string | null {
  for (const [pattern, kind] of ENUM_WORDS) {
    const m = pattern.exec(sentence);
    if (m) return kind || m[0].replace(/\s+/g, '').toLowerCase();
  }
  return null;
}

// "No moonlighting", "not eligible for moonlighting": a negation just before the mention (but
// "not only health insurance" offers it).
const NEGATED_BEFORE = /\b(?:no|not(?!\s+only\b)|never|without)\s+(?:[\w-]+\s+){0,2}$/i;
// "Moonlighting is not permitted", "… is prohibited": a refusal after it, in the same clause.
const NEGATED_AFTER =
  /^[^.;]{0,60}?\b(?:not\s+(?:be\s+)?(?:permitted|allowed|offered|provided|available|covered|included|reimbursed|paid|funded|eligible|an\s+option)|prohibited|forbidden|disallowed|unavailable)\b/i;

/** Whether the sentence says the benefit mentioned at `at` is not offered. */
export function isNegated(sentence: string, at: Span): boolean {
  return (
    NEGATED_BEFORE.test(sentence.slice(Math.max(0, at.start - 40), at.start)) ||
    NEGATED_AFTER.test(sentence.slice(at.end))
  );
}
