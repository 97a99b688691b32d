import type { ProgramNotesInput } from '../messages/schema';
import { observeDone, type LensDatabase } from './db';

/**
 * Saves the user's note, rating and tags for a program. Called as they type, so it is one small
 * put; a program that is not (or no longer) stored still keeps its notes rather than losing them.
 */
export async function saveProgramNotes(
  db: LensDatabase,
  input: ProgramNotesInput,
  now = Date.now(),
): Promise<number> {
  const tx = observeDone(db.transaction(['programNotes', 'aliases'], 'readwrite'));
  const alias = await tx.objectStore('aliases').get(input.programKey);
  if (alias) {
    // An editor left open on a program that was merged since: its full draft would replace the
    // merged program's joined notes, rating and tags. Refused, the user is told where they went.
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error('This program was merged into another one: edit your notes there.');
  }
  await tx.objectStore('programNotes').put({ ...input, updatedAt: now });
  await tx.done;
  return now;
}
