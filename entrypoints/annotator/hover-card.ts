import { h, placeNear, type Mount } from './dom';
import type { Found } from '../../lib/analyze/summarize';

export interface HoverCard {
  /** The entry the card shows, if it is open. */
  current(): Found | null;
  show(
    found: Found,
    at: { x: number; y: number },
    options?: { focus?: boolean; returnFocus?: HTMLElement },
  ): void;
  hide(): void;
}

/**
 * The card shown over a highlighted term: its canonical name, category and the words the page
 * used for it, and a way to note something about this program. Keyboard accessible: it can take
 * focus, Escape closes it and gives focus back to what opened it. Made the first time it is shown.
 */
export function createHoverCard(
  mount: Mount,
  categoryName: (id: string) => string,
  /** Opens the note frame on this item (the note is typed there, not in the page). */
  writeNote: (found: Found, at: { x: number; y: number }, trigger: HTMLElement) => Promise<void>,
): HoverCard {
  let made: HTMLElement | null = null;
  let shown: Found | null = null;
  let returnFocus: HTMLElement | undefined;

  function make(): HTMLElement {
    const element = h('div', { class: 'card', role: 'dialog', 'aria-modal': 'false', tabindex: '-1' });
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        hide();
      }
    });
    return mount(element);
  }

  function hide() {
    const element = made;
    if (!element || element.hidden) return;
    element.hidden = true;
    shown = null;
    returnFocus?.focus();
    returnFocus = undefined;
  }

  function render(element: HTMLElement, found: Found) {
    const status = h('span', { class: 'status', role: 'status' });
    const write = h(
      'button',
      { class: 'btn primary', type: 'button', 'aria-label': `Note on this program about ${found.name}` },
      '✎ Note on this',
    );
    write.addEventListener('click', () => {
      const rect = element.getBoundingClientRect();
      writeNote(found, { x: rect.left, y: rect.bottom }, write).catch(
        (error: unknown) =>
          (status.textContent = `Could not open the note: ${error instanceof Error ? error.message : String(error)}`),
      );
    });
    const close = h('button', { class: 'icon close', type: 'button', 'aria-label': 'Close' }, '✕');
    close.addEventListener('click', hide);
    element.setAttribute('aria-label', found.name);
    element.replaceChildren(
      close,
      h('div', { class: 'name', 'data-testid': 'card-name' }, found.name),
      h(
        'div',
        { class: 'category' },
        `${found.kind === 'procedure' ? 'Procedure' : 'Benefit'} · ${categoryName(found.category)}`,
      ),
      h('div', { class: 'forms' }, `Seen here as: ${found.forms.join(', ')}`),
      h('div', { class: 'actions' }, status, write),
    );
  }

  return {
    current: () => shown,
    show(found, at, options = {}) {
      const element = (made ??= make());
      if (shown !== found) render(element, found);
      shown = found;
      element.hidden = false;
      placeNear(element, { x: at.x + 12, y: at.y + 8 }, { width: 290, height: element.offsetHeight });
      if (options.focus) {
        returnFocus = options.returnFocus;
        element.focus();
      }
    },
    hide,
  };
}
