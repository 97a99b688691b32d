import type { ExtraPage } from '../../../scripts/demo-site';

// Pages made for the end-to-end tests of dynamic content. Each reads as a program page (title,
// ACGME, fellows, curriculum) so the extension annotates it.
const HEAD = '<meta charset="utf-8"><title>Pain Medicine Fellowship | Example University</title>';
const LEAD =
  '<h1>Pain Medicine Fellowship</h1><p>Our ACGME-accredited fellowship trains four fellows a year. The curriculum covers spinal cord stimulation.</p>';

/** A page that adds a paragraph naming a new procedure two seconds after load. */
export const growingPage: ExtraPage = {
  host: 'dynamic.localhost',
  path: '/grows/',
  html: `<!doctype html><html lang="en"><head>${HEAD}</head><body><main>${LEAD}</main>
<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = 'Fellows also perform kyphoplasty.'; document.querySelector('main').append(p); }, 2000);</script></body></html>`,
};

/** A page that replaces its whole body every 100 ms, forever. */
export const churningPage: ExtraPage = {
  host: 'dynamic.localhost',
  path: '/churns/',
  html: `<!doctype html><html lang="en"><head>${HEAD}</head><body><main>${LEAD}</main>
<script>let n = 0; setInterval(() => { const b = document.createElement('body'); b.innerHTML = document.body.innerHTML.replace(/render \\d+|$/, 'render ' + (++n)); document.body.replaceWith(b); }, 100);</script></body></html>`,
};

/**
 * A single-page site: its home view names no fellowship; a second after load it changes its
 * address with history.pushState and renders a program view, as client-side routers do.
 */
export const singlePageSite: ExtraPage = {
  host: 'spa.localhost',
  path: '/',
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example University Medicine</title></head><body><main><h1>Welcome</h1><p>Departments, clinics and news.</p></main>
<script>setTimeout(() => { history.pushState({}, '', '/pain-medicine-fellowship/'); document.title = 'Pain Medicine Fellowship | Example University'; document.querySelector('main').innerHTML = ${JSON.stringify(LEAD)}; }, 1000);</script></body></html>`,
};

/**
 * A long program page: 400 paragraphs naming three procedures each (1,200 matches, more than the
 * annotator paints at once), the last one marked `#end`.
 */
export const longProgramPage: ExtraPage = {
  host: 'dynamic.localhost',
  path: '/long/',
  html: `<!doctype html><html lang="en"><head>${HEAD}</head><body><main>${LEAD}${Array.from(
    { length: 400 },
    (_, i) =>
      `<p${i === 399 ? ' id="end"' : ''}>Week ${i + 1}: fellows perform spinal cord stimulation, kyphoplasty and radiofrequency ablation.</p>`,
  ).join('')}</main></body></html>`,
};
