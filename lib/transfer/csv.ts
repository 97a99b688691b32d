import type { Desk, Program } from '../messages/schema';
import { programName, type Cell, type Comparison, type ProgramScore, type RowGroup } from '../compare';

/** Excel reads a file without it as the local code page, and "Montréal" comes out garbled. */
const BOM = '\uFEFF';
const CRLF = '\r\n';
/** What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Fields that must be quoted; `;` too, for spreadsheets set to split on semicolons. */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * The user's programs as a spreadsheet, one row per program in the order given (pass them sorted
 * as the popup shows them): who and where, the user's rating, tags and note, each fact of the
 * comparison ("not stated" when a program does not say), the procedures and benefits found, and
 * the score when a ranking is given. RFC 4180 with CRLF and a UTF-8 byte order mark, so Excel,
 * LibreOffice and Google Sheets open it alike. Page text and notes are untrusted: a cell that
 * would start a formula is prefixed with an apostrophe, which spreadsheets show as text.
 */
export function toCsv(
  desk: Pick<Desk, 'programs' | 'programNotes'>,
  comparison: Comparison,
  ranking?: readonly ProgramScore[],
): string {
  const factRows = comparison.groups.find((g) => g.kind === 'facts')?.rows ?? [];
  const notes = new Map(desk.programNotes.map((n) => [n.programKey, n]));
  const scores = ranking && new Map(ranking.map((r) => [r.programKey, r.score]));
  const column = new Map(comparison.programs.map((p, i) => [p.programKey, i]));
  const header = [
    'Program',
    'Institution',
    'Website',
    'Pages visited',
    'Last visited',
    'Rating',
    'Tags',
    'My notes',
    ...factRows.map((r) => r.label),
    'Procedures',
    'Benefits',
    ...(scores ? ['Score'] : []),
  ];
  const records = desk.programs.map((program) => {
    const note = notes.get(program.programKey);
    const i = column.get(program.programKey);
    const cellOf = (cells: Cell[]) => (i === undefined ? undefined : cells[i]);
    const score = scores?.get(program.programKey);
    return [
      programName(program),
      program.institution ?? '',
      program.pages[0]?.url ?? '',
      String(program.pages.length),
      localDate(program.lastSeen),
      note?.rating == null ? '' : String(note.rating),
      note?.tags.join('; ') ?? '',
      note?.text ?? '',
      ...factRows.map((r) => shown(cellOf(r.cells))),
      found(comparison.groups, 'procedure', cellOf),
      found(comparison.groups, 'benefit', cellOf),
      ...(scores ? [score === undefined ? '' : String(score)] : []),
    ];
  });
  return BOM + [header, ...records].map((r) => r.map(csvField).join(',') + CRLF).join('');
}

/** One field, safe to open: formula starts defused, then quoted when RFC 4180 asks for it. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function shown(cell: Cell | undefined): string {
  if (!cell || cell.state === 'not-stated') return 'not stated';
  return cell.text ?? (cell.state === 'yes' ? 'Yes' : 'No');
}

/** The names of the procedures (or benefits) a program's pages speak of, in catalog order. */
function found(
  groups: RowGroup[],
  kind: 'procedure' | 'benefit',
  cellOf: (cells: Cell[]) => Cell | undefined,
) {
  return groups
    .filter((g) => g.kind === kind)
    .flatMap((g) => g.rows.filter((r) => cellOf(r.cells)?.state === 'yes').map((r) => r.label))
    .join('; ');
}

/** The user's calendar day, as ISO (2025-01-15): the day they remember visiting, not UTC's. */
function localDate(time: Program['lastSeen']): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
