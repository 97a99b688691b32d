/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { collectText, textOffsetOf, toBoundaries } from '.';

function page(html: string) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return { doc, text: collectText(doc.body) };
}

describe('textOffsetOf', () => {
  test('is the inverse of toBoundaries for every span of a page', () => {
    const { text } = page(
      '<p>Fellows learn <b>spinal cord</b> stimulation.</p><ul><li>RFA</li><li>SCS</li></ul>',
    );
    for (let start = 0; start < text.text.length; start++) {
      for (let end = start + 1; end <= text.text.length; end++) {
        const ends = toBoundaries(text, start, end)!;
        // A boundary at the very end of a node may be read back as the start of the next one: same text.
        const s = textOffsetOf(text, ends[0].node, ends[0].offset)!;
        const e = textOffsetOf(text, ends[1].node, ends[1].offset)!;
        expect(text.text.slice(s, e).trim()).toBe(text.text.slice(start, end).trim());
      }
    }
  });

  test('an element boundary maps to the next collected text; skipped text to what follows it', () => {
    const { doc, text } = page('<p>One</p><textarea>typed</textarea><p>Two</p>');
    const body = doc.body;
    expect(textOffsetOf(text, body, 0)).toBe(0);
    expect(text.text.slice(textOffsetOf(text, body, 1)!)).toBe('Two');
    const typed = doc.querySelector('textarea')!.firstChild!;
    expect(text.text.slice(textOffsetOf(text, typed, 2)!)).toBe('Two');
    expect(textOffsetOf(text, body, body.childNodes.length)).toBe(text.text.length);
  });
});
