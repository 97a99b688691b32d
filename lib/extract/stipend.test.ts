import { describe, expect, test } from 'vitest';
import { createContext } from './context';
import { elementSpans } from './element-span';
import { readStipend } from './stipend';
import { readTableCells, stipendTableOf } from './stipend-table';
import { htmlPage, squash, textContext, TEST_URL } from './test-page';

const FLAT_TABLE = `Stipends (July 1, 2024-June 30, 2025)
PGY LevelAnnual Stipend
PGY 4$76,999
PGY 5$80,372
PGY 6$82,839
Visit gme.wustl.edu to learn more about stipend amounts`;

describe('readStipend from text', () => {
  test('a flattened table: every level kept, PGY-5 the headline, assumed', () => {
    expect(readStipend(textContext(FLAT_TABLE))).toMatchObject({
      value: 80372,
      quote: 'PGY 5$80,372',
      pgy: 5,
      assumedPgy: 5,
      byPgy: { 4: 76999, 5: 80372, 6: 82839 },
      academicYear: 'July 1, 2024-June 30, 2025',
    });
  });

  test('a page that says fellows are paid at another level: that level, not assumed', () => {
    const stipend = readStipend(textContext(`${FLAT_TABLE}\nFellows are paid at the PGY-6 level.`));
    expect(stipend).toMatchObject({ value: 82839, pgy: 6, quote: 'PGY 6$82,839' });
    expect(stipend).not.toHaveProperty('assumedPgy');
  });

  test.each([
    ['PGY5: $60,817', 5, 60817],
    ['Post Graduate Year 5 – $60,413', 5, 60413],
    ['PGY-5 $80K', 5, 80000],
  ])('row "%s"', (text, pgy, usd) => {
    expect(readStipend(textContext(text))?.byPgy).toEqual({ [pgy]: usd });
  });

  test.each([
    ['Fellows receive an annual salary of $72,000.', 72000, null],
    ['The PGY-5 stipend is $80,372 per year.', 80372, 5],
    ['Compensation: 80,372 USD per year', 80372, null],
  ])('one stated amount: %s', (text, usd, pgy) => {
    expect(readStipend(textContext(text))).toMatchObject({ value: usd, pgy });
  });

  test.each([
    ['a job posting', 'Pain physician wanted: $250,000 salary, RVU bonus.'],
    ['an amount over $200k', 'Base salary of $350,000 for partners.'],
    ['a fund, under $10k', 'Fellows receive a $2,000 educational stipend.'],
    ['a housing stipend', 'A housing stipend of $12,000 is provided.'],
    ['a trauma level', 'Washington University Medical Center is a Level-1 trauma center.'],
    ['a level without pay', 'Fellows are paid at the PGY-5 level.'],
    ['mild pain', 'Patients with mild pain are seen in clinic.'],
  ])('not stated (null, not 0): %s', (_label, text) => {
    expect(readStipend(textContext(text))).toBeNull();
  });
});

describe('readTableCells and stipendTableOf', () => {
  const read = (html: string) => {
    const { doc, page } = htmlPage(html);
    const ctx = createContext(page.text, TEST_URL, page.breaks);
    return {
      page,
      stipend: readStipend(ctx, stipendTableOf(page.text, readTableCells(doc, elementSpans(doc, page)))),
    };
  };

  test('reads a table as a table: rows of level and pay, the row as the quote', () => {
    const { page, stipend } = read(`<h2>Stipends (July 1, 2024-June 30, 2025)</h2>
      <table><thead><tr><th>PGY Level</th><th>Annual Stipend</th></tr></thead><tbody>
        <tr><td>PGY 4</td><td>$76,999</td></tr>
        <tr><td>PGY 5</td><td>$80,372</td></tr>
        <tr><td>PGY 6</td><td>$82,839</td></tr>
      </tbody></table>`);
    expect(stipend).toMatchObject({
      value: 80372,
      quote: 'PGY 5 $80,372',
      link: 'https://medicine.example.edu/pain-fellowship/#:~:text=PGY%205,%2480%2C372',
      pgy: 5,
      assumedPgy: 5,
      byPgy: { 4: 76999, 5: 80372, 6: 82839 },
      academicYear: 'July 1, 2024-June 30, 2025',
    });
    expect(squash(page.text)).toContain(stipend!.quote);
  });

  test('levels across a header row, pay below; the year from a column header', () => {
    const { stipend } = read(`<table>
      <tr><th>2025–2026</th><th>PGY-4</th><th>PGY-5</th></tr>
      <tr><td>Salary</td><td>$70,000</td><td>$73,500</td></tr></table>`);
    expect(stipend).toMatchObject({ value: 73500, byPgy: { 4: 70000, 5: 73500 }, academicYear: '2025–2026' });
  });

  test('tables naming no level are passed over; cells that run together in the table text still count', () => {
    const { stipend } = read(`<table><tr><td>Monday</td><td>Clinic $25 parking</td></tr></table>
      <table><tr><td>Fellow</td><td>PG-5</td><td>$80,372</td></tr></table>`);
    expect(stipend).toMatchObject({ value: 80372, byPgy: { 5: 80372 } });
  });

  test('a table without pay is no stipend table', () => {
    const { stipend } = read('<table><tr><td>Level-1 trauma center</td><td>Yes</td></tr></table>');
    expect(stipend).toBeNull();
  });
});
