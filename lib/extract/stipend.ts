import { firstIn, sentencesWith, textOf, type ExtractContext } from './context';
import { evidenceOf, type Span } from './evidence';
import { findMoney } from './numbers';
import { isPgyLevel, isStipendAmount, lastAcademicYear, PGY_LABEL_SOURCE, type PgyRow } from './pgy';
import type { Stipend } from './schema';
import type { StipendTable } from './stipend-table';

/** Most pain fellows enter at PGY-5 (4-year residencies); the headline assumes it unless told. */
export const USUAL_FELLOW_PGY = 5;

/** A flattened table row in text: "PGY 5$80,372", "PGY5: $60,817", "Post Graduate Year 5 – $60,413". */
const TEXT_ROW = new RegExp(`${PGY_LABEL_SOURCE}\\s*(?:[:–—=-]\\s*)?(?=\\$|US\\$|\\d)`, 'gi');
// PGY only: "Level" alone is too common here ("fellows entering the Level-1 trauma center").
const PGY = String.raw`\b(?:PGY|Post[\s-]?Graduate\s+Year)[\s-]*(\d{1,2})\b`;
/** "Fellows are paid at the PGY-6 level", "fellows enter at PGY 4", "PGY-6 salary". */
const FELLOW_LEVEL = new RegExp(
  String.raw`\b(?:paid|enter(?:s|ing)?|appointed|compensated|funded)\b[^.]{0,40}?${PGY}|${PGY}\s+(?:level|salary|stipend|scale|rate)\b`,
  'i',
);
const PAY_WORD = /\b(?:salar(?:y|ies)|stipends?|compensation|pay|paid)\b/gi;
/** "housing stipend", "travel allowance", "education stipend": not the fellow's pay. */
const OTHER_PAY =
  /\b(?:housing|phone|meal|travel|book|education(?:al)?|technology|relocation|moving|parking|cme|research|loan)\s*$/i;
/** A job posting's pay, not a fellowship stipend. */
const JOB_POSTING = /\bRVUs?\b|\bbonus\b|\bpartnership\b/i;

/**
 * The stipend: the DOM tables' rows (read as tables), else rows of a flattened text table, with
 * the headline at the level the page says fellows are paid at, or PGY-5 (`assumedPgy: 5`).
 * Without a table, one stated amount ("annual salary of $72,000") in the GME range. Null when the
 * page states no pay (never 0).
 */
export function readStipend(ctx: ExtractContext, domTable: StipendTable | null = null): Stipend | null {
  const table = domTable ?? readTextTable(ctx);
  if (table) return fromTable(ctx, table);
  return readSingleAmount(ctx);
}

function fromTable(ctx: ExtractContext, table: StipendTable): Stipend {
  const stated = readFellowLevel(ctx);
  const pgy = stated ?? USUAL_FELLOW_PGY;
  const byPgy: Record<number, number> = {};
  for (const row of table.rows) byPgy[row.pgy] ??= row.usd;
  // A table without the level still is the evidence: its first row is quoted, the value is null.
  const headline = table.rows.find((r) => r.pgy === pgy) ?? table.rows[0]!;
  return {
    value: byPgy[pgy] ?? null,
    ...evidenceOf(ctx, headline.span),
    pgy,
    ...(stated === null && { assumedPgy: USUAL_FELLOW_PGY }),
    byPgy,
    academicYear: table.academicYear,
  };
}

/** Rows of a table the page flattened into text lines ("PGY 5$80,372"). */
function readTextTable(ctx: ExtractContext): StipendTable | null {
  const rows: PgyRow[] = [];
  for (const sentence of sentencesWith(ctx, /\b(?:PGY|Post[\s-]?Graduate|Level)/gi)) {
    const text = textOf(ctx, sentence);
    for (const m of text.matchAll(TEXT_ROW)) {
      const end = m.index + m[0].length;
      const money = findMoney(text.slice(end, end + 20))[0];
      const pgy = Number(m[1]);
      if (!money || money.start !== 0 || !isStipendAmount(money.usd) || !isPgyLevel(pgy)) continue;
      const span: Span = { start: sentence.start + m.index, end: sentence.start + end + money.end };
      rows.push({ pgy, usd: money.usd, span });
    }
  }
  if (rows.length === 0) return null;
  const before = ctx.text.slice(Math.max(0, rows[0]!.span.start - 300), rows[0]!.span.start);
  return { rows, academicYear: lastAcademicYear(before) };
}

/** The PGY level the page says fellows are paid at, or null. */
function readFellowLevel(ctx: ExtractContext): number | null {
  // Triggered by the level, not by "fellows": that word is in every other sentence of these pages.
  return firstIn(ctx, /\b(?:PGY|Post[\s-]?Graduate)/gi, (_, text) => {
    const m = /\bfellow/i.test(text) ? FELLOW_LEVEL.exec(text) : null;
    const level = Number(m?.[1] ?? m?.[2]);
    return m && isPgyLevel(level) ? level : null;
  });
}

/** One amount stated as pay: the GME-range amount nearest a pay word not qualified as another fund. */
function readSingleAmount(ctx: ExtractContext): Stipend | null {
  return firstIn(ctx, PAY_WORD, (sentence, text) => {
    if (JOB_POSTING.test(text)) return null;
    const amounts = findMoney(text).filter((m) => isStipendAmount(m.usd));
    for (const word of text.matchAll(PAY_WORD)) {
      if (OTHER_PAY.test(text.slice(Math.max(0, word.index - 20), word.index))) continue;
      const nearest = amounts.sort((a, b) => distance(a, word.index) - distance(b, word.index))[0];
      if (!nearest) return null;
      const level = PGY_IN_TEXT.exec(text);
      const pgy = level?.[1] !== undefined && isPgyLevel(Number(level[1])) ? Number(level[1]) : null;
      const focus = { start: sentence.start + nearest.start, end: sentence.start + nearest.end };
      return {
        value: nearest.usd,
        ...evidenceOf(ctx, sentence, focus),
        pgy,
        byPgy: pgy === null ? {} : { [pgy]: nearest.usd },
        academicYear: lastAcademicYear(text),
      };
    }
    return null;
  });
}

const PGY_IN_TEXT = new RegExp(PGY, 'i');
const distance = (m: { start: number }, at: number) => Math.abs(m.start - at);
