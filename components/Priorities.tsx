import type { RowRef } from '../lib/compare';
import type { Weights } from '../lib/messages/schema';

const LEVELS = [
  { value: 1, label: 'Nice to have' },
  { value: 2, label: 'Important' },
  { value: 3, label: 'Must have' },
];

/**
 * What matters to the user, with how much: the programs are ranked by it. Any comparison row can
 * be a priority (a procedure, a benefit, the stipend, vacation days…).
 */
export function Priorities({
  rows,
  weights,
  onChange,
  startOpen,
}: {
  /** Every row some program states, once each. */
  rows: RowRef[];
  weights: Weights;
  onChange: (weights: Weights) => void;
  /** The full view shows the chosen priorities; the popup keeps them folded to save room. */
  startOpen: boolean;
}) {
  const labels = new Map(rows.map((r) => [r.id, r.label]));
  const groups = [...new Set(rows.map((r) => r.group))].map((group) => ({
    group,
    rows: rows.filter((r) => r.group === group),
  }));
  const chosen = Object.entries(weights).filter(([, w]) => w > 0);
  const set = (id: string, weight: number) => {
    const next = { ...weights };
    if (weight > 0) next[id] = weight;
    else delete next[id];
    onChange(next);
  };
  return (
    <details class="priorities" open={startOpen && chosen.length > 0}>
      <summary>
        Priorities {chosen.length > 0 ? `(${chosen.length})` : '— rank programs by what matters to you'}
      </summary>
      {chosen.length > 0 && (
        <ul class="priorities__list">
          {chosen.map(([id, weight]) => (
            <li key={id}>
              <span class="priorities__label">{labels.get(id) ?? id}</span>
              <select
                class="input"
                aria-label={`How much ${labels.get(id) ?? id} matters`}
                value={weight}
                onChange={(e) => set(id, Number(e.currentTarget.value))}
              >
                {LEVELS.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </select>
              <button
                type="button"
                class="link-button"
                aria-label={`Remove ${labels.get(id) ?? id} from priorities`}
                onClick={() => set(id, 0)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        class="input"
        aria-label="Add a priority"
        data-testid="add-priority"
        value=""
        onChange={(e) => e.currentTarget.value && set(e.currentTarget.value, 2)}
      >
        <option value="">Add a priority…</option>
        {groups.map((group) => (
          <optgroup key={group.group} label={group.group}>
            {group.rows
              .filter((r) => !weights[r.id])
              .map((row) => (
                <option key={row.id} value={row.id}>
                  {row.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </details>
  );
}
