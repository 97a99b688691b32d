import * as z from 'zod';
import { TextAnchor } from '../anchor/schema';
import { MAX_TAGS } from './limits';
import { MAX_IMPORT_BYTES } from '../transfer/limits';
import type { DeskSlice } from '../compare/desk-slice';
import { SORT_KEYS } from '../compare/sort-programs';
import { DomInputs, ExtractedFacts } from '../extract/schema';

/** The most page text the annotator sends for matching (a 20 MB page is far past any real one). */
export const MAX_PAGE_TEXT = 20_000_000;

/** The cheap signals of a page (see lib/detect/signals.ts), as the content script sends them. */
export const PageSignals = z.object({
  url: z.url(),
  title: z.string().max(5000),
  description: z.string().max(5000),
  headings: z.array(z.string().max(1000)).max(100),
  schemaTypes: z.array(z.string().max(200)).max(50),
  lead: z.string().max(20_000),
});
export type PageSignals = z.infer<typeof PageSignals>;

/** The detector's verdict on a page, with its reasons for the user. */
export const DetectionResult = z.object({
  isProgram: z.boolean(),
  score: z.number(),
  reasons: z.array(z.string()),
  specialty: z.string().nullable(),
  programName: z.string().nullable(),
  institution: z.string().nullable(),
});
export type DetectionResult = z.infer<typeof DetectionResult>;

/** What the content script learned about a page it recognised as a fellowship program page. */
export const PageReport = z.object({
  url: z.url(),
  title: z.string().max(1000),
  programKey: z.string().min(1).max(500),
  programName: z.string().max(500).nullable(),
  institution: z.string().max(500).nullable(),
  specialty: z.string().max(100).nullable(),
  score: z.number(),
  reasons: z.array(z.string().max(300)).max(50),
});
export type PageReport = z.infer<typeof PageReport>;

/** A catalog entry found on a page: how often, and in which words the page put it. */
export const FoundItem = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(['procedure', 'benefit']),
  name: z.string().max(200),
  category: z.string().max(100),
  count: z.number().int().positive(),
  forms: z.array(z.string().max(200)).max(20),
});
export type FoundItem = z.infer<typeof FoundItem>;

/** What the annotator found on a page. */
export const PageAnalysis = z.object({
  url: z.url(),
  programKey: z.string().min(1).max(500).nullable(),
  items: z.array(FoundItem).max(1000),
  /** The program facts the page states, with their evidence (program pages only). */
  facts: ExtractedFacts.nullable(),
});
export type PageAnalysis = z.infer<typeof PageAnalysis>;

export const ProgramPage = z.object({
  url: z.url(),
  title: z.string(),
  visitedAt: z.number(),
  items: z.array(FoundItem).default([]),
  facts: ExtractedFacts.nullable().default(null),
  /** Why the detector took the page for a program page, as shown to the user. */
  reasons: z.array(z.string()).default([]),
});
export type ProgramPage = z.infer<typeof ProgramPage>;

/**
 * A note the user wrote about a program: about one catalog item (from the hover card), about a
 * passage of one page (anchored to its text), or about the program in general.
 */
export const NoteInput = z.object({
  programKey: z.string().min(1).max(500),
  text: z.string().trim().min(1).max(20_000),
  itemId: z.string().max(100).nullable(),
  url: z.url().nullable(),
  anchor: TextAnchor.nullable().default(null),
});
export type NoteInput = z.infer<typeof NoteInput>;

/**
 * A note about to be written in the note frame: everything but its text, and what the frame says
 * it is about (the passage's quote, or the catalog item).
 */
export const NoteDraft = NoteInput.omit({ text: true }).extend({ about: z.string().max(2_000) });
export type NoteDraft = z.infer<typeof NoteDraft>;

