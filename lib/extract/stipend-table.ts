import type { PageText } from '../text/collect-text';
import type { ElementSpan } from './element-span';
import { collapseWhitespace } from './evidence';
import { lastAcademicYear, pgyOfCell, usdOfCell, type PgyRow } from './pgy';

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

/**
 * The first PGY pay table of `doc`, read as a table (rows and cells), never from flattened text.
 * DOM reads only. Rows map back to offsets of `page.text` (through `spanOf`) for their quotes; a
 * table outside the collected text (inside a skipped element) is left out.
 */
export function readStipendTable(doc: Document, page: PageText, spanOf: ElementSpan): StipendTable | null {
  for (const table of doc.querySelectorAll('table')) {
    // A layout table holds the page; its cells' text is everything. Pay tables hold no tables.
    if (table.querySelector('table')) continue;
    const grid = [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.children].filter((c) => c.localName === 'td' || c.localName === 'th'),
    );
    const texts = grid.map((cells) => cells.map((c) => collapseWhitespace(c.textContent ?? '')));
    const pairs = pgyPairs(texts);
    if (pairs.length === 0) continue;
    const rows: PgyRow[] = [];
    for (const { pgy, usd, from, to } of pairs) {
      const span = spanOf(grid[from[0]]![from[1]]!, grid[to[0]]![to[1]]!);
      if (span) rows.push({ pgy, usd, span });
    }
    if (rows.length === 0) continue;
    const labels = texts.filter((_, r) => !pairs.some((p) => p.to[0] === r)).flat();
    const before = page.text.slice(Math.max(0, rows[0]!.span.start - 300), rows[0]!.span.start);
    const caption = collapseWhitespace(table.querySelector('caption')?.textContent ?? '');
    return {
      rows,
      academicYear: lastAcademicYear([caption, ...labels].join(' ')) ?? lastAcademicYear(before),
    };
  }
  return null;
}
