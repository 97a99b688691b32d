import type { Weights } from '../messages/schema';
import type { Comparison } from './build-comparison';
import type { Row } from './row';

/** What one weighted row gave a program: `points` from 0 (nothing) to 1 (the best of these programs). */
export interface ScorePart {
  rowId: string;
  label: string;
  /** The user's weight, 1–3. */
  weight: number;
  points: number;
}

/** A program's score (0–100) and the rows it came from, for the UI to explain it. */
export interface ProgramScore {
  programKey: string;
  score: number;
  parts: ScorePart[];
}

/** Facts every program states alike when it states them at all: stated is all that counts. */
const NO_PREFERENCE = new Set(['durationMonths']);

/**
 * Scores programs by the rows the user weighted, best first (ties keep the comparison's order).
 * A yes earns 1 and a no or not stated 0; a figure earns 0 for the lowest stated value to 1 for the
 * highest (all alike: 1), not stated 0. Score = Σ weight·points / Σ weight, as 0–100. A weighted
 * row no program states is left out: it tells nobody apart. No weights: everyone scores 0.
 */
export function rankPrograms(comparison: Comparison, weights: Weights): ProgramScore[] {
  const weighted = weightedRows(comparison, weights);
  const total = weighted.reduce((sum, { weight }) => sum + weight, 0);
  const scores = comparison.programs.map((program, i): ProgramScore => {
    const parts = weighted.map(({ row, weight, points }) => ({
      rowId: row.id,
      label: row.label,
      weight,
      points: points[i] ?? 0,
    }));
    const earned = parts.reduce((sum, p) => sum + p.weight * p.points, 0);
    return { programKey: program.programKey, score: total ? Math.round((earned / total) * 100) : 0, parts };
  });
  // Array.prototype.sort is stable, so equal scores stay in the comparison's order.
  return scores.sort((a, b) => b.score - a.score);
}

/**
 * The rows with a weight above 0 that some program states, and each program's points on them. A row id is taken once, at its
 * first row: the facts come first, so "stipend" is the stipend fact, not the catalog's stipend item.
 */
function weightedRows(comparison: Comparison, weights: Weights) {
  const seen = new Set<string>();
  const rows: Array<{ row: Row; weight: number; points: number[] }> = [];
  for (const row of comparison.groups.flatMap((g) => g.rows)) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const weight = weights[row.id] ?? 0;
    if (!(weight > 0) || row.cells.every((c) => c.value === null)) continue;
    rows.push({ row, weight, points: rowPoints(row) });
  }
  return rows;
}

/** Each program's points on one row, in the row's cell order. */
function rowPoints(row: Row): number[] {
  const values = row.cells.map((c) => c.value);
  if (NO_PREFERENCE.has(row.id)) return values.map((v) => (v === null || v === false ? 0 : 1));
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0) return values.map((v) => (v === true ? 1 : 0));
  // Higher is better for every figure the comparison ranks (pay, days, funds, positions, faculty).
  const min = Math.min(...numbers);
  const span = Math.max(...numbers) - min;
  return values.map((v) => (typeof v !== 'number' ? 0 : span === 0 ? 1 : (v - min) / span));
}
