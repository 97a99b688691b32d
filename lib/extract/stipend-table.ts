import type { ElementSpan } from './element-span';
import { collapseWhitespace, type Span } from './evidence';
import { TABLE_LIMITS } from './table-limits';
import { lastAcademicYear, pgyOfCell, usdOfCell, type PgyRow } from './pgy';

/**
 * Whether a table's text may hold a PGY label (PGY_LABEL_SOURCE): no word boundaries, since a
 * table's `textContent` runs its cells together ("FellowPGY-5$80,372").
 */
const MAY_NAME_PGY = /(?:PGY|PG|Post[\s-]?Graduate\s+Year|Level)[\s-]*\d/i;

/** A PGY pay table read from the DOM: its rows (with their place in the page text) and year. */
export interface StipendTable {
  rows: PgyRow[];
  academicYear: string | null;
}

/** A level and its pay found in a grid of cell texts, by row and column. */
export interface GridPair {
  pgy: number;
  usd: number;
  from: [row: number, col: number];
  to: [row: number, col: number];
}

/**
 * Level/pay pairs of a table given as cell texts: one row per level ("PGY 5 | $80,372"; the first
 * pay cell when a row has several years), or, when no row pairs up, levels across a header row
 * with the pay below each ("PGY 1 | PGY 2 …" over "$67,808 | $70,816 …").
 */
export function pgyPairs(grid: readonly (readonly string[])[]): GridPair[] {
  const pairs: GridPair[] = [];
  grid.forEach((cells, r) => {
    const label = cells.findIndex((c) => pgyOfCell(c) !== null);
    const pay = cells.findIndex((c, i) => i !== label && usdOfCell(c) !== null);
    if (label < 0 || pay < 0) return;
    pairs.push({
      pgy: pgyOfCell(cells[label]!)!,
      usd: usdOfCell(cells[pay]!)!,
      from: [r, label],
      to: [r, pay],
    });
  });
  if (pairs.length > 0) return pairs;
  const header = grid.findIndex((cells) => cells.filter((c) => pgyOfCell(c) !== null).length >= 2);
  const payRow = grid.findIndex((cells, r) => r > header && cells.some((c) => usdOfCell(c) !== null));
  if (header < 0 || payRow < 0) return pairs;
  grid[header]!.forEach((cell, c) => {
    const pgy = pgyOfCell(cell);
    const usd = usdOfCell(grid[payRow]![c] ?? '');
    if (pgy !== null && usd !== null) pairs.push({ pgy, usd, from: [header, c], to: [payRow, c] });
  });
  return pairs;
}

/** A table as the page shows it: each row's cells, with their text and place in the page text. */
export interface TableCells {
  caption: string;
  rows: Array<Array<{ text: string; span: Span | null }>>;
}

/**
 * The tables of `doc` that may be pay tables, read as tables (rows and cells), never from flattened
 * text: DOM reads only, in the page. Which of them is the pay table, and what it says, is parsed
 * wherever the text is (`stipendTableOf`; the extension does it in the background, where its
 * patterns are compiled once). Cells map back to offsets of `page.text` through `spanOf`; a cell
 * outside the collected text (inside a skipped element) has no span.
 */
export function readTableCells(doc: Document, spanOf: ElementSpan): TableCells[] {
  const tables: TableCells[] = [];
  for (const table of doc.querySelectorAll('table')) {
    if (tables.length === TABLE_LIMITS.tables) break;
    // A layout table holds the page; its cells' text is everything. Pay tables hold no tables.
    if (table.querySelector('table')) continue;
    // One string from the engine first: most tables (schedules, contacts) name no PGY level, and
    // their rows and cells are never visited (each one visited costs a wrapper in the script's world).
    if (!MAY_NAME_PGY.test(table.textContent ?? '')) continue;
    const rows = [...table.querySelectorAll('tr')].slice(0, TABLE_LIMITS.rows).map((tr) =>
      [...tr.children]
        .filter((c) => c.localName === 'td' || c.localName === 'th')
        .slice(0, TABLE_LIMITS.cells)
        .map((c) => ({ text: (c.textContent ?? '').slice(0, TABLE_LIMITS.text), span: spanOf(c) })),
    );
    const caption = (table.querySelector('caption')?.textContent ?? '').slice(0, TABLE_LIMITS.text);
    tables.push({ caption, rows });
  }
  return tables;
}

/**
 * The first PGY pay table among `tables` (read by `readTableCells` from the page whose flat text is
 * `text`): its level/pay rows, quoted from the label cell to the pay cell, and the academic year
 * from its caption or labels, else from the 300 chars before it.
 */
export function stipendTableOf(text: string, tables: readonly TableCells[]): StipendTable | null {
  for (const table of tables) {
    const texts = table.rows.map((cells) => cells.map((c) => collapseWhitespace(c.text)));
    const pairs = pgyPairs(texts);
    const rows: PgyRow[] = [];
    for (const { pgy, usd, from, to } of pairs) {
      const first = table.rows[from[0]]![from[1]]!.span;
      const last = table.rows[to[0]]![to[1]]!.span;
      if (first && last && first.start < last.end)
        rows.push({ pgy, usd, span: { start: first.start, end: last.end } });
    }
    if (rows.length === 0) continue;
    const labels = texts.filter((_, r) => !pairs.some((p) => p.to[0] === r)).flat();
    const before = text.slice(Math.max(0, rows[0]!.span.start - 300), rows[0]!.span.start);
    const caption = collapseWhitespace(table.caption);
    return {
      rows,
      academicYear: lastAcademicYear([caption, ...labels].join(' ')) ?? lastAcademicYear(before),
    };
  }
  return null;
}
