/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchChanges } from '../../entrypoints/annotator/watch-changes';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

async function mutate(times: number, everyMs: number) {
  for (let i = 0; i < times; i++) {
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('watchChanges', () => {
  test('one rescan after a burst of changes settles', async () => {
    const rescan = vi.fn();
    const controller = new AbortController();
    watchChanges(rescan, controller.signal);
    await mutate(5, 50);
    await vi.advanceTimersByTimeAsync(500);
    expect(rescan).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  test('a page that never settles is still rescanned, but at most maxRescans per window', async () => {
    const rescan = vi.fn();
    const controller = new AbortController();
    watchChanges(rescan, controller.signal, {
      maxRescans: 3,
      windowMs: 10_000,
      pauseMs: 30_000,
      maxWaitMs: 1000,
    });
    await mutate(100, 100); // 10 s of changes every 100 ms
    expect(rescan).toHaveBeenCalledTimes(3);
    controller.abort();
  });

  test('changes inside the ignored node (our own UI) do not count', async () => {
    const rescan = vi.fn();
    const controller = new AbortController();
    const ui = document.createElement('div');
    document.documentElement.append(ui);
    const watcher = watchChanges(rescan, controller.signal, {}, ui);
    ui.append(document.createElement('span'));
    watcher.muted(() => document.body.append(document.createElement('mark')));
    await vi.advanceTimersByTimeAsync(3000);
    expect(rescan).not.toHaveBeenCalled();
    controller.abort();
  });
});
