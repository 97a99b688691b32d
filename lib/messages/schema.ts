import * as z from 'zod';
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

/** A note the user wrote about a program, optionally about one catalog item on one page. */
export const NoteInput = z.object({
  programKey: z.string().min(1).max(500),
  text: z.string().trim().min(1).max(20_000),
  itemId: z.string().max(100).nullable(),
  url: z.url().nullable(),
});
export type NoteInput = z.infer<typeof NoteInput>;

export const Note = NoteInput.omit({ programKey: true }).extend({
  id: z.string().min(1),
  createdAt: z.number(),
});
export type Note = z.infer<typeof Note>;

/** One program as the store keeps it and the popup shows it. */
export const Program = z.object({
  programKey: z.string().min(1),
  name: z.string().nullable(),
  institution: z.string().nullable(),
  specialty: z.string().nullable(),
  pages: z.array(ProgramPage),
  notes: z.array(Note).default([]),
  firstSeen: z.number(),
  lastSeen: z.number(),
});
export type Program = z.infer<typeof Program>;

/** Every request a part of the extension can make to the background, one schema per type. */
export const Request = z.discriminatedUnion('type', [
  /**
   * From the content script, on a page whose title or headings name a fellowship: the background
   * classifies it (the detector's phrase tables are compiled once there), stores it when it is a
   * program page, and injects the annotator.
   */
  z.object({ type: z.literal('page-seen'), signals: PageSignals }),
  z.object({ type: z.literal('page-analyzed'), analysis: PageAnalysis }),
  z.object({ type: z.literal('list-programs') }),
  z.object({ type: z.literal('add-note'), note: NoteInput }),
  /**
   * From the annotator: classify the page, find the catalog's terms in its text, and on a program
   * page read its facts. The matcher and the extraction live in the background, compiled once
   * and warm; the page only collects its text and the little extraction needs from its DOM.
   */
  z.object({
    type: z.literal('analyze-text'),
    signals: PageSignals,
    text: z.string().max(MAX_PAGE_TEXT),
    dom: DomInputs,
  }),
  /** From the popup: highlight the catalog on this tab even though it is not a program page. */
  z.object({ type: z.literal('annotate-tab'), tabId: z.number().int().nonnegative() }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

/** The answer to each request type. */
export const Responses = {
  'page-seen': z.object({ programKey: z.string().nullable() }),
  'page-analyzed': z.object({ stored: z.boolean() }),
  'annotate-tab': z.object({ injected: z.boolean() }),
  'add-note': z.object({ noteId: z.string() }),
  'analyze-text': z.object({
    /** Packed (lib/match/pack-matches.ts): each entry once, then start, end and entry per match. */
    matches: z.object({
      entries: z.array(
        z.object({
          kind: z.enum(['procedure', 'benefit']),
          id: z.string(),
          name: z.string(),
          category: z.string(),
        }),
      ),
      spans: z.array(z.number().int().nonnegative()),
    }),
    categories: z.record(z.string(), z.string()),
    detection: DetectionResult,
    programKey: z.string().nullable(),
    facts: ExtractedFacts.nullable(),
  }),
  'list-programs': z.object({ programs: z.array(Program), skipped: z.number().int() }),
} satisfies Record<RequestType, z.ZodType>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof Responses)[T]>;

/** Who sent a request, as the background's wiring reads it from the browser. */
export interface Sender {
  tabId?: number;
  frameId?: number;
}

/** The envelope every answer travels in: a value, or an error message for the caller to show. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
