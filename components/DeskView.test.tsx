/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../entrypoints/background';
import { fakeSignals } from '../tests/support/factories';
import { DeskView } from './DeskView';

// The desk against the real background (router, store, fake IndexedDB) over WXT's fake browser.
const send = (message: object) =>
  fakeBrowser.runtime.sendMessage(message) as Promise<{ ok: boolean; value: never }>;
const A_URL = 'https://a.example.edu/pain-fellowship/';
const B_URL = 'https://b.example.edu/pain-fellowship/';

async function desk() {
  return (await send({ type: 'list-programs' })).value as {
    programs: Array<{ programKey: string; customName: string | null }>;
    programNotes: Array<{ text: string; rating: number | null; tags: string[] }>;
    weights: Record<string, number>;
  };
}

/** Waits for the UI to settle after messages: a few macrotasks under act. */
async function settle(times = 20) {
  for (let i = 0; i < times; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

let root: HTMLElement;
beforeEach(async () => {
  background.main();
  await send({
    type: 'page-seen',
    signals: fakeSignals({ url: A_URL, title: 'Alpha Pain Medicine Fellowship' }),
  });
  await send({
    type: 'page-seen',
    signals: fakeSignals({ url: B_URL, title: 'Beta Pain Medicine Fellowship' }),
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
  localStorage.clear();
});

async function show(currentUrl: string | null, view: 'popup' | 'full' = 'popup') {
  render(<DeskView view={view} currentUrl={currentUrl} />, root);
  await settle();
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
function click(el: Element | null) {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
}
const buttonNamed = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name)) ?? null;

describe('DeskView', () => {
  test('opens on the program of the current page, and what is typed is saved when the page hides', async () => {
    await show(A_URL);
    expect($('[data-testid="program-card"]')?.getAttribute('data-card-key')).toBe(
      'a.example.edu/pain-medicine',
    );
    expect($('.card__eyebrow')?.textContent).toBe('This page');
    type($<HTMLTextAreaElement>('[data-testid="program-notes"]')!, 'Strong SCS volume');
    // Closing the popup at once: no time for the debounce.
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect((await desk()).programNotes).toMatchObject([
      { text: 'Strong SCS volume', rating: null, tags: [] },
    ]);
  });

  test('a draft a closed popup could not save is restored from its journal and saved on the next open', async () => {
    localStorage.setItem(
      'fellowship-lens:draft:program-notes:a.example.edu/pain-medicine',
      JSON.stringify({ text: 'typed as the background restarted', rating: 5, tags: [] }),
    );
    await show(A_URL);
    expect($<HTMLTextAreaElement>('[data-testid="program-notes"]')!.value).toBe(
      'typed as the background restarted',
    );
    await act(() => new Promise((r) => setTimeout(r, 500)));
    await settle();
    expect((await desk()).programNotes).toMatchObject([
      { text: 'typed as the background restarted', rating: 5 },
    ]);
    expect(
      localStorage.getItem('fellowship-lens:draft:program-notes:a.example.edu/pain-medicine'),
    ).toBeNull();
  });

  test('rating and tags are saved, and show in the comparison', async () => {
    await show(A_URL);
    click($('.rating input[value="4"]'));
    const tags = $<HTMLInputElement>('[data-testid="tag-input"]')!;
    type(tags, 'near family,');
    await act(() => new Promise((r) => setTimeout(r, 500)));
    await settle();
    expect((await desk()).programNotes).toMatchObject([{ rating: 4, tags: ['near family'] }]);
    render(null, root);
    await show(A_URL);
    const row = (id: string) =>
      [...root.querySelectorAll(`tr[data-row="${id}"] td`)].map((td) => td.textContent);
    expect(row('rating')).toContain('★★★★☆');
    expect(row('tags')).toContain('near family');
  });

  test('rename, then delete after a second click; the list follows', async () => {
    await show(A_URL);
    click(buttonNamed('Rename'));
    await settle(1);
    type($<HTMLInputElement>('input[aria-label="Program name"]')!, 'Alpha (my first choice)');
    $('form.card__title-row')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(
      (await desk()).programs.find((p) => p.programKey === 'a.example.edu/pain-medicine')?.customName,
    ).toBe('Alpha (my first choice)');
    await vi.waitFor(() => expect($('.card__title')?.textContent).toBe('Alpha (my first choice)'));
    click(buttonNamed('Delete program'));
    await settle(1);
    click([...root.querySelectorAll('.manage button')].find((b) => b.textContent === 'Delete')!);
    await settle();
    expect((await desk()).programs.map((p) => p.programKey)).toEqual(['b.example.edu/pain-medicine']);
  });

  test('merge: the picker is built when "Merge or delete" opens; a second click merges', async () => {
    await show(A_URL);
    const manage = $<HTMLDetailsElement>('details.manage')!;
    expect(manage.querySelector('select')).toBeNull();
    manage.open = true;
    manage.dispatchEvent(new Event('toggle'));
    await settle(1);
    const select = manage.querySelector<HTMLSelectElement>('select')!;
    // The other program, by the name its page gave.
    expect([...select.options].map((o) => o.value)).toEqual(['', 'b.example.edu/pain-medicine']);
    select.value = 'b.example.edu/pain-medicine';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(1);
    click(buttonNamed('Merge…'));
    await settle(1);
    click(buttonNamed('Merge into'));
    await settle();
    expect((await desk()).programs.map((p) => p.programKey)).toEqual(['b.example.edu/pain-medicine']);
  });

  test('a priority ranks the programs and is remembered', async () => {
    // The page's scan, as the annotator sends it: the background stores what it found there.
    await send({
      type: 'analyze-text',
      signals: fakeSignals({ url: B_URL, title: 'Beta Pain Medicine Fellowship' }),
      text: 'Beta Pain Medicine Fellowship\nFellows place spinal cord stimulators (SCS).',
      dom: { breaks: [29], heading: { start: 0, end: 29 }, tables: [] },
    });
    await show(null, 'full');
    const add = $<HTMLSelectElement>('[data-testid="add-priority"]')!;
    add.value = 'spinal-cord-stimulation';
    add.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await desk()).weights).toEqual({ 'spinal-cord-stimulation': 2 });
    await vi.waitFor(() => {
      const columns = [...root.querySelectorAll('thead th[data-column]')].map((th) =>
        th.getAttribute('data-column'),
      );
      expect(columns[0]).toBe('b.example.edu/pain-medicine');
      expect([...root.querySelectorAll('tr[data-row="score"] td')].map((td) => td.textContent)).toEqual([
        '100%',
        '0%',
      ]);
    });
  });

  test('an empty desk says how to start, and shows no table', async () => {
    await send({ type: 'delete-program', programKey: 'a.example.edu/pain-medicine' });
    await send({ type: 'delete-program', programKey: 'b.example.edu/pain-medicine' });
    await show(null);
    expect(root.textContent).toContain('No programs yet');
    expect($('table')).toBeNull();
  });
});
