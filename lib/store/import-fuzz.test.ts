import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import type { Result } from '../messages/schema';
import { MAX_IMPORT_BYTES, parseExportFile, readExportText } from '../transfer/export-file';
import { dumpDb, dumpText, type DbDump } from '../../tests/support/db-dump';
import { fillDb } from '../../tests/support/filled-db';
import { exportData, loadDesk, openLensDb, type LensDatabase } from '.';

// Every input goes where a file picked in the full view goes: an 'import-data' request to the real
// background (router, readExportText, importData) over WXT's fake browser, into a database filled
// as weeks of use would fill it. Each one either imports cleanly or is refused with a short message
// that says what is wrong, and a refused file leaves every store exactly as it was.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
type Path = Array<string | number>;
type Imported = { programs: number; notes: number };

/** A record the extension cannot read: an import must neither crash on it nor touch it. */
const UNREADABLE = { programKey: 'broken.example.edu/pain', pages: 'not a list' };

/** The messages a refused file may get, one per kind of problem. */
const REFUSALS = {
  size: /too large to be an export/,
  json: /not valid JSON/,
  format: /not a Fellowship Lens export/,
  version: /schema version/,
  damaged: /This export is damaged, nothing was imported/,
};
const ANY_REFUSAL = new RegExp(
  Object.values(REFUSALS)
    .map((r) => r.source)
    .join('|'),
);
/** FUZZ_SCALE=10 runs ten times as many cases (a deeper pass than `npm run unit` needs). */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const TIMEOUT = 60_000 * SCALE;
/** Shown in one line of the full view: long enough to name the problem, short enough to read. */
const MAX_MESSAGE = 1000;

let validText: string;
let valid: Json;
let paths: Path[];

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  const source = await openLensDb('fuzz-source');
  await fillDb(source);
  const { file, skipped } = await exportData(source, new Date('2026-11-21T08:00:00Z'));
  source.close();
  expect(skipped).toBe(0);
  validText = JSON.stringify(file);
  valid = JSON.parse(validText) as Json;
  paths = pathsOf(valid);
});

