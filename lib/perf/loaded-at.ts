/**
 * When the page script importing this began to run. Each page script imports it first, so its
 * bundle evaluates this before any other module, and the measures that start here count the
 * script's own evaluation (its tables and patterns) as work on the page too.
 */
export const loadedAt = performance.now();
