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
  /**
   * The value to rank and sort by: the number of a numeric fact (80372, 15), true or false for a
   * yes/no (a procedure or benefit found is true, an explicit no is false), null when not stated.
   */
  value: number | boolean | null;
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
  /**
   * The index of the one program whose cell is yes when, of two or more programs, only it says yes
   * ("only Rush offers moonlighting"); null otherwise.
   */
  only: number | null;
}

export const NOT_STATED: Cell = {
  state: 'not-stated',
  text: null,
  value: null,
  sources: [],
  conflict: false,
};

/** A row with what is derived from its cells: whether they differ, and the one program that says yes. */
export function makeRow(id: string, label: string, cells: Cell[]): Row {
  const key = (c: Cell) => `${c.state}|${c.text ?? ''}`;
  const yes = cells.flatMap((c, i) => (c.state === 'yes' ? [i] : []));
  return {
    id,
    label,
    cells,
    differs: cells.some((c) => key(c) !== key(cells[0]!)),
    only: cells.length >= 2 && yes.length === 1 ? yes[0]! : null,
  };
}

export function isStated(row: Row): boolean {
  return row.cells.some((c) => c.state !== 'not-stated');
}
