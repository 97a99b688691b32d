// `npm run --silent analyze -- FILE [--url URL] [FILE [--url URL]]…`
// Parses each HTML file with happy-dom, runs the pipeline the extension runs in pages, and prints
// one JSON object per line, per file, in argument order. A missing or unreadable file gets a
// one-line error on stderr and a non-zero exit; the other files are still reported.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { analyzePage, toJsonRecord } from '../lib/analyze';

interface Job {
  file: string;
  url?: string;
}

function parseArgs(argv: string[]): Job[] {
  const jobs: Job[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      const url = argv[++i];
      const job = jobs.at(-1);
      if (!job || !url) throw new Error('--url needs a URL, after the FILE it applies to');
      job.url = url;
    } else jobs.push({ file: arg });
  }
  if (jobs.length === 0) throw new Error('usage: analyze FILE [--url URL] [FILE [--url URL]]…');
  return jobs;
}

async function analyzeFile({ file, url }: Job): Promise<string> {
  const html = await readFile(file, 'utf8');
  const address = url ?? pathToFileURL(resolve(file)).href;
  const window = new Window({
    url: address,
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  try {
    window.document.write(html);
    const result = analyzePage(window.document as unknown as Document, address);
    return JSON.stringify(toJsonRecord(file, result));
  } finally {
    await window.happyDOM.close();
  }
}

let failed = false;
try {
  for (const job of parseArgs(process.argv.slice(2))) {
    try {
      process.stdout.write(`${await analyzeFile(job)}\n`);
    } catch (error) {
      failed = true;
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'no such file'
          : error instanceof Error
            ? error.message
            : String(error);
      process.stderr.write(`analyze: ${job.file}: ${reason}\n`);
    }
  }
} catch (error) {
  failed = true;
  process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
}
process.exitCode = failed ? 1 : 0;
