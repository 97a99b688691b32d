import fc from 'fast-check';

/** A DOM tree description that fast-check can generate, shrink and print. */
export type Tree = string | { tag: string; children: Tree[] };

const INLINE = ['b', 'i', 'span', 'a', 'em', 'strong', 'mark', 'sup'];
const BLOCK = ['div', 'p', 'li', 'section', 'td', 'h2', 'details'];
const SKIPPED = ['script', 'style', 'textarea'];

const words = fc.constantFrom(
  'spinal cord',
  'stimulation',
  'SCS',
  ' ',
  'trial',
  'and',
  'implant',
  '(',
  ')',
  'block',
  'nerve',
  'ESI',
  'epidural',
  'é',
  '—',
  '–',
  '&amp;',
  '\u00a0',
  '😀',
  'x'.repeat(300),
  '',
  '\n',
  'Medial branch',
  'RFA',
  'mild',
);

/**
 * Random trees of nested inline and block elements with text drawn from catalog-like words;
 * with `skipped`, also elements whose text is not page prose (script, style, textarea).
 */
export function trees({ skipped = true } = {}): fc.Arbitrary<Tree[]> {
  const tags = skipped ? [...INLINE, ...BLOCK, ...SKIPPED] : [...INLINE, ...BLOCK];
  return fc.letrec<{ node: Tree; list: Tree[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
      fc.record({ tag: fc.constantFrom(...tags), children: tie('list') }),
    ),
    list: fc.array(tie('node'), { maxLength: 5 }),
  })).list;
}

/** Builds the tree under `parent` with DOM calls (text stays text, whatever it contains). */
export function build(parent: Node, nodes: Tree[]): void {
  const doc = parent.ownerDocument!;
  for (const node of nodes) {
    if (typeof node === 'string') parent.appendChild(doc.createTextNode(node));
    else {
      const el = doc.createElement(node.tag);
      build(el, node.children);
      parent.appendChild(el);
    }
  }
}
