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
  await tx
    .objectStore('programNotes')
    .put({ ...input, programKey: alias?.to ?? input.programKey, updatedAt: now });
  await tx.done;
  return now;
}
