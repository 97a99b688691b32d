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

const SKIP = 1;
const BLOCK = 2;
/** One lookup per element: is its text skipped, or does it start a line? */
const ROLES = new Map<string, number>([
  ...[...SKIPPED].map((n) => [n, SKIP] as const),
  ...[...BLOCKS].map((n) => [n, BLOCK] as const),
]);

/** Marks the extension's own UI so the text pass never reads it. */
export const OWN_UI_ATTRIBUTE = 'data-fellowship-lens';

/**
 * Collects the text under `root`, separating block-level elements with a newline. One walk over
 * elements and text without a filter callback: a skipped element (script, form control, editable
 * region, our own UI) is jumped over whole, and entering or leaving a block element (its exit is
 * the first node after its subtree) marks a line break before the next text.
 */
export function collectText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;
  // Exit nodes of the blocks we are inside, innermost last; null exits at the end of the walk.
  const exits: Array<Node | null> = [];
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let node: Node | null = walker.nextNode();
  while (node) {
    while (exits.length > 0 && exits[exits.length - 1] === node) {
      exits.pop();
      pendingBreak = true;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (pendingBreak && length > 0) {
          parts.push('\n');
          length += 1;
        }
        pendingBreak = false;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const role = ROLES.get(el.localName);
    // Most elements carry no attributes: only those that do can be editable or our own UI.
    if (role === SKIP || (el.hasAttributes() && (el.hasAttribute(OWN_UI_ATTRIBUTE) || isEditable(el)))) {
      const exit = exitOf(el, root);
      if (role === BLOCK) pendingBreak = true;
      if (!exit) break;
      walker.currentNode = exit;
      node = exit;
      continue;
    }
    if (role === BLOCK) {
      pendingBreak = true;
      exits.push(exitOf(el, root));
    }
    node = walker.nextNode();
  }
  return { text: parts.join(''), nodes, starts };
}

/** The first node after `el`'s subtree in document order, within `root` (null at the end). */
function exitOf(el: Node, root: Node): Node | null {
  for (let n: Node | null = el; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}
