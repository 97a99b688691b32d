import { useState } from 'preact/hooks';

/**
 * Lets the user ask for highlights on a page the extension did not take for a program page (an
 * article, a listicle): the catalog is still useful there, but only on request.
 */
export function HighlightPageButton({ onHighlight }: { onHighlight: () => Promise<boolean> }) {
  const [state, setState] = useState<'idle' | 'working' | 'done' | 'refused'>('idle');
  const click = () => {
    setState('working');
    onHighlight().then(
      (injected) => setState(injected ? 'done' : 'refused'),
      () => setState('refused'),
    );
  };
  return (
    <div class="highlight-page">
      <button
        type="button"
        class="btn"
        onClick={click}
        disabled={state === 'working'}
        data-testid="highlight-page"
      >
        Highlight this page
      </button>
      <span role="status" class="muted">
        {state === 'done' && 'Highlighted.'}
        {state === 'refused' && 'This page cannot be highlighted.'}
      </span>
    </div>
  );
}
