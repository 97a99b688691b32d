type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * Builds an element for the extension's in-page UI. Strings become text nodes, never markup: page
 * text shown in the UI cannot inject anything. `on*` props are event listeners.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : String(child));
  }
  return el;
}

/**
 * Puts an element of the in-page UI that pops over the page (hover card, note offer, note frame)
 * into the UI's shadow root, and returns it. Such elements are made the first time they are shown.
 */
export type Mount = <T extends HTMLElement>(el: T) => T;

/** Places a fixed-position box of the in-page UI just below `at`, kept inside the window. */
export function placeNear(
  el: HTMLElement,
  at: { x: number; y: number },
  size: { width: number; height: number },
) {
  el.style.left = `${Math.max(8, Math.min(at.x, window.innerWidth - size.width - 8))}px`;
  el.style.top = `${Math.max(8, Math.min(at.y + 8, window.innerHeight - size.height - 8))}px`;
}
