import { MAX_TAGS, Program, ProgramNotes, type ProgramPage } from '../messages/schema';
import type { IDBPTransaction, StoreNames } from 'idb';
import { observeDone, type LensDatabase, type LensDB } from './db';

/** Gives a program the user's own name; null or blank goes back to the name its pages gave. */
export async function renameProgram(db: LensDatabase, programKey: string, name: string | null) {
  const tx = observeDone(db.transaction('programs', 'readwrite'));
  const parsed = Program.safeParse(await tx.store.get(programKey));
  if (!parsed.success) {
    tx.abort();
    await tx.done.catch(() => {});
    return false;
  }
  await tx.store.put({ ...parsed.data, customName: name?.trim() || null });
  await tx.done;
  return true;
}

/**
 * Merges program `from` into `into`, in one transaction: pages (a page in both keeps its latest
 * visit), notes, the user's note, rating and tags, and an alias so later visits to `from`'s pages
 * land in `into`. Throws, changing nothing, when either program is missing or unreadable.
 */
export async function mergePrograms(db: LensDatabase, from: string, into: string): Promise<void> {
  if (from === into) throw new Error('A program cannot be merged into itself.');
  const tx = observeDone(db.transaction(['programs', 'notes', 'programNotes', 'aliases'], 'readwrite'));
  if (!(await mergeWithin(tx, from, into))) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error('Both programs must be stored (and readable) to merge them.');
  }
  await tx.done;
}

/** A read-write transaction over the stores a merge touches (and perhaps more). */
type MergeTransaction = Pick<
  IDBPTransaction<
    LensDB,
    ['programs', 'notes', 'programNotes', 'aliases', ...StoreNames<LensDB>[]],
    'readwrite'
  >,
  'objectStore'
>;

/**
 * The merge itself, inside the caller's transaction (an import merges what the user merged since
 * the backup was made). False, having written nothing, when either program is missing or unreadable.
 */
export async function mergeWithin(tx: MergeTransaction, from: string, into: string): Promise<boolean> {
  const programs = tx.objectStore('programs');
  const source = Program.safeParse(await programs.get(from));
  const target = Program.safeParse(await programs.get(into));
  if (!source.success || !target.success) return false;
  const a = target.data;
  const b = source.data;
  await programs.put({
    ...a,
    name: a.name ?? b.name,
    customName: a.customName ?? b.customName,
    institution: a.institution ?? b.institution,
    specialty: a.specialty ?? b.specialty,
    pages: mergePages(a.pages, b.pages),
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    lastSeen: Math.max(a.lastSeen, b.lastSeen),
  });
  await programs.delete(from);

  const notes = tx.objectStore('notes');
  for (const raw of await notes.index('by-program').getAll(from)) {
    // A malformed note is moved as it is: merging must not be where notes get lost.
    await notes.put({ ...raw, programKey: into });
  }

  const desk = tx.objectStore('programNotes');
  const mine = ProgramNotes.safeParse(await desk.get(from));
  if (mine.success) {
    const theirs = ProgramNotes.safeParse(await desk.get(into));
    await desk.put(
      theirs.success ? joinProgramNotes(theirs.data, mine.data) : { ...mine.data, programKey: into },
    );
    await desk.delete(from);
  }

  const aliases = tx.objectStore('aliases');
  for (const alias of await aliases.getAll()) {
    if (alias.to === from) await aliases.put({ from: alias.from, to: into });
  }
  await aliases.put({ from, to: into });
  return true;
}

export function mergePages(kept: ProgramPage[], moved: ProgramPage[]): ProgramPage[] {
  const byUrl = new Map(kept.map((p) => [p.url, p]));
  for (const page of moved) {
    const other = byUrl.get(page.url);
    if (!other || other.visitedAt < page.visitedAt) byUrl.set(page.url, page);
  }
  return [...byUrl.values()];
}

/** One program's notes from two (a merge): both texts, the rating of `into` first, all tags. */
export function joinProgramNotes(into: ProgramNotes, from: ProgramNotes): ProgramNotes {
  const texts = [into.text.trim(), from.text.trim()].filter(Boolean);
  return {
    programKey: into.programKey,
    text: [...new Set(texts)].join('\n\n'),
    rating: into.rating ?? from.rating,
    tags: [...new Set([...into.tags, ...from.tags])].slice(0, MAX_TAGS),
    updatedAt: Math.max(into.updatedAt, from.updatedAt),
  };
}

/** Deletes a program with its notes, its rating and tags, and the aliases that lead to it. */
export async function deleteProgram(db: LensDatabase, programKey: string): Promise<boolean> {
  const tx = observeDone(db.transaction(['programs', 'notes', 'programNotes', 'aliases'], 'readwrite'));
  const found = (await tx.objectStore('programs').getKey(programKey)) !== undefined;
  await tx.objectStore('programs').delete(programKey);
  const notes = tx.objectStore('notes');
  for (const id of await notes.index('by-program').getAllKeys(programKey)) await notes.delete(id);
  await tx.objectStore('programNotes').delete(programKey);
  const aliases = tx.objectStore('aliases');
  for (const alias of await aliases.getAll()) {
    if (alias.to === programKey) await aliases.delete(alias.from);
  }
  await tx.done;
  return found;
}