export const Note = z.object({
  id: z.string().min(1).max(100),
  programKey: z.string().min(1).max(500),
  text: z.string().max(20_000),
  itemId: z.string().max(100).nullable(),
  url: z.url().nullable(),
  anchor: TextAnchor.nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Note = z.infer<typeof Note>;

export { MAX_TAGS } from './limits';
export const Tag = z.string().trim().min(1).max(40);

/** The user's own view of a program: a free-text note, a rating and tags. Saved as they type. */
export const ProgramNotesInput = z.object({
  programKey: z.string().min(1).max(500),
  text: z.string().max(20_000),
  rating: z.number().int().min(1).max(5).nullable(),
  tags: z.array(Tag).max(MAX_TAGS),
});
export type ProgramNotesInput = z.infer<typeof ProgramNotesInput>;

export const ProgramNotes = ProgramNotesInput.extend({ updatedAt: z.number() });
export type ProgramNotes = z.infer<typeof ProgramNotes>;

/** How much each comparison row matters to the user (0 = not at all, 3 = most), by row id. */
export const Weights = z.record(z.string().max(100), z.number().int().min(0).max(3));
export type Weights = z.infer<typeof Weights>;

/** One program as the store keeps it and the popup shows it. */
export const Program = z.object({
  programKey: z.string().min(1),
  name: z.string().nullable(),
  /** The name the user gave it, shown instead of the detected one. */
  customName: z.string().max(200).nullable().default(null),
  institution: z.string().nullable(),
  specialty: z.string().nullable(),
  pages: z.array(ProgramPage),
  firstSeen: z.number(),
  lastSeen: z.number(),
});
export type Program = z.infer<typeof Program>;

/** A passage note and where it sits in the page text now (null: it can no longer be placed). */
export const PlacedNote = z.object({
  note: Note,
  place: z.object({ start: z.number().int(), end: z.number().int(), exact: z.boolean() }).nullable(),
});
export type PlacedNote = z.infer<typeof PlacedNote>;

/** Everything the popup and the full view show, in one answer. */
export const Desk = z.object({
  programs: z.array(Program),
  notes: z.array(Note),
  programNotes: z.array(ProgramNotes),
  weights: Weights,
  /** Stored records that failed validation: reported, not shown, never deleted. */
  skipped: z.number().int(),
});
export type Desk = z.infer<typeof Desk>;

/** Every request a part of the extension can make to the background, one schema per type. */
export const Request = z.discriminatedUnion('type', [
  /**
   * From the content script, on a page whose title or headings name a fellowship: the background
   * classifies it (the detector's phrase tables are compiled once there), stores it when it is a
   * program page, and injects the annotator.
   */
  z.object({ type: z.literal('page-seen'), signals: PageSignals }),
  /**
   * From the popup and the full view: everything they show (programs, notes, weights), sorted,
   * with the findings of the programs they compare (`limit`, and the one `include` names). Without
   * a view: every program complete.
   */
  z.object({
    type: z.literal('list-programs'),
    view: z
      .object({
        sortBy: z.enum(SORT_KEYS),
        limit: z.number().int().positive(),
        include: z.string().max(2000).nullable(),
      })
      .optional(),
  }),
  /** The comparison of every program as CSV, in the given order. */
  z.object({ type: z.literal('export-csv'), sortBy: z.enum(SORT_KEYS) }),
  z.object({ type: z.literal('add-note'), note: NoteInput }),
  z.object({
    type: z.literal('update-note'),
    id: z.string().min(1),
    text: z.string().trim().min(1).max(20_000),
  }),
  z.object({ type: z.literal('delete-note'), id: z.string().min(1) }),
  /** Sent as the user types (debounced) and when the popup hides. */
  z.object({ type: z.literal('save-program-notes'), notes: ProgramNotesInput }),
  z.object({
    type: z.literal('rename-program'),
    programKey: z.string().min(1),
    name: z.string().trim().max(200).nullable(),
  }),
  /** Moves `from`'s pages and notes into `into`; later visits to `from` land in `into`. */
  z.object({ type: z.literal('merge-programs'), from: z.string().min(1), into: z.string().min(1) }),
  z.object({ type: z.literal('delete-program'), programKey: z.string().min(1) }),
  z.object({ type: z.literal('save-weights'), weights: Weights }),
  z.object({ type: z.literal('export-data') }),
  /**
   * The text of an export file, read and validated in the background (size, JSON, version, each
   * record), then imported all or nothing. The bound is past the importer's own limit, so a file
   * over it gets the importer's message rather than a schema error.
   */
  z.object({ type: z.literal('import-data'), text: z.string().max(4 * MAX_IMPORT_BYTES) }),
  /**
   * From the annotator: classify the page, find the catalog's terms in its text, and on a program
   * page read its facts and store what it found. The matcher and the extraction live in the
   * background, compiled once and warm; the page only collects its text and the little extraction
   * needs from its DOM, and gets back what it paints.
   */
  z.object({
    type: z.literal('analyze-text'),
    /** Null: the ones this frame's detector sent, if the background has them (else it asks). */
    signals: PageSignals.nullable(),
    text: z.string().max(MAX_PAGE_TEXT),
    dom: DomInputs,
  }),
  /**
   * The note frame (entrypoints/note-frame): the user's note is typed and saved in a frame of the
   * extension's own, never in the page's document, where the page's scripts could read it. The
   * annotator stages the draft (the passage or item) and opens the frame with the token; the frame
   * reads the draft, saves the note itself, and says when it is done, to close it.
   */
  z.object({ type: z.literal('stage-note'), draft: NoteDraft }),
  z.object({ type: z.literal('staged-note'), token: z.string().min(1).max(100) }),
  z.object({
    type: z.literal('note-frame-done'),
    token: z.string().min(1).max(100),
    note: Note.nullable(),
  }),
  /** From the popup: highlight the catalog on this tab even though it is not a program page. */
  z.object({ type: z.literal('annotate-tab'), tabId: z.number().int().nonnegative() }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

/** The answer to each request type. */
export const Responses = {
  'page-seen': z.object({ programKey: z.string().nullable() }),
  'annotate-tab': z.object({ injected: z.boolean() }),
  'add-note': z.object({ note: Note }),
  'stage-note': z.object({ token: z.string() }),
  'staged-note': NoteDraft,
  'note-frame-done': z.object({ delivered: z.boolean() }),
  'update-note': z.object({ updatedAt: z.number() }),
  'delete-note': z.object({ deleted: z.boolean() }),
  'save-program-notes': z.object({ updatedAt: z.number() }),
  'rename-program': z.object({ renamed: z.boolean() }),
  'merge-programs': z.object({ merged: z.boolean() }),
  'delete-program': z.object({ deleted: z.boolean() }),
  'save-weights': z.object({ saved: z.boolean() }),
  // The export file is checked where it is read (lib/transfer), not again on the way back.
  'export-data': z.record(z.string(), z.unknown()),
  'import-data': z.object({ programs: z.number().int(), notes: z.number().int() }),
  // Or, asked to use the signals this frame's detector sent when the background has none for it
  // (a worker restarted since, a page annotated on request): a request to send them.
  'analyze-text': z.union([
    z.object({
      /** Packed (lib/analyze/pack-found.ts): each entry once, summarized, then start, end and entry per match. */
      matches: z.object({
        entries: z.array(FoundItem),
        spans: z.array(z.number().int().nonnegative()),
      }),
      categories: z.record(z.string(), z.string()),
      detection: DetectionResult,
      programKey: z.string().nullable(),
      /** The user's passage notes on this page, placed in its text or not (never dropped). */
      notes: z.array(PlacedNote),
      /** The legend's remembered display choices (lib/highlight/display-settings.ts). */
      display: z.object({
        show: z.object({ procedure: z.boolean(), benefit: z.boolean() }),
        collapsed: z.boolean(),
      }),
    }),
    z.object({ needsSignals: z.literal(true) }),
  ]),
  // Not parsed again on arrival: the background validated every record as it read it, and parsing
  // 200 programs a second time doubled the popup's load (measured ~60 ms, `npm run bench:browser`).
  'list-programs': z.custom<DeskSlice>((value) => typeof value === 'object' && value !== null),
  'export-csv': z.object({ csv: z.string() }),
} satisfies Record<RequestType, z.ZodType>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof Responses)[T]>;

/** Who sent a request, as the background's wiring reads it from the browser. */
export interface Sender {
  tabId?: number;
  frameId?: number;
  /** The address of the sending document (the note frame's, for its requests). */
  url?: string;
}

/** The envelope every answer travels in: a value, or an error message for the caller to show. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
