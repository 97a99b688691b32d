import type { Program, ProgramNotes, Weights } from '../messages/schema';
import type { Comparison } from './build-comparison';
import { programName } from './program-name';
import { rankPrograms } from './rank';

/** The popup's "Sort by" choices. */
export const SORT_KEYS = ['rank', 'recent', 'name', 'rating', 'stipend'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What sorting reads besides the programs: the Desk's notes and weights, and the comparison. */
export interface SortContext {
  comparison: Comparison;
  programNotes: readonly ProgramNotes[];
  weights: Weights;
}

/**
 * The programs in the order the user chose; ties (and programs without a rating or a stipend,
 * which go last) keep their given order. Call as `sortPrograms(desk.programs, by, { ...desk, comparison })`.
 * - rank: best score first (with no weights everyone ties, so the order is unchanged)
 * - recent: last visited first
 * - name: the shown name, A to Z
 * - rating: the user's rating, highest first
 * - stipend: the stipend fact, highest first
 */
export function sortPrograms(programs: readonly Program[], by: SortKey, context: SortContext): Program[] {
  const key = sortValue(by, context);
  return [...programs].sort((a, b) => key(a, b));
}

function sortValue(by: SortKey, { comparison, programNotes, weights }: SortContext) {
  switch (by) {
    case 'rank': {
      const scores = new Map(rankPrograms(comparison, weights).map((r) => [r.programKey, r.score]));
      return byNumberDesc((p) => scores.get(p.programKey) ?? null);
    }
    case 'recent':
      return byNumberDesc((p) => p.lastSeen);
    case 'name':
      return (a: Program, b: Program) =>
        programName(a).localeCompare(programName(b), undefined, { numeric: true, sensitivity: 'base' });
    case 'rating': {
      const ratings = new Map(programNotes.map((n) => [n.programKey, n.rating]));
      return byNumberDesc((p) => ratings.get(p.programKey) ?? null);
    }
    case 'stipend': {
      const row = comparison.groups.find((g) => g.kind === 'facts')?.rows.find((r) => r.id === 'stipend');
      const stipends = new Map(
        comparison.programs.map((p, i) => {
          const value = row?.cells[i]?.value;
          return [p.programKey, typeof value === 'number' ? value : null];
        }),
      );
      return byNumberDesc((p) => stipends.get(p.programKey) ?? null);
    }
  }
}

/** Highest first; a missing value sorts after every number. */
function byNumberDesc(value: (p: Program) => number | null) {
  return (a: Program, b: Program) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return y - x;
  };
}
