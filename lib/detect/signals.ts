/**
 * The cheap signals a page offers: its address, title, description, headings and the first few
 * kilobytes of text. Reading these never touches layout and never walks the whole body.
 */
export interface PageSignals {
  url: string;
  title: string;
  description: string;
  headings: string[];
  /** The start of the page text, enough to see what kind of page this is. */
  lead: string;
}

/** How much body text the cheap detector looks at, at most. */
export const LEAD_CHARS = 6000;

/** Collects the cheap signals of `doc`, reading text node data only up to `LEAD_CHARS`. */
export function readSignals(doc: Document = document, url = doc.URL): PageSignals {
  const description =
    doc.querySelector('meta[name="description" i]')?.getAttribute('content') ??
    doc.querySelector('meta[property="og:description" i]')?.getAttribute('content') ??
    '';
  const headings: string[] = [];
  for (const h of doc.querySelectorAll('h1, h2, h3')) {
    headings.push(clean(h.textContent ?? ''));
    if (headings.length >= 40) break;
  }
  return { url, title: clean(doc.title), description: clean(description), headings, lead: readLead(doc) };
}

function readLead(doc: Document): string {
  const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let lead = '';
  for (let node = walker.nextNode(); node && lead.length < LEAD_CHARS; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    lead += (node as Text).data + ' ';
  }
  return clean(lead).slice(0, LEAD_CHARS);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
