import { detectSpecialty } from '../detect/specialty';
import { firstIn, sentencesWith, textOf, type ExtractContext } from './context';
import { withEvidence, type Span } from './evidence';
import type { TextFact } from './schema';

/** "The Rush University Interventional Pain Medicine Fellowship is …": a name ending in Fellowship. */
const NAMED_FELLOWSHIP = /\b(?:[A-Z][\w'’&.-]*\s+){1,8}Fellowship(?:\s+Program)?\b/;
/** A university, college, clinic, hospital or health system, with its "School of Medicine" or place. */
const INSTITUTION =
  /\b(?:[A-Z][\w'’&.-]*\s+){0,5}?(?:University|College|Clinic|Hospital|Medical Center|Health System|Institute)\b(?:\s+(?:School of Medicine|Medical School|Medical Center|Hospital|Health System|Health))?(?:\s+(?:of|in|at)(?:\s+[A-Z][\w'’&.-]*){1,4})?/;
const INSTITUTION_WORD = /\b(?:University|College|Clinic|Hospital|Medical Center|Health System|Institute)\b/g;
const DEPARTMENT =
  /\b(?:Department|Dept\.?)\s+of\s+([A-Z][\w&'’-]*(?:(?:,\s*|\s+(?:and|&)\s+|\s+)[A-Z][\w&'’-]*)*)/;
// Words a department's name goes on with ("Anesthesiology, Perioperative and Pain Medicine");
// anything else after the first word starts another name ("… of Anesthesiology and Washington University").
const DEPARTMENT_WORDS = /* @__PURE__ */ new Set(
  'perioperative pain medicine critical care rehabilitation physical management intensive surgery sciences neurology psychiatry anesthesiology anesthesia'.split(
    ' ',
  ),
);

/**
 * The program's name: the first h1–h3 heading naming a fellowship (DOM path; `heading` is its
 * span in the text), else a sentence naming "… Fellowship".
 */
export function readProgramName(ctx: ExtractContext, heading: Span | null = null): TextFact | null {
  const name = heading && ctx.text.slice(heading.start, heading.end).replace(/\s+/g, ' ');
  if (heading && name) return withEvidence(ctx, name, heading);
  return firstIn(ctx, /Fellowship/g, (sentence, text) => {
    const m = NAMED_FELLOWSHIP.exec(text);
    if (!m) return null;
    const name = m[0].replace(/^(?:The|Our)\s+/, '').replace(/\s+/g, ' ');
    const start = sentence.start + m.index;
    return name.split(' ').length > 1
      ? withEvidence(ctx, name, sentence, { start, end: start + m[0].length })
      : null;
  });
}

/** The specialty (the detector's id, e.g. "pain-medicine") the program's name says. */
export function readSpecialty(programName: TextFact | null): TextFact | null {
  const specialty = programName ? detectSpecialty(programName.value) : null;
  return programName && specialty ? { ...programName, value: specialty } : null;
}

/**
 * The sponsoring institution: from a sentence about sponsoring, else the program's name, else a
 * sentence about the fellowship, else the first institution the page names (often its header).
 */
export function readInstitution(ctx: ExtractContext, programName: TextFact | null): TextFact | null {
  let best: { fact: TextFact; rank: number } | null = null;
  let seen = 0;
  for (const sentence of sentencesWith(ctx, INSTITUTION_WORD)) {
    if (++seen > 200 || best?.rank === 3) break;
    const text = textOf(ctx, sentence);
    const m = INSTITUTION.exec(text);
    if (!m) continue;
    const name = m[0].replace(/^(?:The|Our|At|With)\s+/, '').replace(/\s+/g, ' ');
    const rank = rankOf(text, name, programName);
    if (best && best.rank >= rank) continue;
    const start = sentence.start + m.index;
    best = { fact: withEvidence(ctx, name, sentence, { start, end: start + m[0].length }), rank };
  }
  return best?.fact ?? null;
}

/** How surely a sentence names the program's sponsor: 3 sponsors it, 2 in its name, 1 about it. */
function rankOf(sentence: string, name: string, programName: TextFact | null): number {
  if (/\bsponsor/i.test(sentence)) return 3;
  if (programName?.value.includes(name)) return 2;
  return /fellowship/i.test(sentence) ? 1 : 0;
}

/** "Department of Anesthesiology" (or of PM&R, Neurology …), preferring a sentence about the fellowship. */
export function readDepartment(ctx: ExtractContext): TextFact | null {
  let first: TextFact | null = null;
  for (const sentence of sentencesWith(ctx, /\bDep(?:artmen)?t\b/g)) {
    const text = textOf(ctx, sentence);
    const m = DEPARTMENT.exec(text);
    if (!m) continue;
    const start = sentence.start + m.index;
    const fact = withEvidence(ctx, `Department of ${departmentName(m[1]!)}`, sentence, {
      start,
      end: start + m[0].length,
    });
    if (/fellowship|sponsor/i.test(text)) return fact;
    first ??= fact;
  }
  return first;
}

function departmentName(words: string): string {
  const parts = words.split(/(,\s*|\s+(?:and|&)\s+|\s+)/);
  let end = 1;
  for (let i = 2; i < parts.length; i += 2) {
    if (!DEPARTMENT_WORDS.has(parts[i]!.toLowerCase())) break;
    end = i + 1;
  }
  return parts.slice(0, end).join('').replace(/\s+/g, ' ');
}
