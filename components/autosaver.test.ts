import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Autosaver, type SaveStatus } from './autosaver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function saver(save: (v: string) => Promise<unknown>) {
  const statuses: SaveStatus['state'][] = [];
  return { saver: new Autosaver<string>('', save, (s) => statuses.push(s.state), 400), statuses };
}

describe('Autosaver', () => {
  test('typing saves once, the latest value, after a pause', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver: s, statuses } = saver(save);
    for (const text of ['A', 'As', 'Ask']) {
      s.change(text);
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledExactlyOnceWith('Ask');
    expect(statuses.at(-1)).toBe('saved');
  });

  test('flush saves at once (the popup closing), and only what is not saved yet', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver: s } = saver(save);
    s.change('typed and closed');
    s.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith('typed and closed');
    s.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledOnce();
  });

  test('a failed save is reported and tried again on the next flush', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('quota exceeded')).mockResolvedValue(undefined);
    const { saver: s, statuses } = saver(save);
    s.change('note');
    s.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('failed');
    s.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('note');
    expect(statuses.at(-1)).toBe('saved');
  });

  test('a failed save is tried again on its own, a few times, then waits for the user', async () => {
    const save = vi.fn().mockRejectedValue(new Error('The extension did not answer.'));
    const { saver: s, statuses } = saver(save);
    s.change('typed while the background restarted');
    s.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(4);
    expect(statuses.at(-1)).toBe('failed');
    save.mockResolvedValue(undefined);
    s.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith('typed while the background restarted');
    expect(statuses.at(-1)).toBe('saved');
  });

  test('every change is journaled at once, and the journal is cleared only when the latest is saved', async () => {
    const journal = { write: vi.fn(), clear: vi.fn() };
    let fail = true;
    const save = vi.fn(() => (fail ? Promise.reject(new Error('gone')) : Promise.resolve()));
    const s = new Autosaver<string>('', save, () => {}, 400, journal);
    s.change('draft');
    expect(journal.write).toHaveBeenCalledWith('draft');
    s.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(journal.clear).not.toHaveBeenCalled();
    fail = false;
    s.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(journal.clear).toHaveBeenCalledOnce();
  });

  test('a change made while a save is under way is not reported saved before it is', async () => {
    let finish = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { saver: s, statuses } = saver(save);
    s.change('one');
    s.flush();
    s.change('two');
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenLastCalledWith('two');
  });
});
