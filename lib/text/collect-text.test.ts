/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { build, trees } from '../../tests/support/random-dom';
import { collectText, toRange } from '.';

beforeEach(() => {
  document.body.replaceChildren();
});

function page(html: string) {
  // Test-only markup written by the test itself, parsed as a page would be.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return collectText(document.body);
}

describe('collectText', () => {
  test('joins inline elements and separates block elements', () => {
    expect(
      page('<p><b>spinal cord</b> stimulation</p><ul><li>Lumbar block</li><li>Celiac plexus</li></ul>').text,
    ).toBe('spinal cord stimulation\nLumbar block\nCeliac plexus');
  });

  test('a block after inline text starts a new line', () => {
    expect(page('<div>one<p>two</p>three</div>').text).toBe('one\ntwo\nthree');
  });

  test.each([
    ['script', '<script>var scs = 1</script>'],
    ['style', '<style>.scs{}</style>'],
    ['noscript', '<noscript>SCS</noscript>'],
    ['template', '<template>SCS</template>'],
    ['textarea', '<textarea>SCS</textarea>'],
    ['select', '<select><option>SCS</option></select>'],
    ['contenteditable', '<div contenteditable="true">SCS</div>'],
    ['the extension UI', '<div data-fellowship-lens>SCS</div>'],
  ])('skips %s', (_label, html) => {
    expect(page(`<p>kept</p>${html}`).text).toBe('kept');
  });

  test('an element marked contenteditable="false" is page text', () => {
    expect(page('<p>kept</p><div contenteditable="false">also kept</div>').text).toBe('kept\nalso kept');
  });

  test('source indentation between tags is one space, or nothing before a line break', () => {
    const indented = page(
      '<ul>\n  <li>Lumbar block</li>\n  <li><b>spinal</b>\n    <b>cord</b></li>\n</ul>\n',
    );
    expect(indented.text).toBe('Lumbar block\nspinal cord');
    // Whitespace-only nodes are never a range end: only the words are kept.
    expect(indented.nodes.map((n) => n.data)).toEqual(['Lumbar block', 'spinal', 'cord']);
  });

  test('breaks are the offsets of the newlines between blocks, not of newlines in the text', () => {
    const text = page('<p>Wrapped\n  line.</p>\n<p>Next</p><div>one<p>two</p>three</div>');
    expect(text.text).toBe('Wrapped\n  line.\nNext\none\ntwo\nthree');
    expect(text.breaks).toEqual([15, 20, 24, 28]);
    expect(text.breaks.every((b) => text.text[b] === '\n')).toBe(true);
  });

  test('includes text in closed details and hidden tabs: it is part of the page', () => {
    expect(
      page('<details><summary>More</summary><p>Ganglion impar</p></details><div hidden>PRP</div>').text,
    ).toBe('More\nGanglion impar\nPRP');
  });

  test('maps offsets back to ranges across elements', () => {
    const text = page('<p>Fellows learn <b>spinal cord</b> stimulation.</p>');
    const start = text.text.indexOf('spinal');
    const range = toRange(text, start, start + 'spinal cord stimulation'.length)!;
    expect(range.toString()).toBe('spinal cord stimulation');
    expect(range.startContainer.textContent).toBe('spinal cord');
  });

  test('property: every range reads back the flat text between its offsets', () => {
    // Range.toString() has no block separators and would include script text, so the trees here
    // have no skipped elements and the comparison ignores whitespace.
    const squash = (s: string) => s.replace(/\s+/g, '');
    fc.assert(
      fc.property(trees({ skipped: false }), fc.nat(), fc.nat(), (tree, a, b) => {
        document.body.replaceChildren();
        build(document.body, tree);
        const text = collectText(document.body);
        if (text.text.length === 0) return;
        const start = a % text.text.length;
        const end = start + 1 + (b % (text.text.length - start));
        const range = toRange(text, start, end)!;
        expect(squash(range.toString())).toBe(squash(text.text.slice(start, end)));
      }),
      { numRuns: 200 },
    );
  });

  test('property: the flat text holds every non-blank text node outside skipped elements, in order', () => {
    fc.assert(
      fc.property(trees(), (tree) => {
        document.body.replaceChildren();
        build(document.body, tree);
        const text = collectText(document.body);
        text.nodes.forEach((node, i) => {
          expect(node.parentElement?.closest('script,style,textarea')).toBeFalsy();
          expect(text.text.slice(text.starts[i], text.starts[i]! + node.data.length)).toBe(node.data);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('collectText around skipped elements', () => {
  test('an inline skipped element does not break the line; a skipped block does', () => {
    expect(page('<p>spinal cord <select><option>x</option></select>stimulation</p>').text).toBe(
      'spinal cord stimulation',
    );
    expect(page('<p>one</p><div contenteditable="true">draft</div>two').text).toBe('one\ntwo');
  });
});
