import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../lib/messages/client';
import type { Desk } from '../lib/messages/schema';

export type DeskState =
  { status: 'loading' } | { status: 'ready'; desk: Desk } | { status: 'error'; message: string };

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The desk (programs, notes, weights) as the background has it. `act` runs a change through the
 * background and reloads, so every view shows what is stored, never an optimistic guess.
 */
export function useDesk() {
  const [state, setState] = useState<DeskState>({ status: 'loading' });
  const reload = useCallback(() => {
    const start = performance.now();
    return request({ type: 'list-programs' }).then(
      (desk) => {
        // The round trip with the background: read (or its cache), send.
        performance.measure('fellowship-lens:desk-load', { start });
        setState({ status: 'ready', desk });
      },
      (error: unknown) => setState({ status: 'error', message: messageOf(error) }),
    );
  }, []);
  useEffect(() => void reload(), [reload]);
  const act = useCallback(
    async (change: () => Promise<unknown>) => {
      await change();
      await reload();
    },
    [reload],
  );
  return { state, reload, act };
}
