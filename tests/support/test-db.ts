import { afterEach } from 'vitest';
import { openLensDb, type LensDatabase } from '../../lib/store';

let open: LensDatabase[] = [];
let counter = 0;

/** A fresh, uniquely named database for one test; closed after it. */
export async function freshDb(): Promise<LensDatabase> {
  const db = await openLensDb(`test-${++counter}-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}

afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
