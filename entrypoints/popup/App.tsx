import { useEffect, useState } from 'preact/hooks';
import { ComparisonTable } from '../../components/ComparisonTable';
import { HighlightPageButton } from '../../components/HighlightPageButton';
import { ProgramList } from '../../components/ProgramList';
import { request } from '../../lib/messages/client';
import { painMedicineCatalog } from '../../lib/catalog/pain-medicine';
import { buildComparison } from '../../lib/compare';
import type { Program } from '../../lib/messages/schema';
import { activeTabId } from './active-tab';

async function highlightActiveTab(): Promise<boolean> {
  const tabId = await activeTabId();
  return tabId !== null && (await request({ type: 'annotate-tab', tabId })).injected;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; programs: Program[]; skipped: number }
  | { status: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    request({ type: 'list-programs' })
      .then(({ programs, skipped }) => setState({ status: 'ready', programs, skipped }))
      .catch((error: unknown) =>
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
  }, []);
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Fellowship Lens</h1>
      </header>
      {state.status === 'loading' && <p class="muted">Loading your programs…</p>}
      {state.status === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <ProgramList programs={state.programs} skipped={state.skipped} />
          <ComparisonTable comparison={buildComparison(state.programs, painMedicineCatalog)} />
        </>
      )}
      <HighlightPageButton onHighlight={highlightActiveTab} />
    </main>
  );
}
