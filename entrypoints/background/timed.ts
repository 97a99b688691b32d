/**
 * Runs a store write under a performance measure (`fellowship-lens:<name>`), which
 * `npm run bench:browser` reads from the service worker to report save times.
 */
let measured = 0;

export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    // The worker can live for hours: keep its timeline from growing without bound.
    if (++measured % 500 === 0) performance.clearMeasures();
    performance.measure(`fellowship-lens:${name}`, { start });
  }
}
