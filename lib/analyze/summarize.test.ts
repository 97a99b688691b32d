import { describe, expect, test } from 'vitest';
import { summarize } from './summarize';
import type { Match } from '../match';

const scs = {
  id: 'spinal-cord-stimulation',
  kind: 'procedure',
  name: 'Spinal cord stimulation',
  category: 'neuromod',
} as const;
const at = (text: string, start: number, entry: Omit<Match, 'text' | 'start' | 'end'> = scs): Match => ({
  ...entry,
  text,
  start,
  end: start + text.length,
});

describe('summarize', () => {
  test('counts each entry, keeps its occurrences and its distinct forms (whitespace and case folded)', () => {
    const matches = [
      at('SCS', 0),
      at('spinal cord\n stimulation', 10),
      at('SCS', 40),
      at('scs', 50),
      at('Spinal cord stimulation', 60),
    ];
    expect(summarize(matches)).toEqual([
      { ...scs, count: 5, occurrences: [0, 1, 2, 3, 4], forms: ['SCS', 'spinal cord stimulation'] },
    ]);
  });

  test('keeps at most 20 forms per entry', () => {
    const matches = Array.from({ length: 30 }, (_, i) => at(`SCS${i}`, i * 10));
    const [found] = summarize(matches);
    expect(found!.count).toBe(30);
    expect(found!.forms).toHaveLength(20);
  });
});
