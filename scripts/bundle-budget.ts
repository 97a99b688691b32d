import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Size budgets (minified + gzipped bytes) for the scripts that run inside web pages. The content
 * script (the detector) runs on every page the user opens: 12 KB. The annotator loads only on recognised program
 * pages, and carries only what must touch the DOM there (text collection, highlights, legend and
 * card, the detector's reasons, the pay-table reader); the catalog, the matcher and the fact
 * patterns stay in the background: 20 KB.
 */
export const BUDGETS: Record<string, number> = {
  'detector.js': 12 * 1024,
  'annotator.js': 20 * 1024,
};

/** Prints the gzipped size of each budgeted script and throws when one is over its budget. */
export function checkBundleBudgets(outDir: string, log: (line: string) => void = console.log): void {
  const over: string[] = [];
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const size = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
    const line = `${file}: ${(size / 1024).toFixed(1)} KB gzipped (budget ${(budget / 1024).toFixed(0)} KB)`;
    log(`  ${size > budget ? '✖' : '✔'} ${line}`);
    if (size > budget) over.push(line);
  }
  if (over.length) throw new Error(`Bundle over budget: ${over.join('; ')}`);
}
