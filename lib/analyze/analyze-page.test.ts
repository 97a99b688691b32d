import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixtureDocument } from '../../tests/support/fixture-pages';
import { analyzePage } from '.';

const DIR = new URL('../../tests/fixtures/pages/', import.meta.url);
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html'));

interface Expected {
  url: string;
  isProgram: boolean;
  programKey: string | null;
  procedures: string[];
  benefits: string[];
  facts: Record<string, unknown>;
}

describe('analyzePage on the golden fixture pages', () => {
  test('every fixture page has its expected JSON', () => {
    const expected = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));
    expect(expected.map((f) => f.replace('.expected.json', '.html')).sort()).toEqual(pages.sort());
  });

  test.each(pages)('%s matches its expected JSON', (file) => {
    const expected = JSON.parse(
      readFileSync(new URL(file.replace('.html', '.expected.json'), DIR), 'utf8'),
    ) as Expected;
    const result = analyzePage(fixtureDocument(file, expected.url), expected.url);
    const ids = (kind: string) =>
      [...new Set(result.matches.filter((m) => m.kind === kind).map((m) => m.id))].sort();
    expect({
      url: result.url,
      isProgram: result.detection.isProgram,
      programKey: result.programKey,
      procedures: ids('procedure'),
      benefits: ids('benefit'),
      facts: result.facts,
    }).toEqual(expected);
  });

  test.each(pages)('%s: every match reads back the page text at its offsets', (file) => {
    const result = analyzePage(fixtureDocument(file));
    for (const match of result.matches)
      expect(result.page.text.slice(match.start, match.end)).toBe(match.text);
  });
});
