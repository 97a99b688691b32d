import { describe, expect, test } from 'vitest';
import { fixtureDocument } from '../../tests/support/fixture-pages';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import { compileMatcher } from '../match';
import { collectText } from '../text';
import { benefitValueTypes, extractFacts, toFlatFacts } from '.';
import { ExtractedFacts as ExtractedFactsSchema } from './schema';
import { evidenceIn, squash } from './test-page';

const matcher = compileMatcher(painMedicineCatalog);
const valueTypes = benefitValueTypes(painMedicineCatalog);
const FIXTURES = [
  'wustl-pain-full.html',
  'wustl-pain-overview.html',
  'rush-pain-fellowship.html',
  'article-fellowship-bridge.html',
  'listicle-top-pain-fellowships.html',
];

function read(file: string) {
  const url = `http://demo.localhost/${file}#top`;
  const doc = fixtureDocument(file, url);
  const page = collectText(doc.body);
  const before = doc.body.innerHTML;
  const facts = extractFacts(doc, page, url, { matches: matcher.match(page.text), valueTypes });
  expect(doc.body.innerHTML).toBe(before);
  return { facts, text: squash(page.text), url: url.split('#')[0]! };
}

describe('extractFacts on the golden fixture pages', () => {
  test('WUSTL full page: the stipend table read as a table, time off, fund, length, faculty', () => {
    const { facts } = read('wustl-pain-full.html');
    expect(facts.stipend).toMatchObject({
      value: 80372,
      pgy: 5,
      assumedPgy: 5,
      academicYear: 'July 1, 2024-June 30, 2025',
      quote: 'PGY 5 $80,372',
    });
    expect(facts.stipend?.byPgy).toEqual({
      1: 67808,
      2: 70816,
      3: 73679,
      4: 76999,
      5: 80372,
      6: 82839,
      7: 86568,
      8: 90455,
      9: 94531,
    });
    expect(toFlatFacts(facts)).toEqual({
      durationMonths: 12,
      acgmeAccredited: null,
      positionsPerYear: null,
      facultyCount: 17,
      stipendUsd: 80372,
      vacationDays: 15,
      educationFundUsd: 2000,
    });
    expect(facts.meetingDays?.value).toBe(5);
    expect(facts.department?.value).toBe('Department of Anesthesiology');
    expect(facts.trainingSites.map((s) => s.value)).toEqual(
      expect.arrayContaining([
        'Barnes-Jewish Hospital',
        'Missouri Baptist Hospital',
        'Barnes-Jewish Hospital West County',
      ]),
    );
    expect(facts.benefits.find((b) => b.id === 'parking')).toMatchObject({
      status: 'present',
      value: 'reimbursed',
    });
  });

  test('WUSTL overview: accredited, one year, a 24-month research track, 12 faculty', () => {
    const { facts } = read('wustl-pain-overview.html');
    expect(facts.acgmeAccredited?.value).toBe(true);
    expect(facts.durationMonths?.value).toBe(12);
    expect(facts.tracks.map((t) => t.value)).toContainEqual({ name: 'research', months: 24 });
    expect(facts.facultyCount?.value).toBe(12);
    expect(facts.institution?.value).toBe('Washington University School of Medicine');
    expect(facts.stipend).toBeNull();
  });

  test('Rush: accredited, one year, its facilities, and no stipend (null, not 0)', () => {
    const { facts } = read('rush-pain-fellowship.html');
    expect(facts.programName?.value).toBe('Rush University Interventional Pain Medicine Fellowship');
    expect(facts.specialty?.value).toBe('pain-medicine');
    expect(facts.acgmeAccredited?.value).toBe(true);
    expect(facts.durationMonths?.value).toBe(12);
    expect(facts.trainingSites.map((s) => s.value)).toEqual(
      expect.arrayContaining(['Rush University Medical Center', 'Rush Oak Park Hospital']),
    );
    expect(facts.positionsPerYear).toBeNull();
    expect(facts.facultyCount).toBeNull();
    expect(facts.stipend).toBeNull();
    expect(toFlatFacts(facts).stipendUsd).toBeNull();
  });

  test.each(FIXTURES)('%s: every quote is page text and every link points into the page', (file) => {
    const { facts, text, url } = read(file);
    for (const { quote, link } of evidenceIn(facts)) {
      expect(text).toContain(quote);
      expect(quote.length).toBeLessThanOrEqual(300);
      expect(link.startsWith(`${url}#:~:text=`)).toBe(true);
    }
  });

  test.each(FIXTURES)('%s: the facts pass the schema they are stored with', (file) => {
    const { facts } = read(file);
    expect(ExtractedFactsSchema.parse(facts)).toEqual(facts);
  });
});
