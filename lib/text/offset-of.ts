import type { PageText } from './collect-text';

/** Where each collected text node sits in the page's node list, built once per page reading. */
const indexes = new WeakMap<PageText, Map<Text, number>>();

function indexOf(page: PageText): Map<Text, number> {
  let index = indexes.get(page);
  if (!index) {
    index = new Map(page.nodes.map((node, i) => [node, i]));
    indexes.set(page, index);
  }
  return index;
}

/**
 * The offset in the flat text of a DOM boundary (a Range's start or end), the inverse of
 * `toBoundaries`. A boundary inside text the pass skipped (a form field, our own UI) or between
 * elements maps to the next collected text; past the last text, to the end. Null for a boundary
 * outside the page that was read.
 */
export function textOffsetOf(page: PageText, container: Node, offset: number): number | null {
  const index = indexOf(page);
  if (container.nodeType === 3) {
    const at = index.get(container as Text);
    if (at !== undefined) return page.starts[at]! + Math.min(offset, (container as Text).data.length);
  }
  const root = page.nodes[0]?.ownerDocument;
  if (!root) return null;
  // The first node at or after the boundary, in document order.
  let start: Node | null = container.nodeType === 3 ? container : (container.childNodes[offset] ?? null);
  if (!start) {
    for (let n: Node | null = container; n; n = n.parentNode) {
      if (n.nextSibling) {
        start = n.nextSibling;
        break;
      }
    }
  }
  if (container.nodeType === 3 && start === container) start = nextInOrder(container);
  for (let n = start; n; n = nextInOrder(n)) {
    const at = n.nodeType === 3 ? index.get(n as Text) : undefined;
    if (at !== undefined) return page.starts[at]!;
  }
  return page.text.length;
}

/** The node after `node` in document order (its first child, else its next sibling or an ancestor's). */
function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}
