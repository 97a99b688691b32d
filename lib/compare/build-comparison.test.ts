import { describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../catalog/pain-medicine';
import { fact, fakeFacts, fakeItem, fakePage, fakeProgram } from '../../tests/support/factories';
import { buildComparison, type Comparison } from '.';

const scs = fakeItem();
const stipend = {
  ...fact(80372, 'PGY 5 $80,372'),
  pgy: 5,
  assumedPgy: 5,
  byPgy: { 5: 80372 },
  academicYear: null,
};

const wustl = fakeProgram({
  programKey: 'wustl/pain',
  pages: [
    fakePage({
      url: 'https://wustl.example/pain/',
      title: 'Overview',
      visitedAt: 1,
      items: [scs],
      facts: fakeFacts({ facultyCount: fact(12), durationMonths: fact(12) }),
    }),
    fakePage({
      url: 'https://wustl.example/pain/curriculum/',
      title: 'Curriculum',
      visitedAt: 2,
      items: [],
      facts: fakeFacts({
        facultyCount: fact(17),
        stipend,
        vacationDays: fact(15),
        benefits: [
          {
            ...fact(false, 'Moonlighting is not permitted'),
            id: 'moonlighting',
            name: 'Moonlighting',
            status: 'absent',
          },
        ],
      }),
    }),
  ],
});
const rush = fakeProgram({
  programKey: 'rush/pain',
  pages: [
    fakePage({
      url: 'https://rush.example/pain/',
      title: 'Rush',
      visitedAt: 3,
      items: [],
      facts: fakeFacts({ durationMonths: fact(12), acgmeAccredited: fact(true) }),
    }),
  ],
});

function row(comparison: Comparison, id: string) {
  return comparison.groups.flatMap((g) => g.rows).find((r) => r.id === id);
}

describe('buildComparison', () => {
  const comparison = buildComparison([wustl, rush], painMedicineCatalog);

  test('facts come first, with values, evidence links, conflicts and "not stated" cells', () => {
    expect(comparison.groups[0]!.id).toBe('facts');
    expect(row(comparison, 'stipend')!.cells.map((c) => [c.state, c.text])).toEqual([
      ['yes', '$80,372'],
      ['not-stated', null],
    ]);
    const faculty = row(comparison, 'facultyCount')!;
    expect(faculty.cells[0]).toMatchObject({ text: '17', conflict: true });
    expect(faculty.cells[0]!.sources.map((s) => s.url)).toEqual([
      'https://wustl.example/pain/curriculum/',
      'https://wustl.example/pain/',
    ]);
    expect(row(comparison, 'durationMonths')).toMatchObject({ differs: false });
    expect(row(comparison, 'acgmeAccredited')!.cells.map((c) => c.state)).toEqual(['not-stated', 'yes']);
  });

  test('procedures are grouped by category; a procedure on one program only differs', () => {
    const neuromod = comparison.groups.find((g) => g.id === 'neuromod')!;
    const scsRow = neuromod.rows.find((r) => r.id === 'spinal-cord-stimulation')!;
    expect(scsRow.differs).toBe(true);
    expect(scsRow.cells[0]).toMatchObject({
      state: 'yes',
      sources: [{ link: 'https://wustl.example/pain/#:~:text=SCS' }],
    });
    expect(scsRow.cells[1]!.state).toBe('not-stated');
  });

  test('an explicit no is shown as no, and rows nobody states are left out', () => {
    expect(row(comparison, 'moonlighting')!.cells.map((c) => c.state)).toEqual(['no', 'not-stated']);
    expect(row(comparison, 'kyphoplasty')).toBeUndefined();
  });

  test('each cell carries a value to rank by: the figure, a yes or no, or null when not stated', () => {
    const values = (id: string) => row(comparison, id)!.cells.map((c) => c.value);
    expect(values('stipend')).toEqual([80372, null]);
    expect(values('vacationDays')).toEqual([15, null]);
    expect(values('facultyCount')).toEqual([17, null]);
    expect(values('acgmeAccredited')).toEqual([null, true]);
    expect(values('spinal-cord-stimulation')).toEqual([true, null]);
    expect(values('moonlighting')).toEqual([false, null]);
  });

  test('a row names the one program that says yes, and only that case', () => {
    expect(row(comparison, 'spinal-cord-stimulation')!.only).toBe(0);
    expect(row(comparison, 'acgmeAccredited')!.only).toBe(1);
    // Both state it: nobody is alone. An explicit no is not a yes.
    expect(row(comparison, 'durationMonths')!.only).toBeNull();
    expect(row(comparison, 'moonlighting')!.only).toBeNull();
    // One program alone has nothing to be compared with.
    const alone = buildComparison([wustl], painMedicineCatalog);
    expect(row(alone, 'spinal-cord-stimulation')!.only).toBeNull();
  });

  test('groups say what they hold, so procedures and benefits can be told apart', () => {
    const kinds = new Map(comparison.groups.map((g) => [g.id, g.kind]));
    expect(kinds.get('facts')).toBe('facts');
    expect(kinds.get('neuromod')).toBe('procedure');
    expect(kinds.get('policies')).toBe('benefit');
  });

  test('tracks are stated or not; a false ACGME fact is a no with value false', () => {
    const other = fakeProgram({
      programKey: 'other/pain',
      pages: [
        fakePage({
          facts: fakeFacts({
            acgmeAccredited: fact(false, 'a non-ACGME fellowship'),
            tracks: [fact({ name: 'research', months: 24 })],
          }),
        }),
      ],
    });
    const c = buildComparison([other, rush], painMedicineCatalog);
    expect(row(c, 'acgmeAccredited')!.cells.map((x) => [x.state, x.value])).toEqual([
      ['no', false],
      ['yes', true],
    ]);
    expect(row(c, 'tracks')!.cells[0]).toMatchObject({
      state: 'yes',
      value: true,
      text: 'research (24 months)',
    });
  });
});
