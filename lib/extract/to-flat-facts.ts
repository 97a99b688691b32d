import type { Facts } from './facts';
import type { ExtractedFacts } from './schema';

/** The analyzer's fixed flat shape (seven values, null when unstated) from the facts with evidence. */
export function toFlatFacts(extracted: ExtractedFacts): Facts {
  return {
    durationMonths: extracted.durationMonths?.value ?? null,
    acgmeAccredited: extracted.acgmeAccredited?.value ?? null,
    positionsPerYear: extracted.positionsPerYear?.value ?? null,
    facultyCount: extracted.facultyCount?.value ?? null,
    stipendUsd: extracted.stipend?.value ?? null,
    vacationDays: extracted.vacationDays?.value ?? null,
    educationFundUsd: extracted.educationFundUsd?.value ?? null,
  };
}
