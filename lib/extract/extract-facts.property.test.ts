import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import { compileMatcher } from '../match';
import { benefitValueTypes, extractFacts, toFlatFacts } from '.';
import { ExtractedFacts } from './schema';
import { evidenceIn, htmlPage, squash } from './test-page';

const matcher = compileMatcher(painMedicineCatalog);
const valueTypes = benefitValueTypes(painMedicineCatalog);

describe('extractFacts on any page', () => {
  const PHRASES = [
    'Our one-year program trains consultants.',
    'We are a non-ACGME fellowship.',
    'The program admits three fellows per year.',
    'We currently have 17 faculty members.',
    'Location: Barnes and Jewish Hospital and Saint Louis Children Hospital',
    'PGY 5$80,372',
    'Fellows receive an annual salary of $72,000.',
    'Discretionary Fund: $2,000 – for books and educational expenses',
    'three weeks (15 scheduled workdays) of vacation',
    'Anesthesiology: 2 weeks with OR anesthesiologist',
    'Moonlighting is not permitted.',
    'Patients with mild pain are seen in clinic.',
    'We care for over 10,000 patients annually at our Level-1 trauma center.',
  ];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  test('property: quotes are page text, links point into the page, and the schema holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PHRASES), { maxLength: 8 }),
        fc.constantFrom('p', 'li', 'td', 'span'),
        (phrases, tag) => {
          const html = phrases.map((p) => `<${tag}>${escape(p)}</${tag}>`).join('\n');
          const { doc, page } = htmlPage(
            tag === 'li' ? `<ul>${html}</ul>` : tag === 'td' ? `<table><tr>${html}</tr></table>` : html,
          );
          const url = 'https://medicine.example.edu/pain/';
          const facts = extractFacts(doc, page, url, { matches: matcher.match(page.text), valueTypes });
          for (const { quote, link } of evidenceIn(facts)) {
            expect(squash(page.text)).toContain(quote);
            expect(link.startsWith(`${url}#:~:text=`)).toBe(true);
          }
          expect(() => ExtractedFacts.parse(facts)).not.toThrow();
        },
      ),
      { numRuns: 60 },
    );
  });

  test('an empty page states nothing', () => {
    const { doc, page } = htmlPage('');
    const facts = extractFacts(doc, page, 'https://example.test/');
    expect(toFlatFacts(facts)).toEqual({
      durationMonths: null,
      acgmeAccredited: null,
      positionsPerYear: null,
      facultyCount: null,
      stipendUsd: null,
      vacationDays: null,
      educationFundUsd: null,
    });
    expect(facts.benefits).toEqual([]);
  });
});
