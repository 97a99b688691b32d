import * as z from 'zod';
import { Note, Program, ProgramNotes, Weights } from '../messages/schema';

export const EXPORT_FORMAT = 'fellowship-lens-export';
/** Bumped when the file's shape changes; a reader refuses versions it does not know. */
export const EXPORT_VERSION = 1;
import { MAX_IMPORT_BYTES } from './limits';

export { MAX_IMPORT_BYTES };

/** Everything the user has, as the JSON export carries it. */
export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  programs: z.array(Program).max(20_000),
  notes: z.array(Note).max(200_000),
  programNotes: z.array(ProgramNotes).max(20_000),
  aliases: z.array(z.object({ from: z.string().min(1), to: z.string().min(1) })).max(20_000),
  weights: Weights,
});
export type ExportFile = z.infer<typeof ExportFile>;

export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; error: string };

/**
 * Checks an import, most telling problem first: not an export at all, another version, then the
 * first few records that do not fit, by path. Never throws.
 */
export function parseExportFile(value: unknown): ParsedImport {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'This file is not a Fellowship Lens export (it is not a JSON object).' };
  }
  const { format, schemaVersion } = value as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: 'This file is not a Fellowship Lens export (its "format" field is missing or different).',
    };
  }
  if (schemaVersion !== EXPORT_VERSION) {
    const has = schemaVersion === undefined ? 'no schema version' : `schema version ${quote(schemaVersion)}`;
    return {
      ok: false,
      error: `This export has ${has}; this version of Fellowship Lens reads version ${EXPORT_VERSION}.`,
    };
  }
  const parsed = ExportFile.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${clip(i.path.join('.'), 120) || '(file)'}: ${clip(i.message, 200)}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { ok: false, error: `This export is damaged, nothing was imported. ${issues.join('; ')}${more}` };
  }
  const keys = new Set(parsed.data.programs.map((p) => p.programKey));
  const orphan = [...parsed.data.notes, ...parsed.data.programNotes].find((n) => !keys.has(n.programKey));
  if (orphan) {
    return {
      ok: false,
      error: `This export is damaged, nothing was imported: a note refers to ${quote(orphan.programKey)}, which is not among its programs.`,
    };
  }
  return { ok: true, file: parsed.data };
}

/** What a message quotes from the file (a key, a version): a line at most, never the whole of it. */
function quote(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // A BigInt or a cycle (only from a caller that did not parse JSON): say what kind it is.
  }
  return clip(text ?? typeof value, 80);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Reads the text of an import file: size and JSON syntax first, with a message a user can act on.
 */
export function readExportText(text: string): ParsedImport {
  if (utf8Exceeds(text, MAX_IMPORT_BYTES)) {
    return {
      ok: false,
      error: `This file is too large to be an export (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `This file is not valid JSON (${detail}); was it cut short? Nothing was imported.`,
    };
  }
  return parseExportFile(value);
}

/**
 * Whether `text` takes more than `max` bytes as UTF-8, as the file did on disk (the popup checks
 * the file's size; this is the background's own check of the text it was sent). Stops counting
 * once past `max`.
 */
export function utf8Exceeds(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= max; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes > max;
}
