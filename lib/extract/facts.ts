/**
 * The program facts applicants compare, in the shape the analyzer prints. Each is null until a
 * page states it ("not stated" is different from "no"); extraction with evidence fills them.
 */
export interface Facts {
  durationMonths: number | null;
  acgmeAccredited: boolean | null;
  positionsPerYear: number | null;
  facultyCount: number | null;
  stipendUsd: number | null;
  vacationDays: number | null;
  educationFundUsd: number | null;
}

export const FACT_FIELDS = [
  'durationMonths',
  'acgmeAccredited',
  'positionsPerYear',
  'facultyCount',
  'stipendUsd',
  'vacationDays',
  'educationFundUsd',
] as const satisfies ReadonlyArray<keyof Facts>;

/** Facts of a page that states none of them. */
export function unstatedFacts(): Facts {
  return Object.fromEntries(FACT_FIELDS.map((field) => [field, null])) as unknown as Facts;
}
