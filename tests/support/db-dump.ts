import type { LensDatabase } from '../../lib/store';

/** Every record of every store, with its key, in key order: the database as it is. */
export interface DbDump {
  version: number;
  stores: Record<string, Array<[IDBValidKey, unknown]>>;
}

/**
 * Reads every store in one read-only transaction (nothing but IndexedDB awaited inside it). Records
 * are taken as stored, unvalidated, so a bad record counts as much as a good one.
 */
export async function dumpDb(db: LensDatabase): Promise<DbDump> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const stores: DbDump['stores'] = {};
  for (const name of names) {
    const rows: Array<[IDBValidKey, unknown]> = [];
    for (let cursor = await tx.objectStore(name).openCursor(); cursor; cursor = await cursor.continue()) {
      rows.push([cursor.key, cursor.value]);
    }
    stores[name] = rows;
  }
  await tx.done;
  return { version: db.version, stores };
}

/**
 * The dump as one canonical string: every record field by field in its stored key order, every
 * value with its type (so 1 and "1", null and undefined, 0 and -0 differ). Equal text means the
 * same records with the same keys, fields and values. (V8's own serializer is not canonical: it
 * writes the same ASCII text in one or two bytes a character depending on how the string was made.)
 */
export function dumpText(dump: DbDump): string {
  return encode(dump);
}

function encode(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  switch (typeof value) {
    case 'string':
      return `s${JSON.stringify(value)}`;
    case 'number':
      return Object.is(value, -0) ? 'd-0' : `d${String(value)}`;
    case 'boolean':
      return value ? 't' : 'f';
    case 'bigint':
      return `b${value}`;
  }
  if (value instanceof Date) return `D${value.getTime()}`;
  if (Array.isArray(value)) return `[${Array.from(value, encode).join(',')}]`;
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${encode(v)}`);
    return `{${fields.join(',')}}`;
  }
  // The store keeps plain data only: anything else is a finding, not something to encode loosely.
  throw new Error(`dumpText: unexpected ${Object.prototype.toString.call(value)} in the database`);
}
