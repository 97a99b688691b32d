/**
 * Strong signals that a page describes one fellowship program (catalog-reference §5). Each scores
 * one point, once, with its reason and the words that showed it. `cues` is a case-insensitive regex
 * source; the examples are words of the program fixtures in tests/fixtures/lookalikes/.
 */
export interface ProgramWord {
  id: string;
  reason: string;
  cues: string;
}

export const PROGRAM_WORDS: ProgramWord[] = [
  // "ACGME-accredited", "accredited by the United Council for Neurologic Subspecialties (UCNS)"
  {
    id: 'accreditation',
    reason: 'states its accreditation',
    cues: String.raw`\bACGME\b|\bUCNS\b|\baccredited\b`,
  },
  // "Our fellows see patients", "each fellow completes"
  {
    id: 'fellows',
    reason: 'speaks of its fellows',
    cues: String.raw`\bfellows\b|\b(?:each|our|the|a) fellow\b`,
  },
  // "The twelve-month curriculum", "two-week rotations", "Weekly didactics include"
  {
    id: 'training',
    reason: 'describes its training',
    cues: String.raw`\bcurricul(?:um|a)\b|\brotations?\b|\bdidactics?\b|\bjournal club\b|\bgrand rounds\b`,
  },
  // "2025–2026 Stipend", "PGY-5"
  { id: 'pay', reason: 'states its stipend', cues: String.raw`\bstipends?\b|\bPGY[- ]?\d\b` },
  // "applications only through ERAS", "the NRMP Match", "three letters of recommendation"
  {
    id: 'apply',
    reason: 'explains how to apply',
    cues: String.raw`\bERAS\b|\bNRMP\b|\bSF Match\b|\bapplicants?\b|\bletters of (?:recommendation|reference)\b`,
  },
  // "Program Director: Samuel Lindqvist, MD", "Fellowship Director"
  {
    id: 'director',
    reason: 'names its program director',
    cues: String.raw`\b(?:program|fellowship) (?:director|coordinator)\b`,
  },
  // "accepts four fellows each year", "three ACGME-accredited positions each year", "two fellows a year"
  {
    id: 'size',
    reason: 'states its size',
    cues: String.raw`\b(?:\d+|one|two|three|four|five|six|eight) (?:ACGME[- ]accredited |fellowship |clinical )?(?:positions?|fellows?) (?:a|per|each) year\b|\b(?:accepts?|admits?|trains?) (?:\d+|one|two|three|four|five|six) fellows?\b`,
  },
];
