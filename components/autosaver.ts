export type SaveStatus =
  { state: 'idle' | 'pending' | 'saving' | 'saved' } | { state: 'failed'; message: string };

/**
 * Saves the latest value shortly after changes stop (one write per pause in typing, not per key),
 * or at once on `flush`. A failed save keeps the value pending: the next change or flush tries it
 * again, and the status says so.
 */
export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** The value as the user last left it (saved or not). */
    private current: T,
    private readonly save: (value: T) => Promise<unknown>,
    private readonly report: (status: SaveStatus) => void,
    private readonly delayMs = 400,
  ) {}

  latest(): T {
    return this.current;
  }

  change(value: T): void {
    this.current = value;
    this.pending = { value };
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
      () => !this.pending && this.report({ state: 'saved' }),
      (error: unknown) => {
        this.pending ??= pending;
        this.report({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }
}
