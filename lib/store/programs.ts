import { Program, type Note, type NoteInput, type PageAnalysis, type PageReport } from '../messages/schema';
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
        notes: [],
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
  await tx.store.put(program);
  await tx.done;
  return program;
}

/**
 * Stores what the annotator found on a page of a known program. Returns false when the program or
 * the page is not stored (the analysis of a page that was never recorded is not kept).
 */
export async function recordAnalysis(db: LensDatabase, analysis: PageAnalysis): Promise<boolean> {
  if (!analysis.programKey) return false;
  const tx = db.transaction('programs', 'readwrite');
  const parsed = Program.safeParse(await tx.store.get(analysis.programKey));
  const page = parsed.success ? parsed.data.pages.find((p) => p.url === analysis.url) : undefined;
  if (!parsed.success || !page) {
    await tx.done;
    return false;
  }
  page.items = analysis.items;
  page.facts = analysis.facts;
  await tx.store.put(parsed.data);
  await tx.done;
  return true;
}

/** Adds a note to a stored program. Throws when the program is not stored (or unreadable). */
export async function addNote(db: LensDatabase, input: NoteInput, now = Date.now()): Promise<Note> {
  const tx = db.transaction('programs', 'readwrite');
  const parsed = Program.safeParse(await tx.store.get(input.programKey));
  if (!parsed.success) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error('This program is not stored yet: reload the page and try again.');
  }
  const { programKey: _key, ...fields } = input;
  const note: Note = {
    ...fields,
    id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    createdAt: now,
  };
  parsed.data.notes.push(note);
  await tx.store.put(parsed.data);
  await tx.done;
  return note;
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
