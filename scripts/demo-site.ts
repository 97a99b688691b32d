import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const PAGES_DIR = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));

/** One demo page: the site it belongs to, its path there, and the fixture it serves. */
export interface DemoPage {
  id: string;
  host: string;
  path: string;
  file: string;
  label: string;
  isProgram: boolean;
}

/**
 * The built-in demo: each seed page on a site of its own, as on the web. `*.localhost` names resolve
 * to 127.0.0.1 in Chromium and Firefox without any DNS, so nothing leaves the machine.
 */
export const DEMO_PAGES: DemoPage[] = [
  {
    id: 'rush',
    host: 'rush.localhost',
    path: '/anesthesiology/pain-medicine-fellowship/',
    file: 'rush-pain-fellowship.html',
    label: 'Rush University — Interventional Pain Medicine Fellowship',
    isProgram: true,
  },
  {
    id: 'wustl-overview',
    host: 'wustl.localhost',
    path: '/education/pain-medicine-fellowship/',
    file: 'wustl-pain-overview.html',
    label: 'Washington University — Pain Medicine Fellowship (overview)',
    isProgram: true,
  },
  {
    id: 'wustl-full',
    host: 'wustl.localhost',
    path: '/education/pain-medicine-fellowship/curriculum/',
    file: 'wustl-pain-full.html',
    label: 'Washington University — Pain Medicine Fellowship (curriculum and benefits)',
    isProgram: true,
  },
  {
    id: 'article',
    host: 'blog.localhost',
    path: '/fellowship-in-pain-management-a-bridge/',
    file: 'article-fellowship-bridge.html',
    label: 'Article: Fellowship in Pain Management (not a program page)',
    isProgram: false,
  },
  {
    id: 'listicle',
    host: 'blog.localhost',
    path: '/top-pain-fellowship-programs/',
    file: 'listicle-top-pain-fellowships.html',
    label: 'Listicle: Top Fellowship Programs (not a program page)',
    isProgram: false,
  },
];

export interface DemoSite {
  server: Server;
  port: number;
  /** The address of a demo page on this server. */
  url(id: string): string;
  /** The index page that links every demo page. */
  indexUrl: string;
  close(): Promise<void>;
}

/** A page made in code (benchmarks, hostile pages), served beside the demo pages. */
export interface ExtraPage {
  host: string;
  path: string;
  html: string;
  headers?: Record<string, string>;
}

/** Serves the demo pages on 127.0.0.1 (port 0 picks a free one), plus any `extra` pages. */
export async function startDemoSite(port = 0, extra: ExtraPage[] = []): Promise<DemoSite> {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = DEMO_PAGES.find((p) => p.host === host && p.path === path);
    const made = extra.find((p) => p.host === host && p.path === path);
    const send = (
      status: number,
      type: string,
      body: string | Buffer,
      headers: Record<string, string> = {},
    ) => {
      res.writeHead(status, {
        'content-type': `${type}; charset=utf-8`,
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    };
    if (made) {
      send(200, 'text/html', made.html, made.headers);
    } else if (page) {
      readFile(PAGES_DIR + page.file).then(
        (body) => send(200, 'text/html', body),
        () => send(500, 'text/plain', `cannot read ${page.file}`),
      );
    } else if (path === '/' && (host === 'localhost' || host === '127.0.0.1')) {
      send(200, 'text/html', indexPage(actualPort()));
    } else if (path === '/favicon.ico') {
      send(204, 'text/plain', '');
    } else {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = () => (server.address() as AddressInfo).port;
  const p = actualPort();
  return {
    server,
    port: p,
    url: (id) => {
      const page = DEMO_PAGES.find((d) => d.id === id);
      if (!page) throw new Error(`no demo page ${id}`);
      return `http://${page.host}:${p}${page.path}`;
    },
    indexUrl: `http://localhost:${p}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function indexPage(port: number): string {
  const items = DEMO_PAGES.map(
    (p) => `<li><a href="http://${p.host}:${port}${p.path}">${p.label}</a></li>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fellowship Lens demo pages</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem}</style></head>
<body><h1>Fellowship Lens demo pages</h1>
<p>Open the program pages: the extension recognises them, highlights what they teach and offer, and adds them to the comparison in its popup (the toolbar icon). The last two pages look alike but are not program pages: the extension leaves them alone.</p>
<ul>${items}</ul></body></html>`;
}
