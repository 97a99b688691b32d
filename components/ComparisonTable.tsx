import { useEffect, useState } from 'preact/hooks';
import type { Cell, Comparison } from '../lib/compare';
import { programName } from '../lib/compare';

/** Row groups in the first paint: the facts and the first two catalog categories. */
const FIRST_GROUPS = 3;

const STATE_LABEL: Record<Cell['state'], string> = { yes: 'Yes', no: 'No', 'not-stated': 'Not stated' };

/** Rows that are the user's own (rating, tags, notes, score): plain text per program. */
export interface OwnRow {
  id: string;
  label: string;
  cells: string[];
  /** Shown on hover: what a cell is made of (a score's parts). */
  titles?: string[];
}

interface Props {
  comparison: Comparison;
  /** Shown first, under "Yours". */
  ownRows?: OwnRow[];
  selectedKey?: string | null;
  onSelect?: (programKey: string) => void;
}

/**
 * The programs side by side: one column per program, rows grouped (the user's own rows, program
 * facts, then procedures by category, then benefits). Every cell says yes, no or not stated, and
 * links to the sentence it came from. "Differences only" hides rows where every program says the
 * same, and marks what only one program has.
 */
export function ComparisonTable({ comparison, ownRows = [], selectedKey, onSelect }: Props) {
  const [differencesOnly, setDifferencesOnly] = useState(false);
  // The first paint shows what fits a popup (the user's rows, the facts, the first categories);
  // the other rows follow a frame later, so opening the popup does not wait for a hundred rows
  // nobody sees yet.
  const [allRows, setAllRows] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAllRows(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const { programs } = comparison;
  if (programs.length === 0) return null;
  const own = ownRows.filter((r) => r.cells.some(Boolean));
  return (
    <section class="comparison" aria-label="Comparison">
      <label class="comparison__toggle">
        <input
          type="checkbox"
          checked={differencesOnly}
          onChange={(e) => setDifferencesOnly(e.currentTarget.checked)}
        />{' '}
        Differences only
      </label>
      <div class="comparison__scroll">
        <table data-testid="comparison">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Item</span>
              </th>
              {programs.map((p) => (
                <th scope="col" key={p.programKey} data-column={p.programKey}>
                  {onSelect ? (
                    <button
                      type="button"
                      class="column-name"
                      aria-pressed={selectedKey === p.programKey}
                      onClick={() => onSelect(p.programKey)}
                    >
                      {programName(p)}
                    </button>
                  ) : (
                    programName(p)
                  )}
                  {p.institution && <div class="muted">{p.institution}</div>}
                </th>
              ))}
            </tr>
          </thead>
          {own.length > 0 && (
            <tbody>
              <GroupHeader label="Yours" span={programs.length + 1} />
              {own.map((row) => (
                <tr key={row.id} data-row={row.id}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((text, i) => (
                    <td
                      key={programs[i]!.programKey}
                      class={text ? 'cell cell--own' : 'cell cell--not-stated'}
                    >
                      {text || '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          )}
          {(allRows ? comparison.groups : comparison.groups.slice(0, FIRST_GROUPS)).map((group) => {
            const rows = differencesOnly ? group.rows.filter((r) => r.differs) : group.rows;
            if (rows.length === 0) return null;
            return (
              <tbody key={group.id} data-group={group.id}>
                <GroupHeader label={group.label} span={programs.length + 1} />
                {rows.map((row) => (
                  <tr key={row.id} data-row={row.id}>
                    <th scope="row">
                      {row.label}
                      {differencesOnly && row.only !== null && programs.length > 1 && (
                        <span class="only" data-testid="only-one">
                          only {programName(programs[row.only]!)}
                        </span>
                      )}
                    </th>
                    {row.cells.map((cell, i) => (
                      <ComparisonCell cell={cell} key={programs[i]!.programKey} />
                    ))}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}

function GroupHeader({ label, span }: { label: string; span: number }) {
  return (
    <tr class="comparison__group">
      <th scope="rowgroup" colSpan={span}>
        {label}
      </th>
    </tr>
  );
}

/** One cell: the value (or yes / no / not stated), a link to its evidence, a conflict marker. */
function ComparisonCell({ cell }: { cell: Cell }) {
  const [first] = cell.sources;
  const label = cell.text ?? STATE_LABEL[cell.state];
  return (
    <td class={`cell cell--${cell.state}`} data-state={cell.state}>
      {first ? (
        <a
          href={first.link}
          target="_blank"
          rel="noreferrer"
          title={`“${first.quote}” — opens the page at this sentence`}
        >
          {label}
        </a>
      ) : (
        label
      )}
      {cell.conflict && (
        <span class="conflict" title={cell.sources.map((s) => `${s.quote} (${s.url})`).join('\n')}>
          {' '}
          ⚠ pages disagree
        </span>
      )}
    </td>
  );
}
