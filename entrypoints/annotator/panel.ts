import { OWN_UI_ATTRIBUTE } from '../../lib/text';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../lib/highlight';
import { h } from './dom';
import { adoptStyles } from './page-styles';
import type { DisplaySettings } from './settings';
import { PANEL_CSS } from './styles';
import type { Found } from '../../lib/analyze/summarize';
import type { PlacedNote } from '../../lib/messages/schema';
import { renderPageNotes } from './panel-notes';

/** What the legend shows. */
export interface PanelModel {
  isProgram: boolean;
  programName: string | null;
  reasons: string[];
  found: Found[];
  categoryNames: Map<string, string>;
  settings: DisplaySettings;
  /** The user's passage notes on this page, placed or not. */
  notes: PlacedNote[];
  /** The categories the user opened on this page (kept open across rescans); updated in place. */
  openCategories: Set<string>;
}

export interface PanelActions {
  onToggle(kind: HighlightKind, on: boolean): void;
  onCollapse(collapsed: boolean): void;
  onReveal(found: Found, trigger: HTMLElement): void;
  onNoteSelection(trigger: HTMLElement): void;
  onRevealNote(note: PlacedNote, trigger: HTMLElement): void;
}

const KIND_LABEL: Record<HighlightKind, string> = { procedure: 'Procedures', benefit: 'Benefits' };

/**
 * Attaches the extension's UI host to <html>, outside <body>, so the page's body stays exactly as
 * the page made it; everything inside lives in a shadow root.
 */
export function mountShadowHost(doc: Document = document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('fellowship-lens-ui');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(PANEL_CSS, root);
  doc.documentElement.append(host);
  return { host, root };
}

/** Renders (or re-renders) the legend into `container`. */
export function renderPanel(container: HTMLElement, model: PanelModel, actions: PanelActions): void {
  const { settings } = model;
  const total = model.found.length;
  const collapse = h(
    'button',
    {
      class: 'icon',
      'aria-expanded': String(!settings.collapsed),
      'aria-label': settings.collapsed ? 'Expand Fellowship Lens' : 'Collapse Fellowship Lens',
      onclick: () => actions.onCollapse(!settings.collapsed),
    },
    settings.collapsed ? '▴' : '▾',
  );
  const header = h('header', {}, h('strong', {}, `Fellowship Lens · ${total} found`), collapse);
  container.className = `panel${settings.collapsed ? ' collapsed' : ''}`;
  container.setAttribute('role', 'complementary');
  container.setAttribute('aria-label', 'Fellowship Lens');
  // Collapsed, the body is not shown: it is built when the user expands the legend.
  container.replaceChildren(header, ...(settings.collapsed ? [] : [renderBody(model, actions)]));
}

/** The legend's body: the program, why, the highlight switches, the categories and the notes. */
function renderBody(model: PanelModel, actions: PanelActions): HTMLElement {
  const { settings } = model;
  const body = h('div', { class: 'body' });
  body.append(
    h(
      'div',
      { class: 'program' },
      model.isProgram
        ? (model.programName ?? 'Fellowship program page')
        : 'Not a program page (highlighted on request)',
    ),
    disclosure({ class: 'why' }, 'Why', false, () =>
      h('ul', {}, ...model.reasons.map((r) => h('li', {}, r))),
    ),
    h(
      'div',
      { class: 'toggles', role: 'group', 'aria-label': 'Highlights' },
      ...HIGHLIGHT_KINDS.map((kind) => {
        const count = model.found.filter((f) => f.kind === kind).length;
        const box = h('input', { type: 'checkbox', 'data-kind': kind, checked: settings.show[kind] });
        box.addEventListener('change', () => actions.onToggle(kind, box.checked));
        return h('label', {}, box, h('span', { class: `swatch ${kind}` }), `${KIND_LABEL[kind]} (${count})`);
      }),
    ),
  );
  if (model.found.length === 0)
    body.append(h('p', { class: 'empty' }, 'Nothing from the catalog on this page.'));
  for (const [category, items] of groupByCategory(model.found, model.categoryNames)) {
    body.append(
      renderCategory(category, model.categoryNames.get(category) ?? category, items, model, actions),
    );
  }
  if (model.isProgram) body.append(renderPageNotes(model.notes, actions));
  return body;
}

/**
 * One category: its name and count, and its items, listed once the user opens it. Building every
 * item's button up front was most of the legend's cost on the page's thread (65 items took 2.4 to
 * 5 ms in the page's fresh script world); a closed category costs two elements.
 */
function renderCategory(
  category: string,
  name: string,
  items: Found[],
  model: PanelModel,
  actions: PanelActions,
): HTMLElement {
  return disclosure(
    { class: 'category', 'data-category': category },
    `${name} · ${items.length}`,
    model.openCategories.has(category),
    () => renderItems(items, actions),
    (open) => (open ? model.openCategories.add(category) : model.openCategories.delete(category)),
  );
}

/**
 * A disclosure (the WAI-ARIA pattern: a button that says whether it is expanded, then what it
 * shows) whose content is built the first time it opens. Not <details>: the first one a fresh
 * script world creates costs it 0.3-0.8 ms, and each one after that five times a <div> (measured
 * in Chromium), and the legend has one per category.
 */
function disclosure(
  props: Record<string, string>,
  label: string,
  open: boolean,
  content: () => HTMLElement,
  onToggle?: (open: boolean) => void,
): HTMLElement {
  const button = h('button', { type: 'button', class: 'disclose', 'aria-expanded': 'false' }, label);
  const wrapper = h('div', props, button);
  let shown: HTMLElement | null = null;
  const show = (next: boolean) => {
    button.setAttribute('aria-expanded', String(next));
    if (next && !shown) wrapper.append((shown = content()));
    if (shown) shown.hidden = !next;
  };
  show(open);
  button.addEventListener('click', () => {
    const next = button.getAttribute('aria-expanded') !== 'true';
    show(next);
    onToggle?.(next);
  });
  return wrapper;
}

function renderItems(items: Found[], actions: PanelActions): HTMLElement {
  const ul = h('ul', { class: 'items' });
  // One listener for the list, not one per item.
  ul.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    const found = button && items.find((f) => f.id === button.dataset.id);
    if (found) actions.onReveal(found, button);
  });
  for (const found of items) {
    // Swatch and count are drawn by the style sheet (styles.ts): one element per item, not three.
    const button = h(
      'button',
      {
        type: 'button',
        class: found.kind,
        'data-id': found.id,
        'data-count': `×${found.count}`,
        title: `Show “${found.name}” on the page`,
      },
      found.name,
    );
    ul.append(h('li', {}, button));
  }
  return ul;
}

/** Groups found items by category, in the catalog's category order (procedures, then benefits). */
function groupByCategory(found: Found[], categoryNames: Map<string, string>): Map<string, Found[]> {
  const groups = new Map<string, Found[]>([...categoryNames.keys()].map((id) => [id, []]));
  for (const item of found) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  return new Map([...groups].filter(([, items]) => items.length > 0));
}