beforeEach(() => {
  // The router logs each refused request, and reading the unreadable record warns: expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** A background started on a fresh browser profile, and a connection to its (filled) database. */
async function startBackground(): Promise<LensDatabase> {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  background.main();
  const db = await openLensDb();
  await fillDb(db);
  await db.put('programs', UNREADABLE as never);
  return db;
}

async function sendImport(text: string): Promise<Result<Imported>> {
  return (await fakeBrowser.runtime.sendMessage({ type: 'import-data', text })) as Result<Imported>;
}

function expectSameDb(after: DbDump, before: DbDump) {
  // The canonical text first (exact); on a difference, the records themselves for a readable diff.
  if (dumpText(after) !== dumpText(before)) {
    expect(after).toEqual(before);
    expect.fail('the database changed in its key order or value types, though not in its values');
  }
}

function expectReadableRefusal(error: string, expected: RegExp) {
  expect(error.trim()).not.toBe('');
  expect(error.length).toBeLessThanOrEqual(MAX_MESSAGE);
  expect(error).toMatch(expected);
}

/**
 * Imports `text` into a filled database through the background and checks the outcome: a refusal
 * must match `expected`, pass `names` and leave every record exactly as it was; an import
 * must leave a database that reads back whole and exports a file that imports.
 */
async function importAndCheck(
  text: string,
  expected: RegExp = ANY_REFUSAL,
  names: (error: string) => void = () => {},
): Promise<'imported' | 'refused'> {
  const db = await startBackground();
  try {
    const before = await dumpDb(db);
    const answer = await sendImport(text);
    if (!answer.ok) {
      expectReadableRefusal(answer.error, expected);
      names(answer.error);
      expectSameDb(await dumpDb(db), before);
      return 'refused';
    }
    // The background and the reader agree on what the file holds.
    const read = readExportText(text);
    if (!read.ok) return expect.fail(`imported a file the reader refuses: ${read.error}`);
    expect(answer.value).toEqual({ programs: read.file.programs.length, notes: read.file.notes.length });
    const desk = await loadDesk(db);
    // Only the record that was already unreadable is skipped (unless the file replaced it).
    expect(desk.skipped).toBeLessThanOrEqual(1);
    const stored = new Set(desk.programs.map((p) => p.programKey));
    for (const program of read.file.programs) expect(stored).toContain(program.programKey);
    const again = parseExportFile(JSON.parse(JSON.stringify((await exportData(db)).file)));
    expect(again.ok ? '' : again.error).toBe('');
    return 'imported';
  } finally {
    db.close();
  }
}

describe('import fuzzing: every bad file is refused with a reason and changes nothing', () => {
  test('the untouched export imports', async () => {
    expect(await importAndCheck(validText)).toBe('imported');
    // As the full view writes it: indented.
    expect(await importAndCheck(JSON.stringify(valid, null, 2))).toBe('imported');
  });

  test(
    'a file cut short at any point is refused as invalid JSON',
    async () => {
      await fc.assert(
        fc.asyncProperty(offset(), async (cut) => {
          expect(await importAndCheck(validText.slice(0, cut), REFUSALS.json)).toBe('refused');
        }),
        { numRuns: 120 * SCALE },
      );
    },
    TIMEOUT,
  );

  test(
    'a file with a character deleted, inserted or replaced anywhere imports cleanly or is refused',
    async () => {
      const char = fc.oneof(
        fc.constantFrom(
          ...'{}[]",:\\ 0123456789-+.eEtfnul'.split(''),
          '\u0000',
          '\n',
          '\u2028',
          '🩺',
          '\ud800',
        ),
        fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
      );
      const edit = fc.record({
        at: offset(),
        kind: fc.constantFrom('delete', 'insert', 'replace'),
        char,
      });
      await fc.assert(
        fc.asyncProperty(edit, async ({ at, kind, char }) => {
          const text =
            validText.slice(0, at) +
            (kind === 'delete' ? '' : char) +
            validText.slice(kind === 'insert' ? at : at + 1);
          await importAndCheck(text);
        }),
        { numRuns: 150 * SCALE },
      );
    },
    TIMEOUT,
  );

  test(
    'any JSON that is not an export, or a file whose format is wrong or missing, is refused as not an export',
    async () => {
      const notAnObject = fc
        .jsonValue()
        .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v));
      const otherObject = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }));
      const wrongFormat = fc
        .option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined })
        .filter((f) => f !== 'fellowship-lens-export')
        .map((format) => ({ ...(valid as object), format }));
      await fc.assert(
        fc.asyncProperty(fc.oneof(notAnObject, otherObject, wrongFormat), async (value) => {
          expect(await importAndCheck(JSON.stringify(value), REFUSALS.format)).toBe('refused');
        }),
        { numRuns: 80 * SCALE },
      );
      // Random text that happens to be neither JSON nor an export.
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 300, unit: 'binary' }), async (text) => {
          await importAndCheck(text, new RegExp(`${REFUSALS.json.source}|${REFUSALS.format.source}`));
        }),
        { numRuns: 60 * SCALE },
      );
    },
    TIMEOUT,
  );

  test(
    'a file of another schema version is refused, naming the version',
    async () => {
      const version = fc
        .oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .filter((v) => JSON.stringify(v) !== '1');
      await fc.assert(
        fc.asyncProperty(version, async (schemaVersion) => {
          const text = JSON.stringify({ ...(valid as object), schemaVersion });
          expect(await importAndCheck(text, REFUSALS.version)).toBe('refused');
        }),
        { numRuns: 60 * SCALE },
      );
    },
    TIMEOUT,
  );

  test('a file without a schema version is told so, not "version undefined"', async () => {
    const { schemaVersion: _v, ...rest } = valid as Record<string, Json>;
    const outcome = await importAndCheck(JSON.stringify(rest), REFUSALS.version, (error) => {
      expect(error).not.toMatch(/undefined/);
      expect(error).toMatch(/no schema version/);
    });
    expect(outcome).toBe('refused');
  });

  test(
    'a file with one field replaced, deleted, blown up or added imports cleanly or is refused naming where',
    async () => {
      const huge = fc.record({
        length: fc.integer({ min: 10_000, max: 2_000_000 }),
        char: fc.constantFrom('x', 'é', '🩺', '"', '\\', '\u0000', '<'),
      });
      // Half the time a path near the top (the file's own fields, whole records), where one
      // mutation reaches the messages that quote what they read.
      const path = fc.oneof(
        fc.constantFrom(...paths),
        fc.constantFrom(...paths.filter((p) => p.length <= 2)),
      );
      const container = fc.constantFrom(...paths.filter((p) => p.length <= 2 && isContainer(at(valid, p))));
      const mutation = fc.oneof(
        fc.record({
          kind: fc.constant('replace' as const),
          path: fc.constantFrom(...paths),
          value: fc.jsonValue(),
        }),
        fc.record({
          kind: fc.constant('delete' as const),
          path: fc.constantFrom(...paths.filter((p) => p.length)),
        }),
        fc.record({ kind: fc.constant('huge' as const), path, huge }),
        fc.record({
          kind: fc.constant('extra' as const),
          path: fc.oneof(container, fc.constantFrom(...paths.filter((p) => isContainer(at(valid, p))))),
          key: fc.oneof(
            fc.string(),
            fc.constantFrom('__proto__', 'constructor', 'prototype', 'programKey', 'x'.repeat(50_000)),
          ),
          value: fc.oneof(
            fc.jsonValue({ maxDepth: 2 }),
            huge.map(({ length, char }) => char.repeat(length)),
          ),
        }),
      );
      const outcomes = { imported: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const changed = mutate(valid, m.path, (parent, key) => {
            if (m.kind === 'replace') return setOwn(parent, key, m.value);
            if (m.kind === 'huge') return setOwn(parent, key, m.huge.char.repeat(m.huge.length));
            if (m.kind === 'delete') {
              if (Array.isArray(parent)) parent.splice(key as number, 1);
              else delete (parent as Record<string, Json>)[key];
              return;
            }
            const target = (parent as Record<string | number, Json>)[key]!;
            if (Array.isArray(target)) target.push(m.value);
            else setOwn(target, m.key, m.value);
          });
          outcomes[await importAndCheck(JSON.stringify(changed), ANY_REFUSAL, namesPath(m.path))] += 1;
        }),
        { numRuns: 300 * SCALE },
      );
      // Both outcomes were exercised (a property that only ever refuses would test half of it).
      expect(outcomes.imported).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

