import type { Catalog } from '../catalog/schema';
import type { Program } from '../messages/schema';
import { mergeFacts, type MergedFact } from './merge-facts';
import { textFragmentLink } from '../extract/evidence';

/** Where a cell's value was read, to open the page at that sentence. */
export interface CellSource {
  url: string;
  quote: string;
  link: string;
}

/** One program's answer for one row: never blank, "not stated" is its own state. */
export interface Cell {
  state: 'yes' | 'no' | 'not-stated';
  /** The value as shown ("$80,372", "15 days"), when the row has values. */
  text: string | null;
  sources: CellSource[];
  /** The program's pages disagree; every value is in `sources`. */
  conflict: boolean;
}

export interface Row {
  id: string;
  label: string;
  cells: Cell[];
  /** The programs' cells are not all the same. */
  differs: boolean;
}

export interface RowGroup {
  id: string;
  label: string;
  rows: Row[];
}

export interface Comparison {
  programs: Program[];
  groups: RowGroup[];
}

const NOT_STATED: Cell = { state: 'not-stated', text: null, sources: [], conflict: false };

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
  const factRows: Row[] = [
    factRow(
      'stipend',
      'Stipend (PGY-5)',
      merged.map((m) => headlineStipend(m.stipend)),
      usd,
    ),
    factRow(
      'vacationDays',
      'Vacation days',
      merged.map((m) => m.vacationDays),
      (v) => `${v} days`,
    ),
    factRow(
      'meetingDays',
      'Meeting days',
      merged.map((m) => m.meetingDays),
      (v) => `${v} days`,
    ),
    factRow(
      'educationFundUsd',
      'Education fund',
      merged.map((m) => m.educationFundUsd),
      usd,
    ),
    factRow(
      'durationMonths',
      'Duration',
      merged.map((m) => m.durationMonths),
      (v) => `${v} months`,
    ),
    factRow(
      'positionsPerYear',
      'Positions per year',
      merged.map((m) => m.positionsPerYear),
      String,
    ),
    factRow(
      'facultyCount',
      'Faculty',
      merged.map((m) => m.facultyCount),
      String,
    ),
    factRow(
      'acgmeAccredited',
      'ACGME accredited',
      merged.map((m) => m.acgmeAccredited),
      (v) => (v ? 'Yes' : 'No'),
    ),
    tracksRow(merged.map((m) => m.tracks)),
  ];
  const groups: RowGroup[] = [{ id: 'facts', label: 'Program facts', rows: factRows.filter(isStated) }];
  for (const category of catalog.categories) {
    const rows = catalog.entries
      .filter((e) => e.category === category.id)
      .map((entry) =>
        withDiffers({ id: entry.id, label: entry.name, cells: programs.map((p) => itemCell(p, entry.id)) }),
      )
      .filter(isStated);
    if (rows.length) groups.push({ id: category.id, label: category.name, rows });
  }
  return { programs, groups };
}

/** The stipend's headline figure as a fact of its own (null when the table lacks that level). */
function headlineStipend(stipend: ReturnType<typeof mergeFacts>['stipend']): MergedFact<number> | null {
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

function factRow<T>(
  id: string,
  label: string,
  facts: Array<MergedFact<T> | null>,
  show: (v: T) => string,
): Row {
  const cells = facts.map((fact): Cell => {
    if (!fact) return NOT_STATED;
    const sources = fact.sources.map(({ url, quote, link }) => ({ url, quote, link }));
    const no = typeof fact.value === 'boolean' && !fact.value;
    return { state: no ? 'no' : 'yes', text: show(fact.value), sources, conflict: fact.conflict };
  });
  return withDiffers({ id, label, cells });
}

function tracksRow(tracks: Array<ReturnType<typeof mergeFacts>['tracks']>): Row {
  const cells = tracks.map((list): Cell =>
    list.length === 0
      ? NOT_STATED
      : {
          state: 'yes',
          text: list.map((t) => `${t.value.name} (${t.value.months} months)`).join(', '),
          sources: list.map(({ url, quote, link }) => ({ url, quote, link })),
          conflict: false,
        },
  );
  return withDiffers({ id: 'tracks', label: 'Tracks', cells });
}

/** A catalog item on a program: found on some page (with a link to its first words there), or not stated. */
function itemCell(program: Program, id: string): Cell {
  const benefitFacts = program.pages.flatMap((page) =>
    (page.facts?.benefits ?? []).filter((b) => b.id === id).map((b) => ({ page, b })),
  );
  const absent = benefitFacts.find(({ b }) => b.status === 'absent');
  if (absent && !benefitFacts.some(({ b }) => b.status === 'present')) {
    return {
      state: 'no',
      text: null,
      sources: [{ url: absent.page.url, quote: absent.b.quote, link: absent.b.link }],
      conflict: false,
    };
  }
  const sources: CellSource[] = [];
  for (const page of program.pages) {
    const item = page.items.find((i) => i.id === id);
    const form = item?.forms[0];
    if (form)
      sources.push({
        url: page.url,
        quote: form,
        link: textFragmentLink(page.url, [form.replace(/\s+/g, ' ').trim()]),
      });
  }
  const valued = benefitFacts.find(({ b }) => b.status === 'present' && b.value !== null && b.value !== true);
  if (!sources.length && !valued) return NOT_STATED;
  const text = valued
    ? String(Array.isArray(valued.b.value) ? valued.b.value.join(', ') : valued.b.value)
    : null;
  return { state: 'yes', text, sources, conflict: false };
}

function withDiffers(row: Omit<Row, 'differs'>): Row {
  const key = (c: Cell) => `${c.state}|${c.text ?? ''}`;
  return { ...row, differs: row.cells.some((c) => key(c) !== key(row.cells[0]!)) };
}

function isStated(row: Row): boolean {
  return row.cells.some((c) => c.state !== 'not-stated');
}
