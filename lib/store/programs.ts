import { Program, type PageAnalysis, type PageReport } from '../messages/schema';
import { observeDone, type LensDatabase } from './db';
import { resolveKey } from './aliases';
import { validRecords } from './valid';

/**
 * Records a visit to a program page: creates the program on its first page, otherwise merges the
 * page into it. One transaction; nothing but IndexedDB is awaited inside it.
 */
export async function recordVisit(db: LensDatabase, report: PageReport, now = Date.now()): Promise<Program> {
  const tx = observeDone(db.transaction(['programs', 'aliases'], 'readwrite'));
  const programKey = await resolveKey(tx.objectStore('aliases'), report.programKey);
  const store = tx.objectStore('programs');
  const existing = Program.safeParse(await store.get(programKey));
  const base: Program = existing.success
    ? existing.data
    : {
        programKey,
        name: null,
        customName: null,
        institution: null,
        specialty: null,
        pages: [],
        firstSeen: now,
        lastSeen: now,
      };
  const previous = base.pages.find((p) => p.url === report.url);
  const pages = base.pages.filter((p) => p !== previous);
  // Keep what an earlier visit found until this visit's analysis replaces it.
  pages.push({
    url: report.url,
    title: report.title,
    visitedAt: now,
    items: previous?.items ?? [],
    facts: previous?.facts ?? null,
    reasons: report.reasons,
  });
  const program: Program = {
    ...base,
    // Keep the first name a page gave; a later page of the program may name it differently.
    name: base.name ?? report.programName,
    institution: base.institution ?? report.institution,
    specialty: base.specialty ?? report.specialty,
    pages,
    lastSeen: now,
  };
  await store.put(program);
  await tx.done;
  return program;
}

/**
 * Stores what the annotator found on a page of a known program. Returns false when the program or
 * the page is not stored (the analysis of a page that was never recorded is not kept).
 */
export async function recordAnalysis(db: LensDatabase, analysis: PageAnalysis): Promise<boolean> {
  if (!analysis.programKey) return false;
  const tx = observeDone(db.transaction(['programs', 'aliases'], 'readwrite'));
  const store = tx.objectStore('programs');
  const parsed = Program.safeParse(
    await store.get(await resolveKey(tx.objectStore('aliases'), analysis.programKey)),
  );
  const page = parsed.success ? parsed.data.pages.find((p) => p.url === analysis.url) : undefined;
  if (!parsed.success || !page) {
    await tx.done;
    return false;
  }
  page.items = analysis.items;
  page.facts = analysis.facts;
  await store.put(parsed.data);
  await tx.done;
  return true;
}

/** Every stored program, most recently seen first. Bad records are reported and skipped. */
export async function listPrograms(db: LensDatabase): Promise<{ programs: Program[]; skipped: number }> {
  // Read the store, not the by-last-seen index: a record without a valid lastSeen would be
  // missing from the index, and must be reported rather than silently left out.
  const raw: unknown[] = await db.getAll('programs');
  const { valid: programs, skipped } = validRecords(Program, raw, 'program');
  programs.sort((a, b) => b.lastSeen - a.lastSeen);
  return { programs, skipped };
}