describe('oversized and pathological files', () => {
  test('a file over the size limit is refused before it is parsed; one at the limit imports', async () => {
    // The limit is in UTF-8 bytes, as on disk (the file holds non-ASCII names and quotes).
    const bytes = new TextEncoder().encode(validText).length;
    expect(bytes).toBeGreaterThan(validText.length);
    const pad = (length: number) => validText + ' '.repeat(length - bytes);
    expect(await importAndCheck(pad(MAX_IMPORT_BYTES + 1), REFUSALS.size)).toBe('refused');
    expect(await importAndCheck(pad(MAX_IMPORT_BYTES))).toBe('imported');
    // Oversized by one field, and by a string past even the message schema's bound.
    const note = (text: string) => validText.replace('"Ask about SCS"', JSON.stringify(text));
    expect(await importAndCheck(note('x'.repeat(MAX_IMPORT_BYTES)), REFUSALS.size)).toBe('refused');
    const db = await startBackground();
    const before = await dumpDb(db);
    const answer = await sendImport(' '.repeat(4 * MAX_IMPORT_BYTES + 1));
    expect(answer.ok).toBe(false);
    if (!answer.ok) expectReadableRefusal(answer.error, /too big|too large/i);
    expectSameDb(await dumpDb(db), before);
    db.close();
  }, 60_000);

  test.each([
    ['a byte-order mark before the JSON', () => `\ufeff${validText}`, REFUSALS.json],
    ['an empty file', () => '', REFUSALS.json],
    [
      'a number too large for a double',
      () => validText.replace('"visitedAt":1', '"visitedAt":1e999'),
      REFUSALS.damaged,
    ],
    [
      'an array nested 100,000 deep',
      () => validText.replace(/"weights":\{[^}]*\}/, `"weights":{"x":${'['.repeat(1e5)}${']'.repeat(1e5)}}`),
      REFUSALS.damaged,
    ],
    ['an array nested 1,000,000 deep and unclosed', () => '['.repeat(1e6), REFUSALS.json],
    [
      'a huge weights key',
      () => validText.replace('"vacationDays":2', `${JSON.stringify('k'.repeat(1e6))}:2`),
      REFUSALS.damaged,
    ],
    [
      'a huge schema version',
      () => validText.replace('"schemaVersion":1', `"schemaVersion":${JSON.stringify('9'.repeat(1e6))}`),
      REFUSALS.version,
    ],
    [
      '20,001 programs',
      () =>
        JSON.stringify({ ...(valid as object), programs: manyPrograms(20_001), notes: [], programNotes: [] }),
      REFUSALS.damaged,
    ],
  ])('%s is refused with a short message and changes nothing', async (_label, text, expected) => {
    expect(await importAndCheck(text(), expected)).toBe('refused');
  });
});

