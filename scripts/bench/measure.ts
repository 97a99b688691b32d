import type { BrowserContext, Page } from 'playwright-core';

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The extension's main-thread time on the loaded page: the sum of its `fellowship-lens:*`
 * performance measures (detect; on program pages also start, read, dom, send, index, render and
 * paint), once the measure named `until` exists. Each script's measures start at its first
 * evaluated statement (lib/perf/loaded-at.ts), so its own evaluation counts; the engine's
 * compiling of the scripts before that is not seen from inside the page (`scriptCompileTime`
 * reads it from a trace, and the benchmark prints it beside).
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

/**
 * The engine's compiling of the extension's page scripts before their first statement, which
 * `extensionTime` cannot see from inside the page: the `v8.compile` events of the extension's
 * scripts in a CDP trace of one visit, in ms by script file ("detector.js": 0.4).
 */
export async function scriptCompileTime(
  context: BrowserContext,
  url: string,
  until: string,
): Promise<Record<string, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: Array<{ name?: string; dur?: number; args?: { fileName?: string } }> = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as typeof events)));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8', 'devtools.timeline'] } });
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, until, {
    timeout: 15_000,
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const byScript: Record<string, number> = {};
  for (const event of events) {
    const file = event.args?.fileName;
    if (event.name !== 'v8.compile' || !file?.startsWith('chrome-extension://')) continue;
    const name = file.slice(file.lastIndexOf('/') + 1);
    byScript[name] = (byScript[name] ?? 0) + (event.dur ?? 0) / 1000;
  }
  return byScript;
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

/** Long main-thread work seen while the extension worked on a page. */
export interface LongWork {
  /** Long tasks (over 50 ms), in ms. */
  tasks: number[];
  /**
   * Long animation frames (over 50 ms): a frame's tasks together with the style, layout and paint
   * that follow them, which the Long Tasks API does not always report (a restyle of the whole
   * page, highlights revalidated).
   */
  frames: Array<{ duration: number; styleAndLayout: number }>;
}

/**
 * Watches long tasks and long animation frames from now on; `read()` reports those that end
 * after the extension's first measure began (the page's own load and layout come before: not
 * ours), once the rendering its last change caused (style, highlights) has had two frames.
 */
export async function watchLongTasks(page: Page): Promise<() => Promise<LongWork>> {
  await page.evaluate(() => {
    type Seen = { start: number; duration: number; styleAndLayout: number };
    const w = window as unknown as { __long: { tasks: Seen[]; frames: Seen[] } };
    w.__long = { tasks: [], frames: [] };
    new PerformanceObserver((list) =>
      list
        .getEntries()
        .forEach((e) => w.__long.tasks.push({ start: e.startTime, duration: e.duration, styleAndLayout: 0 })),
    ).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        const frame = e as PerformanceEntry & { styleAndLayoutStart: number };
        const end = frame.startTime + frame.duration;
        const styleAndLayout = frame.styleAndLayoutStart > 0 ? end - frame.styleAndLayoutStart : 0;
        w.__long.frames.push({ start: frame.startTime, duration: frame.duration, styleAndLayout });
      }),
    ).observe({ type: 'long-animation-frame', buffered: true });
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
      type Seen = { start: number; duration: number; styleAndLayout: number };
      const w = window as unknown as { __long: { tasks: Seen[]; frames: Seen[] } };
      // (No named functions in here: the page would not have tsx's helper for their names.)
      return {
        tasks: w.__long.tasks.filter((t) => t.start + t.duration > first).map((t) => t.duration),
        frames: w.__long.frames
          .filter((t) => t.start + t.duration > first)
          .map(({ duration, styleAndLayout }) => ({ duration, styleAndLayout })),
      };
    });
}

/**
 * The floor again, in an isolated world like the one content scripts run in (for information:
 * the ratio above is to the page's own world). Chromium keeps a separate wrapper for each DOM
 * node in each world, and reaching it from an isolated world is slower.
 */
export async function treeWalkerFloorIsolated(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'bench-floor',
  });
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: executionContextId,
    returnByValue: true,
    expression: `(() => {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
      parts.join('');
      return performance.now() - start;
    })()`,
  });
  await cdp.detach();
  return result.value as number;
}
