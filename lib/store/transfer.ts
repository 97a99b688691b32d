import { Note, Program, ProgramNotes, Weights } from '../messages/schema';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExportFile, type ExportFile } from '../transfer/export-file';
import { observeDone, type LensDatabase } from './db';
import { joinProgramNotes, mergePages, mergeWithin } from './manage';
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
 * the later edit. Merges are kept from both sides: a program the user merged since the backup was
 * made lands in the program it was merged into, and one the file merged is merged here too.
 * Validated first, written in one transaction: a bad file changes nothing.
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
  const aliases = tx.objectStore('aliases');
  const stored = (await aliases.getAll()).filter(
    (a) => typeof a?.from === 'string' && typeof a.to === 'string',
  );
  // Where a key's records land: the database's merges win over the file's.
  const into = new Map([...file.aliases, ...stored].map((a) => [a.from, a.to]));
  const resolve = (key: string) => {
    // A chain of merges, bounded: a cycle in a hand-edited file must not hang the import.
    for (
      let i = 0, next = into.get(key);
      i < 16 && next !== undefined && next !== key;
      i++, next = into.get(key)
    )
      key = next;
    return key;
  };

  const programs = tx.objectStore('programs');
  for (const incoming of file.programs) {
    const program = { ...incoming, programKey: resolve(incoming.programKey) };
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
  const notes = file.notes.map((n) => ({ ...n, programKey: resolve(n.programKey) }));
  await putNewer(tx.objectStore('notes'), notes, (n) => n.id, Note);
  const desk = tx.objectStore('programNotes');
  for (const incoming of file.programNotes) {
    const key = resolve(incoming.programKey);
    if (key === incoming.programKey) {
      await putNewer(desk, [incoming], (n) => n.programKey, ProgramNotes);
      continue;
    }
    // The notes of a program merged away join those of the program it was merged into, unless
    // that one was saved since (the merge itself joined them, or the user edited them after it).
    const theirs = ProgramNotes.safeParse(await desk.get(key));
    if (!theirs.success) await desk.put({ ...incoming, programKey: key });
    else if (theirs.data.updatedAt < incoming.updatedAt)
      await desk.put(joinProgramNotes(theirs.data, incoming));
  }
  const known = new Set(stored.map((a) => a.from));
  for (const alias of file.aliases) if (!known.has(alias.from)) await aliases.put(alias);
  // A program stored here that the file merged away is merged here too (when its target is stored).
  for (const from of into.keys()) {
    const target = resolve(from);
    if (target !== from && (await programs.getKey(from)) !== undefined) await mergeWithin(tx, from, target);
  }
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
