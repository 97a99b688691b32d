import { readdirSync, readFileSync } from 'node:fs';
import { htmlDocument } from '../../tests/support/fixture-pages';
import { describe, expect, test } from 'vitest';
import { detectProgram, detectProgramPage, LOOK_ALIKES, PROGRAM_WORDS, readSignals } from '.';

/** One page of tests/fixtures/lookalikes/index.json. */
interface Fixture {
  file: string;
  url: string;
  class: string;
  isProgram: boolean;
  specialty: string | null;
  programName?: string;
  institution?: string;
}

const DIR = new URL('../../tests/fixtures/lookalikes/', import.meta.url);
const fixtures = JSON.parse(readFileSync(new URL('index.json', DIR), 'utf8')) as Fixture[];

/** A fixture parsed as if loaded from its address, scripts off (as tests/support/fixture-pages.ts does). */
function load(fixture: Fixture): Document {
  return htmlDocument(readFileSync(new URL(fixture.file, DIR), 'utf8'), fixture.url);
}

const pages = fixtures.map((f) => ({ ...f, document: load(f) }));
const programs = pages.filter((p) => p.isProgram);
const lookAlikes = pages.filter((p) => !p.isProgram);

describe('program fixtures', () => {
  test.each(programs.map((p) => [p.file, p] as const))(
    '%s is a program page of its specialty',
    (_file, page) => {
      const detection = detectProgramPage(page.document);
      expect(detection.isProgram, detection.reasons.join('\n')).toBe(true);
      expect(detection).toMatchObject({
        specialty: page.specialty,
        programName: page.programName,
        institution: page.institution,
      });
    },
  );

  test.each(programs.map((p) => [p.file, p] as const))('%s matches no look-alike', (_file, page) => {
    const detection = detectProgram(readSignals(page.document));
    expect(detection.lookAlikes, detection.reasons.join('\n')).toEqual([]);
  });
});

describe('look-alike fixtures', () => {
  test.each(lookAlikes.map((p) => [p.file, p] as const))('%s is not a program page', (_file, page) => {
    const detection = detectProgramPage(page.document);
    expect(detection.isProgram, detection.reasons.join('\n')).toBe(false);
    expect(detection.programName).toBeNull();
  });

  // Read in full, as lib/analyze does, so the early exit does not hide what the page is.
  test.each(lookAlikes.map((p) => [p.file, p] as const))(
    '%s matches its own look-alike kind',
    (_file, page) => {
      const detection = detectProgram(readSignals(page.document));
      expect(detection.isProgram).toBe(false);
      expect(detection.lookAlikes, detection.reasons.join('\n')).toContain(page.class);
    },
  );

  test('every look-alike kind has a fixture, and every fixture class is a kind or a program page', () => {
    const kinds = LOOK_ALIKES.map((l) => l.kind);
    expect(new Set(lookAlikes.map((p) => p.class))).toEqual(new Set(kinds));
    for (const page of programs) expect(page.class).toMatch(/^program-/);
  });
});

describe('explanations', () => {
  test.each(pages.map((p) => [p.file, p] as const))(
    'every point of %s’s score has a reason',
    (_file, page) => {
      const detection = detectProgram(readSignals(page.document));
      const points = detection.reasons
        .map((reason) => /^([+−])(\d+) /.exec(reason))
        .reduce((sum, m) => sum + (m ? (m[1] === '+' ? 1 : -1) * Number(m[2]) : 0), 0);
      expect(points).toBe(detection.score);
      expect(detection.reasons.at(-1)).toMatch(/^= -?\d+: /);
      for (const reason of detection.reasons) expect(reason.length).toBeLessThanOrEqual(300);
    },
  );
});

describe('the fixture set', () => {
  test('index.json lists every page once, with a realistic https address', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));
    expect(fixtures.map((f) => f.file).sort()).toEqual(files.sort());
    for (const f of fixtures) {
      expect(f.file).toBe(`${f.class}-${/-(\d+)\.html$/.exec(f.file)?.[1]}.html`);
      expect(new URL(f.url).protocol).toBe('https:');
      expect(f.specialty === null).toBe(!f.isProgram);
    }
  });

  test.each(fixtures.map((f) => [f.file] as const))('%s loads nothing from the network', (file) => {
    const html = readFileSync(new URL(file, DIR), 'utf8');
    expect(html).not.toMatch(/\b(?:src|href|action)\s*=\s*["'](?!#)/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta\s+name="description"/);
  });

  test('each phrase table entry is a regex with no capturing group of its own', () => {
    // The combined scanner finds a phrase's table row by its group number.
    for (const { cues } of [...LOOK_ALIKES, ...PROGRAM_WORDS]) {
      expect(new RegExp(`${cues}|`).exec('')?.length).toBe(1);
    }
  });
});
