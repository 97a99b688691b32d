import { Program, type PageReport } from '../messages/schema';
import type { LensDatabase } from './db';

/**
 * Records a visit to a program page: creates the program on its first page, otherwise merges the
 * page into it. One transaction; nothing but IndexedDB is awaited inside it.
 */
export async function recordVisit(db: LensDatabase, report: PageReport, now = Date.now()): Promise<Program> {
  const tx = db.transaction('programs', 'readwrite');
  const existing = Program.safeParse(await tx.store.get(report.programKey));
  const base: Program = existing.success
    ? existing.data
    : {
        programKey: report.programKey,
        name: null,
        institution: null,
        specialty: null,
        pages: [],
        firstSeen: now,
        lastSeen: now,
      };
  const pages = base.pages.filter((p) => p.url !== report.url);
  pages.push({ url: report.url, title: report.title, visitedAt: now });
  const program: Program = {
    ...base,
    // Keep the first name a page gave; a later page of the program may name it differently.
    name: base.name ?? report.programName,
    institution: base.institution ?? report.institution,
    specialty: base.specialty ?? report.specialty,
    pages,
    lastSeen: now,
  };
  await tx.store.put(program);
  await tx.done;
  return program;
}

/** Every stored program, most recently seen first. Bad records are reported and skipped. */
export async function listPrograms(db: LensDatabase): Promise<{ programs: Program[]; skipped: number }> {
  // Read the store, not the by-last-seen index: a record without a valid lastSeen would be
  // missing from the index, and must be reported rather than silently left out.
  const raw: unknown[] = await db.getAll('programs');
  const programs: Program[] = [];
  let skipped = 0;
  for (const record of raw) {
    const parsed = Program.safeParse(record);
    if (parsed.success) programs.push(parsed.data);
    else {
      skipped += 1;
      console.warn('Fellowship Lens: skipped a malformed program record', parsed.error.issues);
    }
  }
  programs.sort((a, b) => b.lastSeen - a.lastSeen);
  return { programs, skipped };
}
