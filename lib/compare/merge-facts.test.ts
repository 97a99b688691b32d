import { describe, expect, test } from 'vitest';
import { fact, fakeFacts } from '../../tests/support/factories';
import { mergeFacts } from '.';

const overview = 'https://wustl.example/pain/';
const full = 'https://wustl.example/pain/curriculum/';

describe('mergeFacts', () => {
  test('pages that disagree keep both values with their pages, flag the conflict, show the newest', () => {
    const merged = mergeFacts([
      {
        url: overview,
        seenAt: 1,
        facts: fakeFacts({ facultyCount: fact(12, 'We currently have 12 faculty members') }),
      },
      {
        url: full,
        seenAt: 2,
        facts: fakeFacts({ facultyCount: fact(17, 'We currently have 17 faculty members') }),
      },
    ]);
    expect(merged.facultyCount).toMatchObject({ value: 17, conflict: true });
    expect(merged.facultyCount!.sources.map((s) => [s.url, s.value])).toEqual([
      [full, 17],
      [overview, 12],
    ]);
  });

  test('pages that agree give one value with every source; a page that is silent adds nothing', () => {
    const merged = mergeFacts([
      {
        url: overview,
        seenAt: 1,
        facts: fakeFacts({ durationMonths: fact(12), acgmeAccredited: fact(true) }),
      },
      { url: full, seenAt: 2, facts: fakeFacts({ durationMonths: fact(12) }) },
    ]);
    expect(merged.durationMonths).toMatchObject({ value: 12, conflict: false });
    expect(merged.durationMonths!.sources).toHaveLength(2);
    expect(merged.acgmeAccredited).toMatchObject({
      value: true,
      conflict: false,
      sources: [{ url: overview }],
    });
    expect(merged.vacationDays).toBeNull();
  });

  test('an explicit no is kept apart from not stated', () => {
    const merged = mergeFacts([
      {
        url: overview,
        seenAt: 1,
        facts: fakeFacts({ acgmeAccredited: fact(false, 'a non-ACGME fellowship') }),
      },
    ]);
    expect(merged.acgmeAccredited!.value).toBe(false);
    expect(merged.positionsPerYear).toBeNull();
  });

  test('stipends conflict on the headline figure; tracks are listed once', () => {
    const stipend = (value: number) => ({
      ...fact(value),
      pgy: 5,
      assumedPgy: 5,
      byPgy: { 5: value },
      academicYear: null,
    });
    const track = fact({ name: 'research', months: 24 });
    const merged = mergeFacts([
      { url: overview, seenAt: 1, facts: fakeFacts({ stipend: stipend(80372), tracks: [track] }) },
      { url: full, seenAt: 2, facts: fakeFacts({ stipend: stipend(80372), tracks: [track] }) },
    ]);
    expect(merged.stipend).toMatchObject({ conflict: false, value: { value: 80372 } });
    expect(merged.tracks.map((t) => t.value)).toEqual([{ name: 'research', months: 24 }]);
  });
});
