/**
 * Numbers as pages write them: digits, words ("three", "twenty-four", "a dozen"), money ("$80,372",
 * "$80K", "80,372 USD") and time off in days, weeks or hours. Small pure helpers, shared by every
 * field so "four positions" and "4 positions" read the same.
 */

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// Longest first, so "fourteen" is never read as "four" followed by "teen".
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * Regex source for a count: digits (with thousands separators) or a number in words up to
 * ninety-nine, or "a dozen". Case-insensitive use only; read the token with {@link parseCount}.
 */
export const COUNT_SOURCE = /* @__PURE__ */ (() =>
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:${byLength(TENS)})(?:[\s-](?:${byLength(
    ONES.slice(1, 10),
  )}))?|${byLength(ONES)}|(?:a\s+)?dozen)`)();

/** The value of a count token ("17", "seventeen", "twenty-four", "a dozen", "10,000"), or null. */
export function parseCount(token: string): number | null {
  const word = token.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(word)) return Number(word.replace(/,/g, ''));
  if (word === 'dozen' || word === 'a dozen') return 12;
  const ones = ONES.indexOf(word);
  if (ones >= 0) return ones;
  const [tens = '', unit] = word.split(/[\s-]/);
  const t = TENS.indexOf(tens);
  if (t < 0) return null;
  if (unit === undefined) return (t + 2) * 10;
  const u = ONES.indexOf(unit);
  return u >= 1 && u <= 9 ? (t + 2) * 10 + u : null;
}

// Digits with well-formed thousands separators, so "$80,372," does not take the comma.
const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?`;

/**
 * Regex source for an amount of money: "$80,372", "$ 2,000.50", "US$80K", "$80 thousand",
 * "80,372 USD", "2,000 dollars". Read the token with {@link parseMoney}.
 */
export const MONEY_SOURCE = String.raw`(?:US)?\$\s?${AMOUNT}(?:\s?[kK]\b|\s+thousand\b)?|\b${AMOUNT}\s?(?:USD|dollars)\b`;

const MONEY = new RegExp(MONEY_SOURCE, 'g');
const MONEY_PARTS = new RegExp(String.raw`(${AMOUNT})\s*([kK]|thousand)?`);

/** The amount in US dollars of a money token ("$80,372" → 80372, "$80K" → 80000), or null. */
export function parseMoney(token: string): number | null {
  const parts = MONEY_PARTS.exec(token);
  if (!parts?.[1]) return null;
  const digits = parts[1].replace(/,/g, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return parts[2] ? Math.round(value * 1000) : value;
}

/** Every amount of money in `text`, with its offsets, in order. */
export function findMoney(text: string): Array<{ usd: number; start: number; end: number }> {
  const found: Array<{ usd: number; start: number; end: number }> = [];
  for (const m of text.matchAll(MONEY)) {
    const usd = parseMoney(m[0]);
    if (usd !== null) found.push({ usd, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Units that time off is stated in. */
export type TimeUnit = 'day' | 'week' | 'hour';

/** Working days for an amount of time off: a week is 5 workdays, a day of leave is 8 hours. */
export function toWorkDays(amount: number, unit: TimeUnit): number {
  if (unit === 'week') return amount * 5;
  if (unit === 'hour') return Math.round(amount / 8);
  return amount;
}

/** The unit a word names ("weeks", "workdays", "business days", "hrs"), or null. */
export function timeUnitOf(word: string): TimeUnit | null {
  const w = word.toLowerCase().trim();
  if (/days?$/.test(w)) return 'day';
  if (/^(?:weeks?|wks?)$/.test(w)) return 'week';
  if (/^(?:hours?|hrs?)$/.test(w)) return 'hour';
  return null;
}
