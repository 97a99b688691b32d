import { needsNormalizedScan } from './needs-normalized-scan';
import { normalizeText } from './normalize-text';
import type { NormalizedText } from './types';

/** A raw regex hit in original offsets, before any rule is applied. */
export interface Hit {
  start: number;
  end: number;
}

/**
 * Resolves a hit; returns the original end of what it emitted, or -1 to reject it. `normalized`
 * says the scan ran on normalized text, so raw-text shortcuts (probes) cannot be trusted.
 */
export type OnHit = (hit: Hit, lastEnd: number, normalized: boolean) => number;

/** The next hit of one regex, in scan offsets; `start = -1` once exhausted. */
interface Cursor {
  regex: RegExp;
  start: number;
  end: number;
}

function advance(cursor: Cursor, text: string, from: number): void {
  cursor.regex.lastIndex = from;
  const m = cursor.regex.exec(text);
  cursor.start = m ? m.index : -1;
  cursor.end = m ? cursor.regex.lastIndex : -1;
}

/** The earliest pending hit, the longest on ties (several regexes only for huge catalogs). */
function earliest(cursors: Cursor[]): Cursor | undefined {
  let best: Cursor | undefined;
  for (const c of cursors) {
    if (c.start < 0) continue;
    if (!best || c.start < best.start || (c.start === best.start && c.end > best.end)) best = c;
  }
  return best;
}

/** First normalized index at or after original offset `at` (offsets are increasing). */
function toNormalized(norm: NormalizedText, at: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (norm.offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Feeds `onHit` every candidate hit left to right, resuming after what it emitted (or one char
 * later when it rejects a hit), so results never overlap.
 *
 * The regexes find a superset of the forms' occurrences in the original text (case via `i`, any
 * separator run between words), so they run on the original text: normalizing 1 MB up front costs
 * more than the whole scan. Only a page where they could miss one (see needsNormalizedScan) is
 * normalized first and scanned in normalized offsets.
 */
export function scanHits(regexes: readonly RegExp[], input: string, onHit: OnHit): void {
  const norm = needsNormalizedScan(input) ? normalizeText(input) : undefined;
  const text = norm ? norm.text : input;
  const cursors: Cursor[] = regexes.map((regex) => ({ regex, start: -1, end: -1 }));
  for (const cursor of cursors) advance(cursor, text, 0);
  const hit: Hit = { start: 0, end: 0 };
  let lastEnd = 0;
  for (let best = earliest(cursors); best; best = earliest(cursors)) {
    hit.start = norm ? norm.offsets[best.start]! : best.start;
    hit.end = norm ? norm.offsets[best.end - 1]! + 1 : best.end;
    const end = onHit(hit, lastEnd, norm !== undefined);
    if (end >= 0) lastEnd = end;
    const pos = end < 0 ? best.start + 1 : norm ? toNormalized(norm, end) : end;
    for (const cursor of cursors) if (cursor.start >= 0 && cursor.start < pos) advance(cursor, text, pos);
  }
}
