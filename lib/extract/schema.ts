import * as z from 'zod';
import { MAX_QUOTE } from './evidence';
import { TABLE_LIMITS } from './table-limits';

/**
 * The facts extracted from one program page, each with its evidence. These cross the boundary to
 * the background and the store, so they are zod schemas; the extraction code imports only their
 * types (`import type`), which keeps zod's runtime out of scripts that run in pages.
 */

/** Where a fact was read: the exact words of the page, and a Text Fragment link that scrolls to them. */
export const EvidenceBase = z.object({
  /** The sentence, table row or list item that states the fact, whitespace collapsed. */
  quote: z.string().min(1).max(MAX_QUOTE),
  /** `<page url>#:~:text=<start>[,<end>]`: opens the page with the quote highlighted. */
  link: z.string().min(1),
});

const withValue = <T extends z.ZodType>(value: T) => EvidenceBase.extend({ value });

export const TextFact = withValue(z.string().min(1).max(MAX_QUOTE));
export type TextFact = z.infer<typeof TextFact>;

export const CountFact = withValue(z.number().int().nonnegative());
export type CountFact = z.infer<typeof CountFact>;

export const UsdFact = withValue(z.number().nonnegative());
export type UsdFact = z.infer<typeof UsdFact>;

export const BooleanFact = withValue(z.boolean());
export type BooleanFact = z.infer<typeof BooleanFact>;

/** A track besides the standard year: "24-month, combined research, and clinical fellowship track". */
export const Track = z.object({ name: z.string().min(1), months: z.number().int().positive() });
export type Track = z.infer<typeof Track>;

export const TrackFact = withValue(Track);
export type TrackFact = z.infer<typeof TrackFact>;

/**
 * Pay. `value` is the headline stipend (USD/yr) at `pgy`: the level the page says fellows are paid
 * at, or PGY-5 with `assumedPgy: 5` when it does not (most pain fellows enter at PGY-5). `byPgy`
 * keeps the whole table. `value` is null when a table lacks the level; `pgy` is null for a single
 * stated amount with no level.
 */
export const Stipend = EvidenceBase.extend({
  value: z.number().positive().nullable(),
  pgy: z.number().int().min(1).max(12).nullable(),
  assumedPgy: z.number().int().min(1).max(12).optional(),
  byPgy: z.record(z.number().int().min(1).max(12), z.number().positive()),
  /** As the page writes it: "July 1, 2024-June 30, 2025", "2024-2025". */
  academicYear: z.string().max(100).nullable(),
});
export type Stipend = z.infer<typeof Stipend>;

/** What a benefit's value reads as: an amount, days or weeks, yes/no, a kind, or the items named. */
export const BenefitValue = z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]).nullable();
export type BenefitValue = z.infer<typeof BenefitValue>;

/**
 * One catalog benefit the page speaks of: `present` when offered, `absent` only when the page
 * says it is not offered. Benefits a page never mentions are not listed (not stated).
 */
export const BenefitFact = withValue(BenefitValue).extend({
  id: z.string().min(1),
  name: z.string().min(1),
  status: z.enum(['present', 'absent']),
});
export type BenefitFact = z.infer<typeof BenefitFact>;

/** Every fact of one page. A null (or empty list) is "not stated"; `false` is an explicit no. */
export const ExtractedFacts = z.object({
  programName: TextFact.nullable(),
  institution: TextFact.nullable(),
  /** "Department of Anesthesiology". */
  department: TextFact.nullable(),
  /** The specialty id the detector uses ("pain-medicine"). */
  specialty: TextFact.nullable(),
  durationMonths: CountFact.nullable(),
  tracks: z.array(TrackFact),
  acgmeAccredited: BooleanFact.nullable(),
  positionsPerYear: CountFact.nullable(),
  facultyCount: CountFact.nullable(),
  trainingSites: z.array(TextFact),
  stipend: Stipend.nullable(),
  /** Business days: weeks × 5, hours ÷ 8. */
  vacationDays: CountFact.nullable(),
  /** Meeting, conference, educational or CME days. */
  meetingDays: CountFact.nullable(),
  educationFundUsd: UsdFact.nullable(),
  benefits: z.array(BenefitFact),
});
export type ExtractedFacts = z.infer<typeof ExtractedFacts>;

const TextSpan = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

const Cell = z.object({ text: z.string().max(TABLE_LIMITS.text), span: TextSpan.nullable() });

/** What extraction reads from a page's DOM (see readDomInputs), sent with its text. */
export const DomInputs = z.object({
  breaks: z.array(z.number().int().nonnegative()),
  heading: TextSpan.nullable(),
  /** The tables that may hold pay, as cells (lib/extract/stipend-table.ts). */
  tables: z
    .array(
      z.object({
        caption: z.string().max(TABLE_LIMITS.text),
        rows: z.array(z.array(Cell).max(TABLE_LIMITS.cells)).max(TABLE_LIMITS.rows),
      }),
    )
    .max(TABLE_LIMITS.tables),
});
export type DomInputs = z.infer<typeof DomInputs>;
