import type { Page } from 'playwright-core';

/** The text of every range registered under each `fellowship-lens-` CSS highlight of the page. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  // The highlight registry is shared between the content script's world and the page's.
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('fellowship-lens-')) return;
      // Highlights may hold StaticRanges, which have no text of their own: read it through a Range.
      out[name] = [...highlight].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    });
    return out;
  });
}

/** The viewport point at the middle of the first occurrence of `word` inside an element matching `selector`. */
export function pointOfWord(page: Page, selector: string, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([sel, w]) => {
      for (const el of document.querySelectorAll(sel)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(w);
          if (at < 0) continue;
          node.parentElement!.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      throw new Error(`"${w}" not found in ${sel}`);
    },
    [selector, word] as const,
  );
}
