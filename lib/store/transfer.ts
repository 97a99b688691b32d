import { Note, Program, ProgramNotes, Weights } from '../messages/schema';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExportFile, type ExportFile } from '../transfer/export-file';
import { observeDone, type LensDatabase } from './db';
import { mergePages } from './manage';
import { WEIGHTS_KEY } from './settings';
import { validRecords } from './valid';

/** Everything stored, as an export file. Unreadable records are left out (and counted). */
export async function exportData(
  db: LensDatabase,
  now = new Date(),
): Promise<{ file: ExportFile; skipped: number }> {
  const tx = observeDone(db.transaction(['programs', 'notes', 'programNotes', 'aliases', 'settings']));
  const [programs, notes, programNotes, aliases, weights] = await Promise.all([
    tx.objectStore('programs').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('programNotes').getAll(),
    tx.objectStore('aliases').getAll(),
    tx.objectStore('settings').get(WEIGHTS_KEY),
  ]);
  await tx.done;
  const p = validRecords(Program, programs, 'program');
  const keys = new Set(p.valid.map((x) => x.programKey));
  const n = validRecords(Note, notes, 'note');
  const d = validRecords(ProgramNotes, programNotes, 'program note');
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    programs: p.valid,
    // Notes of a program that is not readable would make the file fail its own import.
    notes: n.valid.filter((x) => keys.has(x.programKey)),
    programNotes: d.valid.filter((x) => keys.has(x.programKey)),
    aliases,
    weights: Weights.safeParse(weights).data ?? {},
  };
  return { file, skipped: p.skipped + n.skipped + d.skipped };
}

/**
 * Imports an export file into the database, merged with what is there: a program in both keeps
 * the pages of both (a page in both, its latest visit), a note or a program's note in both keeps
 * the later edit. Validated first, written in one transaction: a bad file changes nothing.
 */
export async function importData(
  db: LensDatabase,
  value: unknown,
): Promise<{ programs: number; notes: number }> {
  const parsed = parseExportFile(value);
  if (!parsed.ok) throw new Error(parsed.error);
  const { file } = parsed;
  const tx = observeDone(
    db.transaction(['programs', 'notes', 'programNotes', 'aliases', 'settings'], 'readwrite'),
  );
  const programs = tx.objectStore('programs');
  for (const program of file.programs) {
    const mine = Program.safeParse(await programs.get(program.programKey));
    await programs.put(
      mine.success
        ? {
            ...mine.data,
            customName: mine.data.customName ?? program.customName,
            pages: mergePages(mine.data.pages, program.pages),
            firstSeen: Math.min(mine.data.firstSeen, program.firstSeen),
            lastSeen: Math.max(mine.data.lastSeen, program.lastSeen),
          }
        : program,
    );
  }
  await putNewer(tx.objectStore('notes'), file.notes, (n) => n.id, Note);
  await putNewer(tx.objectStore('programNotes'), file.programNotes, (n) => n.programKey, ProgramNotes);
  for (const alias of file.aliases) await tx.objectStore('aliases').put(alias);
  const settings = tx.objectStore('settings');
  const weights = Weights.safeParse(await settings.get(WEIGHTS_KEY)).data ?? {};
  await settings.put({ ...file.weights, ...weights }, WEIGHTS_KEY);
  await tx.done;
  return { programs: file.programs.length, notes: file.notes.length };
}

async function putNewer<T extends { updatedAt: number }>(
  store: { get(key: string): Promise<unknown>; put(value: T): Promise<unknown> },
  records: T[],
  keyOf: (record: T) => string,
  schema: { safeParse(value: unknown): { success: boolean; data?: T } },
) {
  for (const record of records) {
    const mine = schema.safeParse(await store.get(keyOf(record)));
    if (!mine.success || (mine.data?.updatedAt ?? 0) <= record.updatedAt) await store.put(record);
  }
}
