import { Note, Program, type NoteInput } from '../messages/schema';
import { observeDone, type LensDatabase } from './db';
import { resolveKey } from './aliases';
import { validRecords } from './valid';

function newId(now: number): string {
  return `${now.toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Adds a note to a stored program. Throws when the program is not stored (or unreadable). */
export async function addNote(db: LensDatabase, input: NoteInput, now = Date.now()): Promise<Note> {
  const tx = observeDone(db.transaction(['programs', 'notes', 'aliases'], 'readwrite'));
  const programKey = await resolveKey(tx.objectStore('aliases'), input.programKey);
  if (!Program.safeParse(await tx.objectStore('programs').get(programKey)).success) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error('This program is not stored yet: reload the page and try again.');
  }
  const note: Note = { ...input, programKey, id: newId(now), createdAt: now, updatedAt: now };
  await tx.objectStore('notes').put(note);
  await tx.done;
  return note;
}

/** Replaces a note's text. Throws when there is no such note, so the editor can say so. */
export async function updateNote(db: LensDatabase, id: string, text: string, now = Date.now()) {
  const tx = observeDone(db.transaction('notes', 'readwrite'));
  const parsed = Note.safeParse(await tx.store.get(id));
  if (!parsed.success) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error('This note is no longer stored.');
  }
  await tx.store.put({ ...parsed.data, text, updatedAt: now });
  await tx.done;
  return now;
}

export async function deleteNote(db: LensDatabase, id: string): Promise<boolean> {
  const tx = observeDone(db.transaction('notes', 'readwrite'));
  const found = (await tx.store.getKey(id)) !== undefined;
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}

/** The notes attached to passages of one page (bad records reported and skipped). */
export async function passageNotesOf(db: LensDatabase, url: string): Promise<Note[]> {
  const raw: unknown[] = await db.getAllFromIndex('notes', 'by-url', url);
  return validRecords(Note, raw, 'note').valid.filter((n) => n.anchor !== null);
}
