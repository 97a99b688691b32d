import { describe, expect, test } from 'vitest';
import { demoDocuments, fixtureDocument, htmlDocument } from '../../tests/support/fixture-pages';
import {
  detectProgram,
  detectProgramPage,
  PROGRAM_THRESHOLD,
  programKey,
  readHeadline,
  readSignals,
} from '.';

/** A page from inline HTML, as if loaded from `url` (scripts are not run). */
function page(html: string, url = 'https://med.example.edu/anesthesiology/pain/'): Document {
  return htmlDocument(html, url);
}

const PROGRAM_TEXT =
  'Our ACGME-accredited program at Oakridge University trains three fellows a year with rotations in neurology and psychiatry. Apply through ERAS.';

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
  const base = {
    url: 'https://med.example.edu/education/pain/',
    description: '',
    headings: [] as string[],
    schemaTypes: [] as string[],
  };

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

  test('"fellowship-trained" in a title names a physician, not a program: the early exit holds', () => {
    const detection = detectProgramPage(
      page(`<title>Pain Physician, Fellowship-Trained | Jobs</title><main><p>${PROGRAM_TEXT}</p></main>`),
    );
    expect(detection.reasons).toEqual(['no "fellowship" in the title or headings']);
  });

  test('two cues of one look-alike kind settle it, whatever the score', () => {
    const lead = `${PROGRAM_TEXT} Program director: Dr. Lee. Pay: $300,000 to $380,000. Requisition 4411.`;
    const detection = detectProgram({ ...base, title: 'Associate Director, Pain Medicine Fellowship', lead });
    expect(detection.score).toBeGreaterThanOrEqual(PROGRAM_THRESHOLD);
    expect(detection.isProgram).toBe(false);
    expect(detection.lookAlikes).toEqual(['job-posting']);
    expect(detection.reasons.at(-1)).toMatch(/reads as a job posting/);
  });

  test('one stray cue costs points, with its words quoted, but does not outvote a program page', () => {
    const lead = `${PROGRAM_TEXT} Are you a patient? Request an appointment at our pain center.`;
    const detection = detectProgram({
      ...base,
      title: 'Pain Medicine Fellowship | Oakridge University',
      lead,
    });
    expect(detection.isProgram).toBe(true);
    expect(detection.reasons).toContain('−3 reads as a page for patients: “Request an appointment”');
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

describe('near misses on both sides', () => {
  test.each([
    [
      'a program director’s welcome letter in the first person',
      `<title>Pain Medicine Fellowship | Oakridge University</title><main><h1>Pain Medicine Fellowship</h1><h2>Welcome from the Program Director</h2><p>I am delighted that you are considering us. When I finished my own fellowship I knew I wanted to teach, and my colleagues and I built this program. I hope you will visit; I look forward to meeting you. My door is open. ${PROGRAM_TEXT} I am proud of my fellows.</p></main>`,
      true,
    ],
    [
      'a program page with a patient promo box',
      `<title>Pain Medicine Fellowship | Oakridge University</title><main><h1>Pain Medicine Fellowship</h1><p>${PROGRAM_TEXT}</p><div class="promo">Are you a patient? Request an appointment.</div></main>`,
      true,
    ],
    [
      'a program page whose site header has menu headings before its h1',
      `<title>Pain Medicine | Department of Anesthesiology</title><header><h2>Patient Care</h2><h2>Education</h2><h2>Research</h2></header><main><h1>Pain Medicine Fellowship</h1><p>${PROGRAM_TEXT}</p></main>`,
      true,
    ],
    [
      'a program page whose headings list its training hospitals',
      `<title>Pain Medicine Fellowship | Oakridge University</title><main><h1>Training Sites</h1><p>${PROGRAM_TEXT}</p><h3>Oakridge University Hospital</h3><h3>Veterans Affairs Medical Center</h3><h3>Oakridge Children’s Hospital</h3><h3>St. Mary’s Hospital</h3></main>`,
      true,
    ],
    [
      'an interview-day page (“What to Expect”, “we announce”)',
      `<title>Interview Day | Pain Medicine Fellowship | Oakridge University</title><main><h1>Interview Day: What to Expect</h1><p>Applicants meet the program director and current fellows. We announce interview dates in August. Rotations and didactics are explained.</p></main>`,
      true,
    ],
    [
      'a short department news item about the fellowship',
      `<title>Pain Medicine Fellowship Graduates Five | Anesthesiology News</title><main><article><h1>Pain Medicine Fellowship Graduates Five</h1><p>June 20, 2025</p><p>The ACGME-accredited Pain Medicine Fellowship celebrated its graduating fellows at a dinner. Program director Dr. Lee praised the class. Rotations this year included a new neuromodulation block.</p></article></main>`,
      false,
    ],
    [
      'a blog post whose byline sits in the article’s own header',
      `<title>Pain Medicine Fellowship: A Day in the Life</title><header><nav><a href="#">Home</a></nav></header><main><article><header><h1>Pain Medicine Fellowship: A Day in the Life</h1><p>By Jordan Ellis, MD · 6 min read</p></header><p>${PROGRAM_TEXT}</p></article></main>`,
      false,
    ],
  ])('%s → %s', (_label, html, expected) => {
    const detection = detectProgramPage(
      page(
        `<!doctype html><html><head>${html.slice(0, html.indexOf('</title>') + 8)}</head><body>${html.slice(html.indexOf('</title>') + 8)}</body></html>`,
      ),
    );
    expect(detection.isProgram, detection.reasons.join('\n')).toBe(expected);
  });

  test('headings in navigation, sidebars and footers are not the page’s own; h1s come first', () => {
    const signals = readSignals(
      page(
        '<!doctype html><html><head><title>x</title></head><body><header><h2>Menu</h2></header><aside><h2>Fellowships</h2></aside><main><h2>Overview</h2><h1>Pain Medicine Fellowship</h1></main><footer><h2>Contact</h2></footer></body></html>',
      ),
    );
    expect(signals.headings).toEqual(['Pain Medicine Fellowship', 'Menu', 'Overview']);
  });

  test('h2s and h3s keep their document order; the cheap headline reads three headings, the signals 24', () => {
    const sections = Array.from({ length: 20 }, (_, i) => `<h2>Part ${i}</h2><h3>Detail ${i}</h3>`).join('');
    const doc = page(
      `<!doctype html><html><head><title>x</title></head><body><h3>Lead</h3>${sections}<h1>Title</h1></body></html>`,
    );
    expect(readHeadline(doc).headings).toEqual(['Title', 'Lead', 'Part 0']);
    const all = readSignals(doc).headings;
    expect(all).toHaveLength(24);
    expect(all.slice(0, 5)).toEqual(['Title', 'Lead', 'Part 0', 'Detail 0', 'Part 1']);
  });

  test('the description is the first description meta, whatever its attribute’s case', () => {
    const doc = page(
      '<!doctype html><html><head><title>x</title><meta property="og:description" content="First"><meta name="Description" content="Second"></head><body></body></html>',
    );
    expect(readSignals(doc).description).toBe('First');
  });

  test('JSON-LD types in <head> are read', () => {
    const signals = readSignals(
      page(
        '<!doctype html><html><head><title>x</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting"}</script></head><body></body></html>',
      ),
    );
    expect(signals.schemaTypes).toEqual(['JobPosting']);
  });
});
