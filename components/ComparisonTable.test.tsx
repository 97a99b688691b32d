/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test } from 'vitest';
import { painMedicineCatalog } from '../lib/catalog/pain-medicine';
import { buildComparison } from '../lib/compare';
import { fact, fakeFacts, fakeItem, fakePage, fakeProgram } from '../tests/support/factories';
import { ComparisonTable } from './ComparisonTable';

const a = fakeProgram({
  programKey: 'a/pain',
  name: 'Alpha <b>Fellowship</b>',
  pages: [
    fakePage({
      url: 'https://a.example/',
      items: [fakeItem()],
      facts: fakeFacts({ durationMonths: fact(12), vacationDays: fact(15) }),
    }),
  ],
});
const b = fakeProgram({
  programKey: 'b/pain',
  name: 'Beta Fellowship',
  pages: [fakePage({ url: 'https://b.example/', facts: fakeFacts({ durationMonths: fact(12) }) })],
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(<ComparisonTable comparison={buildComparison([a, b], painMedicineCatalog)} />, root));
});

const rowIds = () => [...root.querySelectorAll('tr[data-row]')].map((r) => r.getAttribute('data-row'));

describe('ComparisonTable', () => {
  test('one column per program, names rendered as text, never as markup', () => {
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers.some((h) => h?.startsWith('Alpha <b>Fellowship</b>'))).toBe(true);
    expect(root.querySelector('thead b')).toBeNull();
  });

  test('cells say yes, the value, or not stated, and link to their evidence', () => {
    const vacation = [...root.querySelectorAll('tr[data-row="vacationDays"] td')];
    expect(vacation.map((td) => td.getAttribute('data-state'))).toEqual(['yes', 'not-stated']);
    expect(vacation[0]!.querySelector('a')!.getAttribute('href')).toMatch(/#:~:text=/);
    expect(vacation[1]!.textContent).toBe('Not stated');
  });

  test('"Differences only" hides rows where every program says the same', () => {
    expect(rowIds()).toEqual(
      expect.arrayContaining(['durationMonths', 'vacationDays', 'spinal-cord-stimulation']),
    );
    const toggle = root.querySelector<HTMLInputElement>('.comparison__toggle input')!;
    act(() => {
      toggle.checked = true;
      toggle.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rowIds()).not.toContain('durationMonths');
    expect(rowIds()).toEqual(expect.arrayContaining(['vacationDays', 'spinal-cord-stimulation']));
  });
});