describe('importing the same file twice', () => {
  test('is idempotent: the second import changes no byte, into an empty or the original database', async () => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    background.main();
    const empty = await openLensDb();
    expect(await sendImport(validText)).toMatchObject({ ok: true });
    const once = await dumpDb(empty);
    const desk = await loadDesk(empty);
    expect(await sendImport(validText)).toMatchObject({ ok: true });
    expectSameDb(await dumpDb(empty), once);
    expect(await loadDesk(empty)).toEqual(desk);
    empty.close();

    // The database's own export, imported back into it: nothing changes but key order.
    const filled = await startBackground();
    const original = await loadDesk(filled);
    const own = JSON.stringify((await exportData(filled)).file);
    expect(await sendImport(own)).toMatchObject({ ok: true });
    const first = await dumpDb(filled);
    expect(await loadDesk(filled)).toEqual(original);
    expect(await sendImport(own)).toMatchObject({ ok: true });
    expectSameDb(await dumpDb(filled), first);
    filled.close();
  });
});

/** A place in the valid text: anywhere alike, or (fast-check's bias) near its ends. */
function offset() {
  const at = fc.integer({ min: 0, max: validText.length - 1 });
  return fc.oneof(fc.noBias(at), at);
}

/** A refused mutated file must name where it went wrong (or that a note lost its program). */
function namesPath(path: Path) {
  return (error: string) => {
    const [top, index] = path;
    if (top === undefined || top === 'format') return expect(error).toMatch(REFUSALS.format);
    if (top === 'schemaVersion') return expect(error).toMatch(REFUSALS.version);
    expect(error).toMatch(REFUSALS.damaged);
    if (/refers to "/.test(error)) return;
    expect(error).toContain(typeof index === 'number' ? `${top}.${index}` : String(top));
  };
}

function isContainer(value: Json | undefined): value is Json[] | { [key: string]: Json } {
  return typeof value === 'object' && value !== null;
}

function at(value: Json, path: Path): Json | undefined {
  let here: Json | undefined = value;
  for (const key of path) here = isContainer(here) ? (here as Record<string | number, Json>)[key] : undefined;
  return here;
}

/** Every path into `value`, the root ([]) included. */
function pathsOf(value: Json, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (isContainer(value))
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

/**
 * A deep copy of `root` with `change(parent, key)` applied where `path` leads (the root itself:
 * parent is a wrapper and key 'root').
 */
function mutate(root: Json, path: Path, change: (parent: Json, key: string | number) => void): Json {
  const wrapper: { root: Json } = { root: structuredClone(root) };
  let parent: Json = wrapper as unknown as Json;
  let key: string | number = 'root';
  for (const step of path) {
    parent = (parent as Record<string | number, Json>)[key]!;
    key = step;
  }
  change(parent, key);
  return wrapper.root;
}

/** Sets an own property, even `__proto__` (a plain assignment would change the prototype). */
function setOwn(target: Json, key: string | number, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function manyPrograms(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    programKey: `p${i}.example.edu/pain`,
    name: null,
    customName: null,
    institution: null,
    specialty: null,
    pages: [],
    firstSeen: 1,
    lastSeen: 1,
  }));
}
