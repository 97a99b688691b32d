/**
 * How much of a page's tables is read for pay (lib/extract/stipend-table.ts) and accepted from a
 * page (lib/extract/schema.ts): tables that may hold pay, rows per table, cells per row, and
 * characters per cell or caption.
 */
export const TABLE_LIMITS = { tables: 4, rows: 60, cells: 20, text: 200 } as const;
