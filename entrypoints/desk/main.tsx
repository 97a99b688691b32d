import { render } from 'preact';
import { DeskView } from '../../components/DeskView';

/** The full view: the same desk as the popup, with room for many programs, export and import. */
function FullView() {
  return (
    <main class="full">
      <header class="app-header">
        <h1>Fellowship Lens</h1>
        <p class="muted">Everything here stays on this computer.</p>
      </header>
      <DeskView view="full" currentUrl={null} />
    </main>
  );
}

render(<FullView />, document.getElementById('app')!);
