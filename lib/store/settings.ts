import type { Weights } from '../messages/schema';
import type { LensDatabase } from './db';

const WEIGHTS_KEY = 'weights';

export async function saveWeights(db: LensDatabase, weights: Weights): Promise<void> {
  await db.put('settings', weights, WEIGHTS_KEY);
}

/** The stored weights, unvalidated: the reader checks them. */
export async function readWeights(db: LensDatabase): Promise<unknown> {
  return db.get('settings', WEIGHTS_KEY);
}
