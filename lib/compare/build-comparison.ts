import type { Catalog } from '../catalog/schema';
import type { Program } from '../messages/schema';
import { factRows } from './fact-rows';
import { indexProgram, itemCell } from './item-cell';
import { mergeFacts } from './merge-facts';
import { isStated, makeRow, type Row } from './row';

export interface RowGroup {
  id: string;
  label: string;
  /** Program facts, or a catalog category of procedures or benefits. */
  kind: 'facts' | 'procedure' | 'benefit';
  rows: Row[];
}

export interface Comparison {
  programs: Program[];
  groups: RowGroup[];
}

/**
 * The side-by-side comparison of stored programs: the facts applicants compare, then procedures by
 * catalog category, then benefits. Only rows that at least one program states are listed.
 */
export function buildComparison(programs: Program[], catalog: Catalog): Comparison {
  const merged = programs.map((p) =>
    mergeFacts(
      p.pages.flatMap((page) =>
        page.facts ? [{ url: page.url, seenAt: page.visitedAt, facts: page.facts }] : [],
      ),
    ),
  );
  const indexes = programs.map(indexProgram);
  const groups: RowGroup[] = [
    { id: 'facts', label: 'Program facts', kind: 'facts', rows: factRows(merged).filter(isStated) },
  ];
  for (const category of catalog.categories) {
    const rows = catalog.entries
      .filter((e) => e.category === category.id)
      .map((entry) =>
        makeRow(
          entry.id,
          entry.name,
          indexes.map((index) => itemCell(index, entry.id)),
        ),
      )
      .filter(isStated);
    if (rows.length) groups.push({ id: category.id, label: category.name, kind: category.kind, rows });
  }
  return { programs, groups };
}
