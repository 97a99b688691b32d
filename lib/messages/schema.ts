import * as z from 'zod';

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

/** One program as the store keeps it and the popup shows it. */
export const Program = z.object({
  programKey: z.string().min(1),
  name: z.string().nullable(),
  institution: z.string().nullable(),
  specialty: z.string().nullable(),
  pages: z.array(z.object({ url: z.url(), title: z.string(), visitedAt: z.number() })),
  firstSeen: z.number(),
  lastSeen: z.number(),
});
export type Program = z.infer<typeof Program>;

/** Every request a part of the extension can make to the background, one schema per type. */
export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-visited'), report: PageReport }),
  z.object({ type: z.literal('list-programs') }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

/** The answer to each request type. */
export const Responses = {
  'page-visited': z.object({ programKey: z.string() }),
  'list-programs': z.object({ programs: z.array(Program), skipped: z.number().int() }),
} satisfies Record<RequestType, z.ZodType>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof Responses)[T]>;

/** The envelope every answer travels in: a value, or an error message for the caller to show. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
