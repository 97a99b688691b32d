import { useState } from 'preact/hooks';
import type { Program } from '../lib/messages/schema';
import { programName } from '../lib/compare';

interface Props {
  programs: Program[];
  skipped: number;
  selectedKey: string | null;
  onSelect: (programKey: string) => void;
  /** The popup's short list: names only, the first few in the chosen order. */
  compact?: boolean;
}

/** Programs the popup lists by name; the full view lists them all. */
const COMPACT_LIMIT = 12;
/**
 * Programs the full view lists before "Show all": a list of a thousand buttons is a thousand
 * elements to build before the comparison shows, and nobody reads it top to bottom.
 */
const FULL_LIMIT = 50;

/** The programs visited, in the chosen order; choosing one opens its card. Names render as text. */
export function ProgramList({ programs, skipped, selectedKey, onSelect, compact = false }: Props) {
  const [showAll, setShowAll] = useState(false);
  const limit = compact ? COMPACT_LIMIT : showAll ? programs.length : FULL_LIMIT;
  return (
    <section aria-label="Programs" class="program-list-section">
      {programs.length === 0 ? (
        <p class="muted empty">
          No programs yet. Open a fellowship program's page and Fellowship Lens will add it here.
        </p>
      ) : (
        <>
          <h2 class="section-title">Programs ({programs.length})</h2>
          <ul
            class={compact ? 'program-list program-list--compact' : 'program-list'}
            data-testid="program-list"
          >
            {programs.slice(0, limit).map((p) => (
              <li key={p.programKey} data-program-key={p.programKey}>
                <button
                  type="button"
                  class="program-list__pick"
                  aria-pressed={p.programKey === selectedKey}
                  onClick={() => onSelect(p.programKey)}
                >
                  <span class="name">{programName(p)}</span>
                  {!compact && p.institution && <span class="muted"> · {p.institution}</span>}
                </button>
              </li>
            ))}
          </ul>
          {compact && programs.length > limit && (
            <p class="muted">and {programs.length - limit} more: open the full view to see them all.</p>
          )}
          {!compact && programs.length > limit && (
            <button type="button" class="btn" onClick={() => setShowAll(true)}>
              Show all {programs.length} programs
            </button>
          )}
        </>
      )}
      {skipped > 0 && (
        <p role="status" class="error">
          {skipped} stored {skipped === 1 ? 'record was' : 'records were'} unreadable and skipped (kept, not
          deleted).
        </p>
      )}
    </section>
  );
}
