/**
 * The page's text as one string, with a map from offsets back to text nodes. Built in one
 * TreeWalker pass reading node data only (never innerText, which forces layout).
 */
export interface PageText {
  text: string;
  /** The text nodes holding more than whitespace, in document order. */
  nodes: Text[];
  /** Where each node's data starts in `text` (same index as `nodes`), ascending. */
  starts: number[];
  /** Offsets of the '\n' this pass put between blocks, ascending (newlines in a node's data are not breaks). */
  breaks: number[];
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

/** Subtrees whose text is not the page's: our own UI, and regions the user edits. */
const FENCED = `[${OWN_UI_ATTRIBUTE}], [contenteditable]:not([contenteditable="false"])`;

/** More than whitespace (the same characters `trim()` removes). */
const PROSE = /\S/;

/**
 * Collects the text under `root`, separating block-level elements with a newline. One walk over
 * elements and text without a filter callback: a skipped element (script, form control, editable
 * region, our own UI) is jumped over whole, and entering or leaving a block element (its exit is
 * the first node after its subtree) marks a line break before the next text.
 *
 * A whitespace-only node (the source's indentation between tags: most text nodes of most pages)
 * stands in the text as one space, or nothing where a line break is due, and is not kept in
 * `nodes`: no match starts or ends in it, and leaving it out makes the text a quarter shorter
 * (less to send and to search) and spares a reference to every such node.
 */
export function collectText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  // One query by the engine (which usually finds nothing) instead of reading every element's
  // attributes during the walk.
  const fenced = new Set<Node>(
    'querySelectorAll' in root ? (root as ParentNode).querySelectorAll(FENCED) : [],
  );
  const nodes: Text[] = [];
  const starts: number[] = [];
  const breaks: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;
  // Whether the text ends with the space that stands for whitespace-only nodes.
  let spaced = false;
  // Exit nodes of the blocks we are inside, innermost last (null: the end of the walk).
  const exits: Array<Node | null> = [];
  let exit: Node | null | undefined;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let node: Node | null = walker.nextNode();
  while (node) {
    while (node === exit) {
      exits.pop();
      exit = exits[exits.length - 1];
      pendingBreak = true;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (PROSE.test(data)) {
        if (pendingBreak && length > 0) {
          breaks.push(length);
          parts.push('\n');
          length += 1;
        }
        pendingBreak = false;
        spaced = false;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      } else if (!pendingBreak && !spaced && length > 0 && data.length > 0) {
        parts.push(' ');
        length += 1;
        spaced = true;
      }
    } else {
      const role = ROLES.get((node as Element).localName);
      if (role === SKIP || (fenced.size > 0 && fenced.has(node))) {
        if (role === BLOCK) pendingBreak = true;
        const after = exitOf(node, root);
        if (!after) break;
        walker.currentNode = after;
        node = after;
        continue;
      }
      if (role === BLOCK) {
        pendingBreak = true;
        exits.push((exit = exitOf(node, root)));
      }
    }
    node = walker.nextNode();
  }
  return { text: parts.join(''), nodes, starts, breaks };
}

/** The first node after `el`'s subtree in document order, within `root` (null at the end). */
function exitOf(el: Node, root: Node): Node | null {
  for (let n: Node | null = el; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}
