import { Note, ProgramNotes, Weights, type Desk } from '../messages/schema';
import type { LensDatabase } from './db';
import { listPrograms } from './programs';
import { readWeights } from './settings';
import { validRecords } from './valid';

/** Everything the popup and the full view show. Bad records are reported, counted and skipped. */
export async function loadDesk(db: LensDatabase): Promise<Desk> {
  const [{ programs, skipped }, notes, programNotes, weights] = await Promise.all([
    listPrograms(db),
    db.getAll('notes').then((raw) => validRecords(Note, raw, 'note')),
    db.getAll('programNotes').then((raw) => validRecords(ProgramNotes, raw, 'program note')),
    readWeights(db),
  ]);
  const parsedWeights = Weights.safeParse(weights ?? {});
  if (!parsedWeights.success)
    console.warn('Fellowship Lens: ignored malformed weights', parsedWeights.error.issues);
  notes.valid.sort((a, b) => a.createdAt - b.createdAt);
  return {
    programs,
    notes: notes.valid,
    programNotes: programNotes.valid,
    weights: parsedWeights.data ?? {},
    skipped: skipped + notes.skipped + programNotes.skipped + (parsedWeights.success ? 0 : 1),
  };
}
