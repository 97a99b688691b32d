import type { Page } from 'playwright-core';

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The extension's main-thread time on the loaded page: the sum of its `fellowship-lens:*`
 * performance measures (detect; on program pages also read, send, index and paint), once the
 * measure named `until` exists.
 */
export async function extensionTime(
  page: Page,
  until: string,
  timeout = 15_000,
): Promise<{ total: number; parts: Record<string, number> }> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, until, { timeout });
  return page.evaluate(() => {
    const parts: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('fellowship-lens:'))
        parts[entry.name.slice(16)] = (parts[entry.name.slice(16)] ?? 0) + entry.duration;
    }
    return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
  });
}

/** The floor: one bare TreeWalker pass collecting the page's text, timed inside the page. */
export function treeWalkerFloor(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
    const text = parts.join('');
    const elapsed = performance.now() - start;
    return text.length > 0 ? elapsed : elapsed;
  });
}

/**
 * Watches long tasks (over 50 ms) from now on; `read()` reports those that end after the
 * extension's first measure began (the page's own load and layout come before: not ours), once
 * the rendering its last change caused (style, highlights) has had two frames to happen.
 */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__longTasks.push({ start: e.startTime, duration: e.duration })),
    ).observe({ type: 'longtask', buffered: true });
  });
  return () =>
    page.evaluate(async () => {
      await new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))),
      );
      const ours = performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('fellowship-lens:'))
        .map((e) => e.startTime);
      const first = Math.min(...ours);
      const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
      return w.__longTasks.filter((t) => t.start + t.duration > first).map((t) => t.duration);
    });
}
