import { describe, expect, test } from 'vitest';
import { demoDocuments, fixtureDocument } from '../../tests/support/fixture-pages';
import { detectProgram, detectProgramPage, programKey, readSignals } from '.';

const demos = demoDocuments();

describe('detectProgramPage on the demo pages', () => {
  test.each(demos.map((d) => [d.id, d.isProgram, d.document] as const))(
    '%s is a program page: %s',
    (_id, isProgram, document) => {
      const detection = detectProgramPage(document);
      expect(detection.isProgram, detection.reasons.join('; ')).toBe(isProgram);
      expect(detection.reasons.length).toBeGreaterThan(0);
    },
  );

  test('program pages name their program, institution and specialty', () => {
    const rush = detectProgramPage(demos.find((d) => d.id === 'rush')!.document);
    expect(rush).toMatchObject({
      specialty: 'pain-medicine',
      institution: expect.stringMatching(/Rush University/),
    });
    expect(rush.programName).toMatch(/Pain Medicine Fellowship/);
    const wustl = detectProgramPage(demos.find((d) => d.id === 'wustl-overview')!.document);
    expect(wustl.institution).toMatch(/Washington University/);
  });

  test('the two Washington University pages share one program key; Rush has its own', () => {
    const keys = demos
      .filter((d) => d.isProgram)
      .map((d) => {
        const detection = detectProgramPage(d.document);
        return programKey(d.document.URL, detection.specialty, detection.programName);
      });
    expect(keys).toEqual([
      'rush.localhost/pain-medicine',
      'wustl.localhost/pain-medicine',
      'wustl.localhost/pain-medicine',
    ]);
  });
});

describe('detectProgram rules', () => {
  const base = { url: 'https://med.example.edu/education/pain/', description: '', headings: [] as string[] };

  test.each([
    [
      'a short program page',
      'Pain Medicine Fellowship | Example University',
      'Our ACGME-accredited fellowship trains four fellows a year.',
      true,
    ],
    [
      'a fellowship title with one program word',
      'Fellowship Lens demo pages',
      'Open the curriculum page to start.',
      false,
    ],
    [
      'a ranking of programs',
      'Top 10 Pain Fellowship Programs',
      'ACGME fellows curriculum rotations didactics',
      false,
    ],
    [
      'an article about fellowships',
      'Why a pain fellowship?',
      'In this article we explain what fellows do in their rotations and didactics.',
      false,
    ],
    [
      'a clinic page without the word fellowship',
      'Spine and Pain Clinic',
      'Our physicians, fellows and curriculum',
      false,
    ],
  ])('%s → %s', (_label, title, lead, expected) => {
    expect(detectProgram({ ...base, title, lead }).isProgram).toBe(expected);
  });

  test('reads only the lead of a long page', () => {
    const document = fixtureDocument('wustl-pain-full.html');
    expect(readSignals(document).lead.length).toBeLessThanOrEqual(6000);
  });

  test('program keys ignore www. and the port, and fall back to the program name', () => {
    expect(programKey('https://www.a.edu:8443/x', 'pain-medicine', null)).toBe('a.edu/pain-medicine');
    expect(programKey('https://a.edu/x', null, 'Spine Fellowship!')).toBe('a.edu/spine-fellowship');
  });
});
