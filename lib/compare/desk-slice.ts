import type { Desk, Program } from '../messages/schema';
import type { Comparison } from './build-comparison';
import { rankPrograms, type ProgramScore } from './rank';
import { sortPrograms, type SortKey } from './sort-programs';

/** What a view asks of the desk: its order, how many programs it compares, and one it must show. */
export interface DeskViewOptions {
  sortBy: SortKey;
  limit: number;
  /** A program key, or the URL of one of its pages (the popup's current tab), to compare whatever its rank. */
  include: string | null;
}

/** A comparison row a priority can be set on. */
export interface RowRef {
  id: string;
  label: string;
  group: string;
}

/**
 * The desk as one view needs it: every program, sorted, without its pages (enough for the list and
 * the merge picker); the comparison of the first `limit` (`complete`), made here; and the pages
 * and notes of the one program whose card the view shows.
 * Ranking and the rows to weigh come from the comparison of all programs, made where the data is;
 * the view gets the scores of the compared ones. The message is the popup's main cost with many
 * programs (the browser serializes it, the popup parses it): 1,000 programs made it 1.1 MB.
 */
export interface DeskSlice extends Desk {
  /** The compared programs, in column order. */
  complete: string[];
  /**
   * The comparison of the `complete` programs, in that order, made where the catalog is; a cell
   * carries the source the view links to, and all of them only where the pages disagree.
   */
  comparison: Comparison;
  /** The scores of the `complete` programs (every program is ranked; the order is `programs`'). */
  ranking: ProgramScore[];
  rows: RowRef[];
  /** The program `include` named, when it is stored. */
  included: string | null;
}

export function sliceDesk(
  desk: Desk,
  all: Comparison,
  view: DeskViewOptions,
  compare: (programs: Program[]) => Comparison,
): DeskSlice {
  const ranking = rankPrograms(all, desk.weights);
  const sorted = sortPrograms(desk.programs, view.sortBy, {
    comparison: all,
    weights: desk.weights,
    programNotes: desk.programNotes,
  });
  const included = view.include ? findProgram(desk.programs, view.include) : undefined;
  const columns = sorted.slice(0, Math.max(1, view.limit));
  if (included && !columns.includes(included)) columns[columns.length - 1] = included;
  const complete = new Set(columns.map((p) => p.programKey));
  // The program whose card the view shows (the one asked for, else the first compared): the only
  // one whose pages and notes the view needs; the comparison itself is made here.
  const detailed = (included ?? columns[0])?.programKey;
  const seen = new Set<string>();
  const rows = all.groups.flatMap((g) =>
    g.rows
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((r) => ({ id: r.id, label: r.label, group: g.label })),
  );
  return {
    ...desk,
    programs: sorted.map((p) => (p.programKey === detailed ? p : lighten(p))),
    notes: desk.notes.filter((n) => n.programKey === detailed),
    complete: columns.map((p) => p.programKey),
    comparison: asShown(compare(columns)),
    ranking: ranking.filter((r) => complete.has(r.programKey)),
    rows,
    included: included?.programKey ?? null,
  };
}

/** A program without its pages: enough to list it and pick it (the background sorts and finds). */
function lighten(program: Program): Program {
  return { ...program, pages: [] };
}

/**
 * The comparison as the view shows it: its columns named (the programs themselves travel once, in
 * `programs`), each cell's sources cut to those shown: the first, or all where pages disagree.
 */
function asShown(comparison: Comparison): Comparison {
  return {
    programs: comparison.programs.map(lighten),
    groups: comparison.groups.map((group) => ({
      ...group,
      rows: group.rows.map((row) => ({
        ...row,
        cells: row.cells.map((cell) =>
          cell.conflict || cell.sources.length < 2 ? cell : { ...cell, sources: cell.sources.slice(0, 1) },
        ),
      })),
    })),
  };
}

/** The program with this key, or one of whose pages is at this URL (fragment and trailing slash aside). */
export function findProgram(programs: Program[], keyOrUrl: string): Program | undefined {
  const byKey = programs.find((p) => p.programKey === keyOrUrl);
  if (byKey) return byKey;
  const norm = (u: string) => u.replace(/#.*$/, '').replace(/\/$/, '');
  const target = norm(keyOrUrl);
  return programs.find((p) => p.pages.some((page) => norm(page.url) === target));
}
