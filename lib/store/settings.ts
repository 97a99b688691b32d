import type { Weights } from '../messages/schema';
import { observeDone, type LensDatabase } from './db';

/** The settings record that holds the user's weights. */
export const WEIGHTS_KEY = 'weights';

export async function saveWeights(db: LensDatabase, weights: Weights): Promise<void> {
  const tx = observeDone(db.transaction('settings', 'readwrite'));
  await tx.store.put(weights, WEIGHTS_KEY);
  await tx.done;
}

/** The stored weights, unvalidated: the reader checks them. */
export async function readWeights(db: LensDatabase): Promise<unknown> {
  return db.get('settings', WEIGHTS_KEY);
}
