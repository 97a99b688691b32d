import type { MergedFact, MergedFacts } from './merge-facts';
import { makeRow, NOT_STATED, type Cell, type Row } from './row';

/** The ids of the fact rows, in the order the comparison shows them. */
export const FACT_ROW_IDS = [
  'stipend',
  'vacationDays',
  'meetingDays',
  'educationFundUsd',
  'durationMonths',
  'positionsPerYear',
  'facultyCount',
  'acgmeAccredited',
  'tracks',
] as const;
export type FactRowId = (typeof FACT_ROW_IDS)[number];

/** One row per fact applicants compare, one cell per program (stated or not). */
export function factRows(merged: MergedFacts[]): Row[] {
  const rows: Record<FactRowId, Row> = {
    stipend: factRow(
      'stipend',
      'Stipend (PGY-5)',
      merged.map((m) => headlineStipend(m.stipend)),
      usd,
    ),
    vacationDays: factRow(
      'vacationDays',
      'Vacation days',
      merged.map((m) => m.vacationDays),
      (v) => `${v} days`,
    ),
    meetingDays: factRow(
      'meetingDays',
      'Meeting days',
      merged.map((m) => m.meetingDays),
      (v) => `${v} days`,
    ),
    educationFundUsd: factRow(
      'educationFundUsd',
      'Education fund',
      merged.map((m) => m.educationFundUsd),
      usd,
    ),
    durationMonths: factRow(
      'durationMonths',
      'Duration',
      merged.map((m) => m.durationMonths),
      (v) => `${v} months`,
    ),
    positionsPerYear: factRow(
      'positionsPerYear',
      'Positions per year',
      merged.map((m) => m.positionsPerYear),
      String,
    ),
    facultyCount: factRow(
      'facultyCount',
      'Faculty',
      merged.map((m) => m.facultyCount),
      String,
    ),
    acgmeAccredited: factRow(
      'acgmeAccredited',
      'ACGME accredited',
      merged.map((m) => m.acgmeAccredited),
      (v) => (v ? 'Yes' : 'No'),
    ),
    tracks: tracksRow(merged.map((m) => m.tracks)),
  };
  return FACT_ROW_IDS.map((id) => rows[id]);
}

/** The stipend's headline figure as a fact of its own (null when the table lacks that level). */
function headlineStipend(stipend: MergedFacts['stipend']): MergedFact<number> | null {
  const value = stipend?.value.value;
  if (!stipend || value == null) return null;
  return {
    value,
    conflict: stipend.conflict,
    sources: stipend.sources.map((s) => ({ ...s, value: s.value.value ?? value })),
  };
}

function usd(value: number): string {
  return `$${value.toLocaleString('en-US')}`;
}

function factRow<T extends number | boolean>(
  id: FactRowId,
  label: string,
  facts: Array<MergedFact<T> | null>,
  show: (v: T) => string,
): Row {
  const cells = facts.map((fact): Cell => {
    if (!fact) return NOT_STATED;
    const sources = fact.sources.map(({ url, quote, link }) => ({ url, quote, link }));
    const no = fact.value === false;
    return {
      state: no ? 'no' : 'yes',
      text: show(fact.value),
      value: fact.value,
      sources,
      conflict: fact.conflict,
    };
  });
  return makeRow(id, label, cells);
}

function tracksRow(tracks: MergedFacts['tracks'][]): Row {
  const cells = tracks.map((list): Cell =>
    list.length === 0
      ? NOT_STATED
      : {
          state: 'yes',
          text: list.map((t) => `${t.value.name} (${t.value.months} months)`).join(', '),
          // Tracks are a list, not a figure: for ranking, a program either names some or does not.
          value: true,
          sources: list.map(({ url, quote, link }) => ({ url, quote, link })),
          conflict: false,
        },
  );
  return makeRow('tracks', 'Tracks', cells);
}
