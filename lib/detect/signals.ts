/**
 * The cheap signals a page offers: its address, title, description, headings and the first few
 * kilobytes of text. Reading these never touches layout and never walks the whole body.
 */
export interface PageSignals {
  url: string;
  title: string;
  description: string;
  /** The h1s, then the first h2–h3s, outside navigation, sidebars and footers. */
  headings: string[];
  /** schema.org types declared by JSON-LD in <head> ("JobPosting", "NewsArticle"), if any. */
  schemaTypes: string[];
  /** The start of the page's prose (outside navigation chrome), enough to see what kind of page this is. */
  lead: string;
}

/** How much body text the cheap detector looks at, at most. */
export const LEAD_CHARS = 6000;
/** How many nodes the detector visits at most, whatever the size of the page. */
const NODE_BUDGET = 4000;
/** How many headings of one level the heading search looks at, at most. */
const HEADING_SCAN = 60;
/** The headings the classifier gets. */
const MAX_HEADINGS = 24;
/** The headings the cheap first test reads: it looks at the title and the first three (`headlineText`). */
const HEADLINE_HEADINGS = 3;
/** How much of a JSON-LD block is searched for its types. */
const JSON_LD_CHARS = 2000;

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const CHROME = 'nav, header, footer, aside, [role="navigation"]';
/** Headings in these are menus and widgets ("Fellowships", "Recent Posts"), not the page's own. */
const HEADING_CHROME = 'nav, footer, aside, [role="navigation"]';
const SCHEMA_TYPE = /"@type"\s*:\s*"(\w+)"/g;
const PROSE = /\S/;

/** Collects the cheap signals of `doc`: title and headings, then description, JSON-LD types and lead. */
export function readSignals(doc: Document = document, url = doc.URL): PageSignals {
  return completeSignals(doc, readHeadline(doc, url));
}

/**
 * A page's headline: where it names itself. Its text is as the page has it (whitespace not yet
 * collapsed): every page reads it, and most never name a fellowship (`namesFellowship`).
 */
export type Headline = Pick<PageSignals, 'url' | 'title' | 'headings'>;

/** The cheapest signals, the only ones every page pays for: address, title and headings. */
export function readHeadline(doc: Document = document, url = doc.URL): Headline {
  return { url, title: doc.title, headings: readHeadings(doc, HEADLINE_HEADINGS) };
}

/** The rest of the signals, read only for a page whose headline names a fellowship. */
export function completeSignals(doc: Document, headline: Headline): PageSignals {
  const head = readHead(doc);
  return {
    url: headline.url,
    title: clean(headline.title),
    headings: readHeadings(doc, MAX_HEADINGS).map(clean),
    description: clean(head.description),
    schemaTypes: head.schemaTypes,
    lead: readLead(doc),
  };
}

/**
 * The page's first `max` own headings: its h1s, then its h2–h3s in document order, outside
 * navigation, sidebars and footers. The h1s come first because a site header full of menu
 * headings can precede them. The engine finds the headings (live, lazily walked collections):
 * a walk of our own would give each element it passes a wrapper in the content script's world,
 * which costs about a microsecond per element the first time.
 */
function readHeadings(doc: Document, max: number): string[] {
  const body = doc.body;
  if (!body) return [];
  const h1s = ownHeadings(body.getElementsByTagName('h1'), max);
  const need = max - h1s.length;
  if (need <= 0) return h1s.map(headingText);
  const others = [
    ...ownHeadings(body.getElementsByTagName('h2'), need),
    ...ownHeadings(body.getElementsByTagName('h3'), need),
  ].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return [...h1s, ...others.slice(0, need)].map(headingText);
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The first `max` headings of `list` outside chrome that have text, looking at `HEADING_SCAN` at most. */
function ownHeadings(list: HTMLCollectionOf<Element>, max: number): Element[] {
  const own: Element[] = [];
  for (let i = 0; own.length < max && i < HEADING_SCAN; i++) {
    const el = list.item(i);
    if (!el) break;
    if (!el.closest(HEADING_CHROME) && headingText(el).trim()) own.push(el);
  }
  return own;
}

/** A heading's text as the page has it (cleaned by `completeSignals`). */
function headingText(el: Element): string {
  return (el.textContent ?? '').slice(0, 300);
}

/**
 * The start of the page's prose outside navigation chrome, from one walk that stops after
 * `LEAD_CHARS` of text or `NODE_BUDGET` nodes. An article's own header and footer (byline, date,
 * comment count) are prose: only the site's are chrome.
 */
export function readLead(doc: Document = document): string {
  let lead = '';
  if (!doc.body) return lead;
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  let visited = 0;
  // Consecutive text nodes often share their parent (text around links and emphasis).
  let lastParent: Element | null | undefined;
  let lastSkipped = true;
  for (
    let node = walker.nextNode();
    node && visited < NODE_BUDGET && lead.length < LEAD_CHARS;
    node = walker.nextNode()
  ) {
    visited += 1;
    // Whitespace first: most text nodes are the source's indentation, and their parent element
    // need never be reached (each element reached costs a wrapper in the script's world).
    const data = (node as Text).data;
    if (!PROSE.test(data)) continue;
    const parent = node.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      lastSkipped = !parent || NOT_TEXT.has(parent.localName) || isChrome(parent);
    }
    if (!lastSkipped) lead += data + ' ';
  }
  return clean(lead).slice(0, LEAD_CHARS);
}

function isChrome(el: Element): boolean {
  const chrome = el.closest(CHROME);
  if (!chrome) return false;
  const own = chrome.localName === 'header' || chrome.localName === 'footer';
  return !(own && chrome.parentElement?.closest('article, main'));
}

/**
 * The meta description and JSON-LD types, from <head>. The engine finds the few elements wanted: a
 * site's <head> holds dozens of links, scripts and metas we would otherwise each wrap.
 */
function readHead(doc: Document): { description: string; schemaTypes: string[] } {
  const head = doc.head;
  if (!head) return { description: '', schemaTypes: [] };
  const meta = head.querySelector(DESCRIPTION);
  const schemaTypes: string[] = [];
  for (const el of Array.from(head.querySelectorAll(JSON_LD))) {
    const json = (el.textContent ?? '').slice(0, JSON_LD_CHARS);
    for (const [, type] of json.matchAll(SCHEMA_TYPE)) if (type) schemaTypes.push(type);
  }
  return { description: meta?.getAttribute('content') ?? '', schemaTypes };
}

const DESCRIPTION = 'meta[name="description" i], meta[property="og:description" i]';
const JSON_LD = 'script[type="application/ld+json" i]';

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NAMES_FELLOWSHIP = /\bfellowship\b(?![- ]trained)/i;

/** The title and the first headings: where a program page names itself. */
export function headlineText(signals: Pick<PageSignals, 'title' | 'headings'>): string {
  return [signals.title, ...signals.headings.slice(0, 3)].join(' | ');
}

/**
 * The cheapest test, and the only one every page pays for: a page whose title and first headings
 * never name a fellowship ("fellowship-trained" does not count) is not a program page. Most pages
 * never say the word: a plain search settles them before any regular expression runs (the first
 * one a script uses costs it 0.1 to 0.3 ms to set up, measured in a fresh content-script world).
 */
export function namesFellowship(signals: Pick<PageSignals, 'title' | 'headings'>): boolean {
  const text = headlineText(signals);
  return text.toLowerCase().includes('fellowship') && NAMES_FELLOWSHIP.test(clean(text));
}
