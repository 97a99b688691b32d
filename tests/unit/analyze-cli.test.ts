import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const PAGES = 'tests/fixtures/pages';

async function analyze(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'scripts/analyze.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the analyze command', () => {
  test('prints one JSON object per file, in argument order, in the fixed shape', async () => {
    const { code, stdout } = await analyze(
      `${PAGES}/listicle-top-pain-fellowships.html`,
      `${PAGES}/wustl-pain-overview.html`,
      '--url',
      'https://wustl.example.edu/pain/',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([
      `${PAGES}/listicle-top-pain-fellowships.html`,
      `${PAGES}/wustl-pain-overview.html`,
    ]);
    expect(lines[0]).toMatchObject({
      isProgram: false,
      programKey: null,
      url: expect.stringMatching(/^file:\/\//),
    });
    expect(lines[1]).toMatchObject({
      isProgram: true,
      programKey: 'wustl.example.edu/pain-medicine',
      url: 'https://wustl.example.edu/pain/',
    });
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining([
          'file',
          'url',
          'isProgram',
          'programKey',
          'programName',
          'institution',
          'matches',
          'facts',
        ]),
      );
      expect(Object.keys(line.facts as object).sort()).toEqual([
        'acgmeAccredited',
        'durationMonths',
        'educationFundUsd',
        'facultyCount',
        'positionsPerYear',
        'stipendUsd',
        'vacationDays',
      ]);
    }
    expect((lines[1]!.matches as Array<{ id: string }>).map((m) => m.id)).toContain(
      'spinal-cord-stimulation',
    );
  });

  test('a missing file gets a one-line error and a non-zero exit; the others are still reported', async () => {
    const { code, stdout, stderr } = await analyze('no-such-page.html', `${PAGES}/rush-pain-fellowship.html`);
    expect(code).not.toBe(0);
    expect(
      stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('analyze:')),
    ).toEqual(['analyze: no-such-page.html: no such file']);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });
});
