export type SaveStatus =
  { state: 'idle' | 'pending' | 'saving' | 'saved' } | { state: 'failed'; message: string };

/** After a failed save, the waits before trying again on its own (then it waits for the user). */
const RETRY_DELAYS_MS = [1000, 3000, 10_000];

/**
 * Saves the latest value shortly after changes stop (one write per pause in typing, not per key),
 * or at once on `flush`. A failed save (the background was restarting, the disk was full) keeps
 * the value pending: it is tried again on its own a few times, and on the next change or flush,
 * and the status says so meanwhile.
 */
/**
 * Where a value waits until it is saved: written at every change, synchronously, so a popup that
 * closes before its save arrives (or while the background restarts) keeps it for its next open.
 */
export interface Journal<T> {
  write(value: T): void;
  clear(): void;
}

export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;

  constructor(
    /** The value as the user last left it (saved or not). */
    private current: T,
    private readonly save: (value: T) => Promise<unknown>,
    private readonly report: (status: SaveStatus) => void,
    private readonly delayMs = 400,
    private readonly journal?: Journal<T>,
  ) {}

  latest(): T {
    return this.current;
  }

  change(value: T): void {
    this.current = value;
    this.pending = { value };
    this.journal?.write(value);
    this.report({ state: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.report({ state: 'saving' });
    this.save(pending.value).then(
      () => {
        this.failures = 0;
        if (this.pending) return;
        this.journal?.clear();
        this.report({ state: 'saved' });
      },
      (error: unknown) => {
        this.pending ??= pending;
        this.report({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        const delay = RETRY_DELAYS_MS[this.failures++];
        if (delay !== undefined) {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.flush(), delay);
        }
      },
    );
  }
}
