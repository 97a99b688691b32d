/**
 * The cheap signals a page offers: its address, title, description, headings and the first few
 * kilobytes of text. Reading these never touches layout and never walks the whole body.
 */
export interface PageSignals {
  url: string;
  title: string;
  description: string;
  headings: string[];
  /** The start of the page's prose (outside navigation chrome), enough to see what kind of page this is. */
  lead: string;
}

/** How much body text the cheap detector looks at, at most. */
export const LEAD_CHARS = 6000;
/** How many nodes the detector visits at most, whatever the size of the page. */
const NODE_BUDGET = 4000;
/** How many elements the heading search visits at most. */
const HEADING_BUDGET = 1500;
const MAX_HEADINGS = 24;

const HEADING = /^h[1-3]$/;
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const CHROME = 'nav, header, footer, aside, [role="navigation"]';

/** Collects the cheap signals of `doc`: title, description, headings, then the lead. */
export function readSignals(doc: Document = document, url = doc.URL): PageSignals {
  return { ...readHeadline(doc, url), lead: readLead(doc) };
}

/** The cheapest signals: address, title, description and headings, without the body's prose. */
export function readHeadline(doc: Document = document, url = doc.URL): Omit<PageSignals, 'lead'> {
  return {
    url,
    title: clean(doc.title),
    description: clean(readDescription(doc)),
    headings: readHeadings(doc),
  };
}

/**
 * The first headings (h1–h3) in document order, from a walk over at most `HEADING_BUDGET`
 * elements: its cost does not grow with the page (an absent-tag lookup would walk it all).
 */
function readHeadings(doc: Document): string[] {
  const headings: string[] = [];
  if (!doc.body) return headings;
  const walker = doc.createTreeWalker(doc.body, 0x1 /* SHOW_ELEMENT */);
  let visited = 0;
  for (
    let el = walker.nextNode() as Element | null;
    el && visited < HEADING_BUDGET && headings.length < MAX_HEADINGS;
    el = walker.nextNode() as Element | null
  ) {
    visited += 1;
    if (HEADING.test(el.localName)) headings.push(clean((el.textContent ?? '').slice(0, 300)));
  }
  return headings;
}

/**
 * The start of the page's prose outside navigation chrome, from one walk that stops after
 * `LEAD_CHARS` of text or `NODE_BUDGET` nodes.
 */
export function readLead(doc: Document = document): string {
  let lead = '';
  if (!doc.body) return lead;
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  let visited = 0;
  for (
    let node = walker.nextNode();
    node && visited < NODE_BUDGET && lead.length < LEAD_CHARS;
    node = walker.nextNode()
  ) {
    visited += 1;
    const parent = node.parentElement;
    if (!parent || NOT_TEXT.has(parent.localName) || parent.closest(CHROME)) continue;
    const data = (node as Text).data;
    if (data.trim()) lead += data + ' ';
  }
  return clean(lead).slice(0, LEAD_CHARS);
}

/** The page's meta description, looking only at <head>'s own children. */
function readDescription(doc: Document): string {
  for (const el of Array.from(doc.head?.children ?? [])) {
    if (el.localName !== 'meta') continue;
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    if (name === 'description' || name === 'og:description') return el.getAttribute('content') ?? '';
  }
  return '';
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
