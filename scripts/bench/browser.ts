// `npm run bench:browser`: the extension's cost in real Chromium, against a floor and mark.js
// measured on the same pages in the same run. Figures, not a pass/fail test: machines are noisy.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { painMedicineCatalog, surfaceForms } from '../../lib/catalog';
import { chromiumPath, ROOT } from '../../tests/e2e/support/browsers';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { startDemoSite } from '../demo-site';
import { benchDesk } from './desk';
import {
  extensionTime,
  median,
  scriptCompileTime,
  treeWalkerFloor,
  treeWalkerFloorIsolated,
  watchLongTasks,
  type LongWork,
} from './measure';
import { largeNonProgramPage, largePlainPage, largeProgramPage } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MARK_ARRAY_TIMEOUT_MS = 180_000;

const plainPage = largePlainPage();
const big = largeNonProgramPage();
const bigProgram = largeProgramPage();
const site = await startDemoSite(0, [plainPage, big, bigProgram]);
const urlOf = (p: { host: string; path: string }) => `http://${p.host}:${site.port}${p.path}`;
const pages: Array<{ label: string; url: string; program: boolean; markArray?: boolean }> = [
  // mark.js with an array of terms takes about a minute on a 1 MB page: run on the look-alike only.
  {
    label: 'large page naming no fellowship (1 MB)',
    url: urlOf(plainPage),
    program: false,
    markArray: false,
  },
  { label: 'large look-alike naming a fellowship, not a program (1 MB)', url: urlOf(big), program: false },
  { label: 'Rush (demo)', url: site.url('rush'), program: true },
  { label: 'WUSTL overview (demo)', url: site.url('wustl-overview'), program: true },
  { label: 'WUSTL curriculum (demo)', url: site.url('wustl-full'), program: true },
  { label: 'program page (1 MB)', url: urlOf(bigProgram), program: true },
];

const terms = [...new Set(painMedicineCatalog.entries.flatMap((e) => surfaceForms(e).map((f) => f.text)))];
const alternation = `\\b(?:${[...terms]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|')})\\b`;

const profile = await mkdtemp(join(tmpdir(), 'lens-bench-'));
const extension = await launchChromium(profile);
const plain: Browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`Chromium bench: ${RUNS} runs per page (median), ${terms.length} catalog terms\n`);
const rows: string[] = [];
for (const target of pages) {
  const ours: number[] = [];
  const partRuns: Record<string, number[]> = {};
  const long: LongWork[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await extension.context.newPage();
    await page.goto(target.url);
    const read = await watchLongTasks(page);
    const result = await extensionTime(
      page,
      target.program ? 'fellowship-lens:paint' : 'fellowship-lens:detect',
    );
    ours.push(result.total);
    for (const [name, ms] of Object.entries(result.parts)) (partRuns[name] ??= []).push(ms);
    long.push(await read());
    await page.close();
  }
  // In separate visits: tracing slows the page down a little.
  const compiles: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    const until = target.program ? 'fellowship-lens:paint' : 'fellowship-lens:detect';
    for (const [file, ms] of Object.entries(await scriptCompileTime(extension.context, target.url, until)))
      (compiles[file] ??= []).push(ms);
  }
  const floors: number[] = [];
  const isolatedFloors: number[] = [];
  const markRegExp: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A page of its own: in a page the main-world floor has read, the text is already cached.
    const page = await plain.newPage();
    await page.goto(target.url);
    isolatedFloors.push(await treeWalkerFloorIsolated(page));
    await page.close();
  }
  for (let i = 0; i < RUNS; i++) {
    const page = await plain.newPage();
    await page.goto(target.url);
    floors.push(await treeWalkerFloor(page));
    await page.addScriptTag({ path: join(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
    markRegExp.push(
      await page.evaluate((source) => {
        const start = performance.now();
        new (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp): void } }).Mark(
          document.body,
        ).markRegExp(new RegExp(source, 'gi'));
        return performance.now() - start;
      }, alternation),
    );
    await page.close();
  }
  const markArray = target.markArray === false ? 'not run on this page' : await markJsArray(target.url);
  // Each part's median (so they need not add up to the median total).
  const parts = Object.entries(partRuns).map(([name, runs]) => [name, median(runs)] as const);
  const o = median(ours);
  const f = median(floors);
  const fi = median(isolatedFloors);
  const ms = (values: number[]) => values.map((d) => d.toFixed(0)).join('+') || 'none';
  const m = median(markRegExp);
  const arr =
    typeof markArray === 'string'
      ? markArray
      : Number.isFinite(markArray)
        ? fmt(markArray)
        : `> ${MARK_ARRAY_TIMEOUT_MS / 1000} s`;
  rows.push(
    [
      `${target.label}`,
      `  extension   ${fmt(o)}  (${parts.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')})`,
      `  and the engine compiling its scripts before they run (not in the figure above; CDP trace): ${
        Object.entries(compiles)
          .map(([file, runs]) => `${file} ${fmt(median(runs))}`)
          .join(', ') || 'none'
      }`,
      `  floor (bare TreeWalker pass)  ${fmt(f)}   extension / floor = ${(o / f).toFixed(2)}x`,
      `  the same floor in an isolated world, as content scripts run  ${fmt(fi)}   extension / that = ${(o / fi).toFixed(2)}x`,
      `  mark.js markRegExp (one alternation)  ${fmt(m)}   mark.js / extension = ${(m / o).toFixed(1)}x`,
      `  mark.js mark(array of terms), 1 run   ${arr}`,
      `  long tasks during annotation, per run (ms): ${long.map((l) => ms(l.tasks)).join(' | ')}`,
      `  long animation frames (tasks + style, layout, paint), per run (ms): ${long
        .map((l) => ms(l.frames.map((f) => f.duration)))
        .join(' | ')}`,
      `    of which style and layout: ${long.map((l) => ms(l.frames.map((f) => f.styleAndLayout))).join(' | ')}`,
    ].join('\n'),
  );
  console.log(rows.at(-1) + '\n');
}
// The demo's programs are stored by now (the loop above visited them): the desk's figures.
console.log((await benchDesk(extension, RUNS)) + '\n');
await extension.close();
await plain.close();
await site.close();
await rm(profile, { recursive: true, force: true });

/** mark.js as people usually call it: the terms as an array. Slow, so once per page, with a cap. */
async function markJsArray(url: string): Promise<number | string> {
  const page = await plain.newPage();
  await page.goto(url);
  await page.addScriptTag({ path: join(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
  const markArray: number | string = await Promise.race([
    page
      .evaluate((list) => {
        const start = performance.now();
        new (window as unknown as { Mark: new (el: Element) => { mark(t: string[], o: object): void } }).Mark(
          document.body,
        ).mark(list, { separateWordSearch: false });
        return performance.now() - start;
      }, terms)
      .catch((error: unknown) => `failed: ${String(error).split('\n')[0]!.slice(0, 120)}`),
    new Promise<number>((resolve) =>
      setTimeout(() => resolve(Number.POSITIVE_INFINITY), MARK_ARRAY_TIMEOUT_MS),
    ),
  ]);
  await page.close().catch(() => {});
  return markArray;
}
