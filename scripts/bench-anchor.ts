/**
 * Anchoring benchmark: `npm run bench:anchor`. Not a timed test: it prints warm medians for 40
 * notes on a ~1 MB page in the situations a revisit meets, against the cost of normalizing the page
 * once (the fixed cost of any slow path) measured in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describeAnchor, locateAnchors, type TextAnchor } from '../lib/anchor';
import { normalizeText } from '../lib/match';

const TARGET_CHARS = 1_000_000;
const NOTES = 40;
const WARMUP = 2;
const RUNS = 7;

// Seeded, so every run measures the same page and notes.
let seed = 7;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

/**
 * A page of the fixture pages' words in random order: real vocabulary, but no passage repeats, as
 * on a long real page (repeating the fixtures would make every quote occur 50 times).
 */
function randomPage(words: string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentence = Array.from({ length: 8 + Math.floor(random() * 20) }, () => pick(words)).join(' ');
    const part = sentence + (random() < 0.3 ? '.\n' : '. ');
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, chars);
}

function vocabulary(): string[] {
  const dir = 'tests/fixtures/pages/';
  const html = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(dir + f, 'utf8'))
    .join(' ');
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>|&#?\w+;/g, ' ');
  return [...new Set(text.split(/\s+/).filter((w) => /^[A-Za-z$][\w,.$-]*$/.test(w)))];
}

const words = vocabulary();
const page = randomPage(words, TARGET_CHARS);
const other = randomPage(words, TARGET_CHARS);

// 30 short notes, 8 paragraphs, 2 near the 5000-char limit.
const lengths = [
  ...Array.from({ length: 30 }, () => 20 + Math.floor(random() * 180)),
  ...Array.from({ length: 8 }, () => 200 + Math.floor(random() * 800)),
  3000,
  5000,
].slice(0, NOTES);
const anchors: TextAnchor[] = lengths.map((length) => {
  const start = Math.floor(random() * (page.length - length));
  return describeAnchor(page, start, start + length)!;
});

/** One word in the middle of each quote replaced. */
function editQuotes(text: string): string {
  let out = text;
  for (const a of anchors) {
    const mid = a.start + Math.floor(a.quote.length / 2);
    out = out.slice(0, mid) + 'XYZZY' + out.slice(mid + 5);
  }
  return out;
}

const scenarios: Record<string, string> = {
  'unchanged page': page,
  'a paragraph inserted at the top': 'New this year: a research track.\n' + page,
  'every space and newline changed': page.replace(/ /g, '  ').replace(/\n/g, '\n\n'),
  'a word changed in each quote': editQuotes(page),
  'the same, and 200 KB inserted at the top': other.slice(0, 200_000) + editQuotes(page),
  'an unrelated page (every note gone)': other,
};

function median(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    f();
    if (i >= WARMUP) times.push(performance.now() - t);
  }
  return times.sort((x, y) => x - y)[times.length >> 1]!;
}

const normalizeMs = median(() => normalizeText(page));
console.log(
  `page: ${(page.length / 1e6).toFixed(2)} M chars of ${words.length} fixture words; ${NOTES} notes of ` +
    `${Math.min(...lengths)}–${Math.max(...lengths)} chars; warm median of ${RUNS} runs`,
);
console.log(
  `  ${'baseline: normalizeText of the page once'.padEnd(44)}${normalizeMs.toFixed(1).padStart(8)} ms`,
);
for (const [label, text] of Object.entries(scenarios)) {
  let placed = 0;
  let exact = 0;
  const ms = median(() => {
    const found = locateAnchors(text, anchors);
    placed = found.filter(Boolean).length;
    exact = found.filter((f) => f?.exact).length;
  });
  console.log(
    `  ${label.padEnd(44)}${ms.toFixed(1).padStart(8)} ms  ${(ms / normalizeMs).toFixed(1).padStart(5)}x  ` +
      `${placed} placed, ${exact} exact`,
  );
}
