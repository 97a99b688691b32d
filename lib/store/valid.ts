import type * as z from 'zod';

/**
 * The records that pass `schema`; the others are reported and counted, never thrown on and never
 * deleted (a later version of the extension may read them, or the user may export them).
 */
export function validRecords<T>(
  schema: z.ZodType<T>,
  records: unknown[],
  what: string,
): { valid: T[]; skipped: number } {
  const valid: T[] = [];
  let skipped = 0;
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
    else {
      skipped += 1;
      console.warn(`Fellowship Lens: skipped a malformed ${what} record`, parsed.error.issues);
    }
  }
  return { valid, skipped };
}
