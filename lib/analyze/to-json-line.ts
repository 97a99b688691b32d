import type { PageAnalysisResult } from './analyze-page';

/** The analyzer's JSON Lines record for one file (the shape is fixed; see the README). */
export function toJsonRecord(file: string, result: PageAnalysisResult) {
  return {
    file,
    url: result.url,
    isProgram: result.detection.isProgram,
    programKey: result.programKey,
    programName: result.detection.programName,
    institution: result.detection.institution,
    specialty: result.detection.specialty,
    reasons: result.detection.reasons,
    matches: result.matches.map(({ kind, id, name, category, text, start, end }) => ({
      kind,
      id,
      name,
      category,
      text,
      start,
      end,
    })),
    facts: result.facts,
    evidence: result.evidence,
  };
}
