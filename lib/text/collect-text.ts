/**
 * The page's text as one string, with a map from offsets back to text nodes. Built in one
 * TreeWalker pass reading node data only (never innerText, which forces layout).
 */
export interface PageText {
  text: string;
  /** The text nodes, in document order. */
  nodes: Text[];
  /** Where each node's data starts in `text` (same index as `nodes`), ascending. */
  starts: number[];
}

/** Elements whose text is not page prose: code, styles, form controls. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'canvas',
  'iframe',
  'object',
]);

// Elements that start a new line when rendered; text on either side must not run together
// ("…nerve block" + "Celiac plexus…" in two list items is two phrases, not one).
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Marks the extension's own UI so the text pass never reads it. */
export const OWN_UI_ATTRIBUTE = 'data-fellowship-lens';

/** What the pass needs to know of an element: is its text skipped, and which block holds it. */
interface ElementInfo {
  skip: boolean;
  block: Element | null;
}

/**
 * Collects the text under `root`, separating block-level elements with a newline. The walker
 * visits text nodes only (no per-node filter callback); what it needs of their ancestors is worked
 * out once per element and cached.
 */
export function collectText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  const infoOf = elementInfo(root);
  // Neighbouring text nodes often share a parent: skip the cache lookup for them.
  let lastParent: Element | null | undefined;
  let info: ElementInfo = { skip: false, block: null };
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const parent = text.parentElement;
    if (parent !== lastParent) {
      info = infoOf(parent);
      lastParent = parent;
    }
    if (info.skip) continue;
    if (lastBlock !== null && info.block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = info.block;
    nodes.push(text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/**
 * A cached lookup of element info, filled iteratively (a 20,000-deep page must not overflow the
 * stack): walk up to the nearest known ancestor, then fill the chain back down.
 */
function elementInfo(root: Node): (element: Element | null) => ElementInfo {
  const cache = new Map<Element, ElementInfo>();
  const top: ElementInfo = { skip: false, block: null };
  return (element) => {
    if (!element) return top;
    const chain: Element[] = [];
    let info: ElementInfo | undefined;
    for (let el: Element | null = element; el; el = el.parentElement) {
      info = cache.get(el);
      if (info) break;
      chain.push(el);
      if (el === root) break;
    }
    let parent = info ?? top;
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      const name = el.localName;
      parent = {
        skip: parent.skip || SKIPPED.has(name) || el.hasAttribute(OWN_UI_ATTRIBUTE) || isEditable(el),
        block: BLOCKS.has(name) ? el : parent.block,
      };
      cache.set(el, parent);
    }
    return parent;
  };
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}
