import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DeskView } from '../../components/DeskView';
import { HighlightPageButton } from '../../components/HighlightPageButton';
import { sendRequest as request } from '../../lib/messages/send';
import { activeTab } from './active-tab';

async function highlightActiveTab(): Promise<boolean> {
  const tab = await activeTab();
  return tab !== null && (await request({ type: 'annotate-tab', tabId: tab.id })).injected;
}

// Asked as the popup's script starts, not after its first render: the desk waits for it.
const tabAtOpen = activeTab().catch(() => null);

export function App() {
  // undefined until the active tab is known, so the desk opens on the right program at once.
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void tabAtOpen.then((tab) => setUrl(tab?.url ?? null));
  }, []);
  return (
    <main class="popup">
      <header class="app-header">
        <h1>Fellowship Lens</h1>
        <button
          type="button"
          class="btn"
          data-testid="open-full-view"
          onClick={() =>
            void browser.tabs.create({ url: browser.runtime.getURL('/desk.html') }).then(() => window.close())
          }
        >
          Open full view ↗
        </button>
      </header>
      {url !== undefined && <DeskView view="popup" currentUrl={url} />}
      <HighlightPageButton onHighlight={highlightActiveTab} />
    </main>
  );
}
