import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { DeskSlice, DeskViewOptions } from '../lib/compare';
import { sendRequest as request } from '../lib/messages/send';

export type DeskState =
  { status: 'loading' } | { status: 'ready'; desk: DeskSlice } | { status: 'error'; message: string };

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Asks the background for the desk, always with the latest view options, and shows only the
 * latest request's answer: a change and a new order at once must not end on the older of the two.
 */
class DeskLoader {
  private asked = 0;
  constructor(
    private view: DeskViewOptions,
    private readonly show: (state: DeskState) => void,
  ) {}

  setView(view: DeskViewOptions) {
    this.view = view;
  }

  load(): Promise<void> {
    const start = performance.now();
    const mine = ++this.asked;
    return request({ type: 'list-programs', view: this.view }).then(
      (desk) => {
        if (mine !== this.asked) return;
        // The round trip with the background: its cached, validated desk, sliced for this view.
        performance.measure('fellowship-lens:desk-load', { start });
        this.show({ status: 'ready', desk });
      },
      (error: unknown) => {
        if (mine === this.asked) this.show({ status: 'error', message: messageOf(error) });
      },
    );
  }
}

/**
 * The desk (programs, notes, weights) as the background has it, sorted and sliced for this view.
 * `act` runs a change through the background and reloads, so every view shows what is stored,
 * never an optimistic guess. A new order or another program to include asks again; the last
 * answer stays shown meanwhile.
 */
export function useDesk({ sortBy, limit, include }: DeskViewOptions) {
  const [state, setState] = useState<DeskState>({ status: 'loading' });
  const [loader] = useState(() => new DeskLoader({ sortBy, limit, include }, setState));
  // Asked as soon as the view is committed, not a frame later: the answer is what the view waits for.
  useLayoutEffect(() => {
    loader.setView({ sortBy, limit, include });
    void loader.load();
  }, [loader, sortBy, limit, include]);
  const reload = useCallback(() => loader.load(), [loader]);
  const act = useCallback(
    async (change: () => Promise<unknown>) => {
      await change();
      await loader.load();
    },
    [loader],
  );
  return { state, reload, act };
}
