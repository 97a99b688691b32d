import { useEffect, useMemo, useState } from 'preact/hooks';
import { painMedicineCatalog } from '../lib/catalog/pain-medicine';
import {
  buildComparison,
  rankPrograms,
  SORT_KEYS,
  sortPrograms,
  type ProgramScore,
  type SortKey,
} from '../lib/compare';
import { request } from '../lib/messages/client';
import type { Desk, Program, Weights } from '../lib/messages/schema';
import { toCsv } from '../lib/transfer/csv';
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
const itemNames = new Map(painMedicineCatalog.entries.map((e) => [e.id, e.name]));

/**
 * The applicant's desk, shared by the popup and the full view: the program at hand (notes, rating,
 * tags, rename, merge, delete), priorities, and the comparison, sorted and ranked.
 */
export function DeskView({ view, currentUrl }: { view: 'popup' | 'full'; currentUrl: string | null }) {
  const { state, act, reload } = useDesk();
  if (state.status === 'loading') return <p class="muted">Loading your programs…</p>;
  if (state.status === 'error')
    return (
      <p role="alert" class="error">
        {state.message}
      </p>
    );
  return <DeskReady desk={state.desk} view={view} currentUrl={currentUrl} act={act} reload={reload} />;
}

interface ReadyProps {
  desk: Desk;
  view: 'popup' | 'full';
  currentUrl: string | null;
  act: (change: () => Promise<unknown>) => Promise<void>;
  reload: () => Promise<void>;
}

function DeskReady({ desk, view, currentUrl, act, reload }: ReadyProps) {
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [sortBy, setSortBy] = usePreference<SortKey>('sort-by', 'recent', SORT_KEYS);
  // The user's latest choice until the desk reloads with it (or with an import's).
  const [chosenWeights, setWeights] = useState<Weights | null>(null);
  const weights = chosenWeights ?? desk.weights;
  const notesByProgram = useMemo(() => new Map(desk.programNotes.map((n) => [n.programKey, n])), [desk]);
  const all = useMemo(() => {
    const start = performance.now();
    const built = buildComparison(desk.programs, painMedicineCatalog);
    performance.measure('fellowship-lens:desk-compare', { start });
    return built;
  }, [desk]);
  const ranking = useMemo(() => rankPrograms(all, weights), [all, weights]);
  const sorted = useMemo(
    () => sortPrograms(desk.programs, sortBy, { comparison: all, weights, programNotes: desk.programNotes }),
    [desk, sortBy, all, weights],
  );
  const current = currentUrl ? programAt(desk.programs, currentUrl) : undefined;
  const selected =
    desk.programs.find((p) => p.programKey === selectedKey) ??
    current ??
    (view === 'full' ? sorted[0] : undefined);

  const limit = view === 'popup' ? POPUP_COLUMNS : FULL_COLUMNS;
  const shown = sorted.slice(0, limit);
  if (selected && !shown.includes(selected)) shown[shown.length - 1] = selected;
  // At most a few dozen columns: cheap enough to build on every render.
  const comparison = buildComparison(shown, painMedicineCatalog);
  const hasWeights = Object.values(weights).some((w) => w > 0);
  const scores = new Map(ranking.map((r) => [r.programKey, r]));
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
    setWeights(next);
    if (sortBy !== 'rank' && Object.keys(next).length) setSortBy('rank');
    void request({ type: 'save-weights', weights: next });
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
            heading={selected === current ? 'This page' : 'Program'}
          />
        ) : null}
        <ProgramList
          programs={sorted}
          skipped={desk.skipped}
          selectedKey={selected?.programKey ?? null}
          onSelect={setSelectedKey}
          compact={view === 'popup'}
        />
      </div>
      {(desk.programs.length > 0 || view === 'full') && (
        <div class="desk__main">
          <div class="toolbar">
            {desk.programs.length > 0 && <SortSelect value={sortBy} onChange={setSortBy} />}
            {view === 'full' && (
              <ExportImport
                csv={() =>
                  toCsv({ ...desk, programs: sorted }, buildComparison(sorted, painMedicineCatalog), ranking)
                }
                onImported={reload}
              />
            )}
          </div>
          {desk.programs.length > 0 && (
            <Priorities
              comparison={all}
              weights={weights}
              onChange={saveWeights}
              startOpen={view === 'full'}
            />
          )}
          {sorted.length > shown.length && (
            <p class="muted">
              Comparing {shown.length} of {sorted.length} programs
              {view === 'popup' ? ' — open the full view to compare more.' : ' — sorted first.'}
            </p>
          )}
          <ComparisonTable
            comparison={comparison}
            ownRows={ownRows}
            selectedKey={selected?.programKey ?? null}
            onSelect={setSelectedKey}
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

/** The program one of whose pages is at `url` (the fragment and a trailing slash do not count). */
function programAt(programs: Program[], url: string): Program | undefined {
  const norm = (u: string) => u.replace(/#.*$/, '').replace(/\/$/, '');
  const target = norm(url);
  return programs.find((p) => p.pages.some((page) => norm(page.url) === target));
}
