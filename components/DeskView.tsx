import { useEffect, useMemo, useState } from 'preact/hooks';
import { SORT_KEYS, type DeskSlice, type ProgramScore, type SortKey } from '../lib/compare';
import { sendRequest as request } from '../lib/messages/send';
import type { Weights } from '../lib/messages/schema';
import { ComparisonTable, type OwnRow } from './ComparisonTable';
import { ExportImport } from './ExportImport';
import { Priorities } from './Priorities';
import { ProgramCard } from './ProgramCard';
import { ProgramList } from './ProgramList';
import { SortSelect } from './SortSelect';
import { useDesk } from './useDesk';
import { usePreference } from './usePreference';

/** Columns the popup compares at once; the full view compares up to FULL_COLUMNS. */
const POPUP_COLUMNS = 5;
const FULL_COLUMNS = 24;
const RENDERED = 'fellowship-lens:desk-rendered';

interface Props {
  view: 'popup' | 'full';
  currentUrl: string | null;
}

/**
 * The applicant's desk, shared by the popup and the full view: the program at hand (notes, rating,
 * tags, rename, merge, delete), priorities, and the comparison, sorted and ranked. The background
 * sorts and ranks every program and sends the findings of the compared ones only, so opening the
 * popup costs the same with 2 programs or 200.
 */
export function DeskView({ view, currentUrl }: Props) {
  const [sortBy, setSortBy] = usePreference<SortKey>('sort-by', 'recent', SORT_KEYS);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const limit = view === 'popup' ? POPUP_COLUMNS : FULL_COLUMNS;
  const { state, act, reload } = useDesk({ sortBy, limit, include: selectedKey ?? currentUrl });
  if (state.status === 'loading') return <p class="muted">Loading your programs…</p>;
  if (state.status === 'error')
    return (
      <p role="alert" class="error">
        {state.message}
      </p>
    );
  return (
    <DeskReady
      desk={state.desk}
      view={view}
      fromCurrentPage={selectedKey === null && currentUrl !== null}
      sortBy={sortBy}
      onSort={setSortBy}
      onSelect={setSelectedKey}
      act={act}
      reload={reload}
    />
  );
}

interface ReadyProps {
  desk: DeskSlice;
  view: 'popup' | 'full';
  /** The included program is the current tab's, not one the user chose. */
  fromCurrentPage: boolean;
  sortBy: SortKey;
  onSort: (by: SortKey) => void;
  onSelect: (programKey: string) => void;
  act: (change: () => Promise<unknown>) => Promise<void>;
  reload: () => Promise<void>;
}

function DeskReady({ desk, view, fromCurrentPage, sortBy, onSort, onSelect, act, reload }: ReadyProps) {
  const notesByProgram = useMemo(() => new Map(desk.programNotes.map((n) => [n.programKey, n])), [desk]);
  const byKey = useMemo(() => new Map(desk.programs.map((p) => [p.programKey, p])), [desk]);
  const shown = useMemo(() => desk.complete.flatMap((key) => byKey.get(key) ?? []), [desk, byKey]);
  const selected =
    (desk.included ? byKey.get(desk.included) : undefined) ?? (view === 'full' ? shown[0] : undefined);
  // Made in the background, where the catalog is: the popup does not load it.
  const { comparison } = desk;
  const itemNames = useMemo(
    () => new Map(comparison.groups.flatMap((g) => g.rows.map((r) => [r.id, r.label] as const))),
    [comparison],
  );
  const weights = desk.weights;
  const hasWeights = Object.values(weights).some((w) => w > 0);
  const scores = new Map(desk.ranking.map((r) => [r.programKey, r]));
  const ownRows: OwnRow[] = [
    ...(hasWeights
      ? [
          {
            id: 'score',
            label: 'Match to my priorities',
            cells: shown.map((p) => `${scores.get(p.programKey)?.score ?? 0}%`),
            titles: shown.map((p) => explainScore(scores.get(p.programKey))),
          },
        ]
      : []),
    {
      id: 'rating',
      label: 'My rating',
      cells: shown.map((p) => stars(notesByProgram.get(p.programKey)?.rating ?? null)),
    },
    {
      id: 'tags',
      label: 'Tags',
      cells: shown.map((p) => notesByProgram.get(p.programKey)?.tags.join(', ') ?? ''),
    },
    { id: 'notes', label: 'My notes', cells: shown.map((p) => notesByProgram.get(p.programKey)?.text ?? '') },
  ];
  const saveWeights = (next: Weights) => {
    if (sortBy !== 'rank' && Object.keys(next).length) onSort('rank');
    void act(() => request({ type: 'save-weights', weights: next }));
  };

  // Read by `npm run bench:browser`: the first render with the stored programs, from navigation.
  useEffect(() => {
    if (!performance.getEntriesByName(RENDERED).length) performance.mark(RENDERED);
  }, []);

  return (
    <div class={`desk desk--${view}`}>
      <div class="desk__side">
        {selected ? (
          <ProgramCard
            program={selected}
            others={desk.programs.filter((p) => p !== selected)}
            notes={desk.notes.filter((n) => n.programKey === selected.programKey)}
            saved={notesByProgram.get(selected.programKey)}
            itemNames={itemNames}
            act={act}
            heading={fromCurrentPage ? 'This page' : 'Program'}
          />
        ) : null}
        <ProgramList
          programs={desk.programs}
          skipped={desk.skipped}
          selectedKey={selected?.programKey ?? null}
          onSelect={onSelect}
          compact={view === 'popup'}
        />
      </div>
      {(desk.programs.length > 0 || view === 'full') && (
        <div class="desk__main">
          <div class="toolbar">
            {desk.programs.length > 0 && <SortSelect value={sortBy} onChange={onSort} />}
            {view === 'full' && (
              <ExportImport
                csv={async () => (await request({ type: 'export-csv', sortBy })).csv}
                onImported={reload}
              />
            )}
          </div>
          {desk.programs.length > 0 && (
            <Priorities
              rows={desk.rows}
              weights={weights}
              onChange={saveWeights}
              startOpen={view === 'full'}
            />
          )}
          {desk.programs.length > shown.length && (
            <p class="muted">
              Comparing {shown.length} of {desk.programs.length} programs
              {view === 'popup' ? ' — open the full view to compare more.' : ' — sorted first.'}
            </p>
          )}
          <ComparisonTable
            comparison={comparison}
            ownRows={ownRows}
            selectedKey={selected?.programKey ?? null}
            onSelect={onSelect}
          />
        </div>
      )}
    </div>
  );
}

/** "Spinal cord stimulation: 3 × 100% · Vacation days: 2 × 0%": how a score was made. */
function explainScore(score: ProgramScore | undefined): string {
  return (score?.parts ?? [])
    .map((p) => `${p.label}: ${p.weight} × ${Math.round(p.points * 100)}%`)
    .join('\n');
}

function stars(rating: number | null): string {
  return rating === null ? '' : '★'.repeat(rating) + '☆'.repeat(5 - rating);
}
