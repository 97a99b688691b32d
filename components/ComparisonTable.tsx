import { useState } from 'preact/hooks';
import type { Cell, Comparison } from '../lib/compare';

const STATE_LABEL: Record<Cell['state'], string> = { yes: 'Yes', no: 'No', 'not-stated': 'Not stated' };

/**
 * The programs side by side: one column per program, rows grouped (program facts, then procedures
 * by category, then benefits). Every cell says yes, no or not stated, and links to the sentence it
 * came from. "Differences only" hides rows where every program says the same.
 */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const { programs } = comparison;
  if (programs.length === 0) return null;
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
                <th scope="col" key={p.programKey}>
                  {p.name ?? p.programKey}
                  {p.institution && <div class="muted">{p.institution}</div>}
                </th>
              ))}
            </tr>
          </thead>
          {comparison.groups.map((group) => {
            const rows = differencesOnly ? group.rows.filter((r) => r.differs) : group.rows;
            if (rows.length === 0) return null;
            return (
              <tbody key={group.id}>
                <tr class="comparison__group">
                  <th scope="rowgroup" colSpan={programs.length + 1}>
                    {group.label}
                  </th>
                </tr>
                {rows.map((row) => (
                  <tr key={row.id} data-row={row.id}>
                    <th scope="row">{row.label}</th>
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

/** One cell: the value (or yes / no / not stated), a link to its evidence, a conflict marker. */
function ComparisonCell({ cell }: { cell: Cell }) {
  const [first] = cell.sources;
  const label = cell.text ?? STATE_LABEL[cell.state];
  return (
    <td class={`cell cell--${cell.state}`} data-state={cell.state}>
      {first ? (
        <a href={first.link} target="_blank" rel="noreferrer" title={first.quote}>
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
