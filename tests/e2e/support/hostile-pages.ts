import type { ExtraPage } from '../../../scripts/demo-site';

// Pages made to break the extension. Each reads as a program page (title, ACGME, fellows,
// curriculum), so the whole pipeline runs on it: recognition, text, matching, painting, the panel.
const HOST = 'hostile.localhost';
const TITLE = 'Pain Medicine Fellowship | Example University';
const LEAD =
  '<h1>Pain Medicine Fellowship</h1><p>Our ACGME-accredited fellowship trains four fellows a year. The curriculum covers spinal cord stimulation and radiofrequency ablation.</p>';

function page(
  path: string,
  body: string,
  {
    title = TITLE,
    head = '',
    headers,
  }: { title?: string; head?: string; headers?: Record<string, string> } = {},
): ExtraPage {
  return {
    host: HOST,
    path,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`,
    headers,
  };
}

/** A page script that keeps counting: the page still runs while the extension works. */
const HEARTBEAT = '<script>window.beats = 0; setInterval(() => window.beats++, 50);</script>';

const paragraph =
  '<p>Fellows rotate through the inpatient consult service and perform epidural steroid injections, medial branch blocks, kyphoplasty and intrathecal pump management under supervision, with weekly didactics.</p>';

export const hostilePages = {
  /** About 5 MB of program prose. */
  huge: page(
    '/huge/',
    `<main>${LEAD}${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}</main>${HEARTBEAT}`,
  ),
  /** 20,000 nested elements, with the program's words at the bottom. */
  deep: page(
    '/deep/',
    `${LEAD}${'<div>'.repeat(20_000)}<span>Fellows learn kyphoplasty.</span>${'</div>'.repeat(20_000)}${HEARTBEAT}`,
  ),
  /** 60,000 sibling elements. */
  wide: page('/wide/', `${LEAD}<div>${'<span>SCS trial </span>'.repeat(60_000)}</div>${HEARTBEAT}`),
  /** Same-origin and cross-origin frames, and a shadow root, beside the program's text. */
  frames: page(
    '/frames/',
    `${LEAD}<iframe srcdoc="<p>Fellows perform kyphoplasty.</p>"></iframe><iframe id="cross"></iframe><script>document.getElementById('cross').src = location.protocol + '//other.localhost:' + location.port + '/frame/';</script>
<fellowship-card></fellowship-card>
<script>customElements.define('fellowship-card', class extends HTMLElement { connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside a shadow root: vertebroplasty.</p>'; } });</script>${HEARTBEAT}`,
  ),
  /** An editable region the user types in while the extension runs. */
  editable: page(
    '/editable/',
    `${LEAD}<div contenteditable="true" id="editor"><p>Draft: spinal cord stimulation</p></div>${HEARTBEAT}`,
  ),
  /** The strictest Content-Security-Policy a page can send: no script, style, image or connection of its own. */
  strictCsp: page('/csp/', `<main>${LEAD}</main>`, {
    headers: {
      'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'",
    },
  }),
  /** Markup and script in the title and the text: data, never markup, everywhere it is shown. */
  markup: page(
    '/markup/',
    `<h1>Pain Medicine Fellowship &lt;img src=x onerror=alert(1)&gt;</h1><p>Our ACGME-accredited fellowship trains four fellows. The curriculum covers &lt;script&gt;alert(2)&lt;/script&gt; spinal cord stimulation.</p>`,
    { title: 'Pain Medicine Fellowship &lt;img src=x onerror=alert(1)&gt; | Example University' },
  ),
};

/** The pages to serve, and the page another origin puts in a frame. */
export function hostileExtraPages(): ExtraPage[] {
  return [
    ...Object.values(hostilePages),
    { host: 'other.localhost', path: '/frame/', html: `<!doctype html><title>${TITLE}</title>${LEAD}` },
  ];
}

export { HOST as HOSTILE_HOST };
