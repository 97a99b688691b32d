import type { SortKey } from '../lib/compare';

const OPTIONS: Array<{ value: SortKey; label: string }> = [
  { value: 'rank', label: 'Match to my priorities' },
  { value: 'recent', label: 'Recently visited' },
  { value: 'name', label: 'Name' },
  { value: 'rating', label: 'My rating' },
  { value: 'stipend', label: 'Stipend' },
];

export function SortSelect({ value, onChange }: { value: SortKey; onChange: (value: SortKey) => void }) {
  return (
    <label class="sort">
      Sort by{' '}
      <select
        class="input"
        data-testid="sort-by"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as SortKey)}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
