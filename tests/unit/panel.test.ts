/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { renderPanel, type PanelActions, type PanelModel } from '../../entrypoints/annotator/panel';
import type { Found } from '../../lib/analyze/summarize';

const found = (id: string, category: string, kind: Found['kind'] = 'procedure'): Found => ({
  id,
  kind,
  name: id.replace(/-/g, ' '),
  category,
  count: 2,
  forms: [id],
  occurrences: [0, 1],
});

function model(overrides: Partial<PanelModel> = {}): PanelModel {
  return {
    isProgram: true,
    programName: 'Pain Medicine Fellowship',
    reasons: ['names a fellowship in its title'],
    found: [
      found('spinal-cord-stimulation', 'neuromodulation'),
      found('dorsal-root-ganglion-stimulation', 'neuromodulation'),
      found('kyphoplasty', 'spine'),
      found('education-fund', 'pay', 'benefit'),
    ],
    categoryNames: new Map([
      ['neuromodulation', 'Neuromodulation'],
      ['spine', 'Minimally invasive spine'],
      ['pay', 'Pay'],
    ]),
    settings: { show: { procedure: true, benefit: true }, collapsed: false },
    notes: [],
    openCategories: new Set(),
    ...overrides,
  };
}

const actions = (): PanelActions => ({
  onToggle: vi.fn(),
  onCollapse: vi.fn(),
  onReveal: vi.fn(),
  onNoteSelection: vi.fn(),
  onRevealNote: vi.fn(),
});

const category = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`.category[data-category="${id}"]`)!;
/** Opens or closes a disclosure of the legend (a category, "Why") as the user does: its button. */
const toggle = (disclosure: HTMLElement) =>
  disclosure.querySelector<HTMLButtonElement>('button.disclose')!.click();
const isOpen = (disclosure: HTMLElement) =>
  disclosure.querySelector('button.disclose')!.getAttribute('aria-expanded') === 'true';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
});

describe('renderPanel', () => {
  test('lists each category with its count, in catalog order, its items not built until opened', () => {
    renderPanel(container, model(), actions());
    const summaries = [...container.querySelectorAll('.category > button.disclose')].map(
      (s) => s.textContent,
    );
    expect(summaries).toEqual(['Neuromodulation · 2', 'Minimally invasive spine · 1', 'Pay · 1']);
    expect(container.querySelectorAll('button[data-id]')).toHaveLength(0);
  });

  test('an opened category lists its items, and an item reveals its entry', () => {
    const act = actions();
    renderPanel(container, model(), act);
    toggle(category(container, 'neuromodulation'));
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('button[data-id]')];
    expect(buttons.map((b) => b.dataset.id)).toEqual([
      'spinal-cord-stimulation',
      'dorsal-root-ganglion-stimulation',
    ]);
    expect(buttons[0]!.dataset.count).toBe('×2');
    buttons[1]!.click();
    expect(act.onReveal).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'dorsal-root-ganglion-stimulation' }),
      buttons[1],
    );
  });

  test('categories the user opened stay open, and closed ones closed, when the legend is drawn again', () => {
    const m = model();
    renderPanel(container, m, actions());
    toggle(category(container, 'spine'));
    toggle(category(container, 'neuromodulation'));
    toggle(category(container, 'neuromodulation'));
    // Closed again, its items are hidden (built once, kept).
    expect(category(container, 'neuromodulation').querySelector<HTMLElement>('ul.items')!.hidden).toBe(true);
    renderPanel(container, m, actions());
    expect(isOpen(category(container, 'spine'))).toBe(true);
    expect(category(container, 'spine').querySelector('button[data-id="kyphoplasty"]')).not.toBeNull();
    expect(isOpen(category(container, 'neuromodulation'))).toBe(false);
    expect(category(container, 'neuromodulation').querySelector('button[data-id]')).toBeNull();
  });

  test('the reasons are listed once "Why" is opened', () => {
    renderPanel(container, model(), actions());
    const why = container.querySelector<HTMLElement>('.why')!;
    expect(why.querySelector('li')).toBeNull();
    toggle(why);
    expect(why.querySelector('li')?.textContent).toBe('names a fellowship in its title');
  });

  test('collapsed, only the header is drawn; expanding asks for the body', () => {
    const act = actions();
    renderPanel(
      container,
      model({ settings: { show: { procedure: true, benefit: true }, collapsed: true } }),
      act,
    );
    expect(container.querySelector('.body')).toBeNull();
    expect(container.textContent).toContain('Fellowship Lens · 4 found');
    container.querySelector<HTMLButtonElement>('header button')!.click();
    expect(act.onCollapse).toHaveBeenCalledWith(false);
  });

  test('page text in names and reasons stays text', () => {
    renderPanel(
      container,
      model({ programName: '<img src=x onerror=alert(1)>', reasons: ['<script>alert(1)</script>'] }),
      actions(),
    );
    toggle(container.querySelector<HTMLElement>('.why')!);
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
