import type { Match } from '../match/types';
import type { PageText } from '../text/collect-text';
import { readAccreditation } from './accreditation';
import { readBenefits, type BenefitValueTypes } from './benefits';
import { createContext } from './context';
import { readFacultyCount, readPositions } from './counts';
import { readDuration, readTracks } from './duration';
import { readEducationFund } from './education-fund';
import { elementSpans, type ElementSpan } from './element-span';
import type { Span } from './evidence';
import { readDepartment, readInstitution, readProgramName, readSpecialty } from './identity';
import type { DomInputs, ExtractedFacts } from './schema';
import { readStipend } from './stipend';
import { readTableCells, stipendTableOf } from './stipend-table';
import { readTrainingSites } from './training-sites';
import { readMeetingDays, readVacationDays } from './time-off';

/** What extraction may take besides the page: the matcher's output and the benefits' value types. */
export interface ExtractOptions {
  /** Matches of the catalog in `page.text` (offsets into it); benefits are read from these. */
  matches?: readonly Match[];
  /** Value type per benefit id (see `benefitValueTypes`); without it benefits carry no amounts. */
  valueTypes?: BenefitValueTypes;
}

/**
 * The program facts of a page, each with the sentence that states it and a link to that sentence.
 * Pure: reads the DOM (headings, tables) and `page`, changes nothing, never reads innerText. A
 * fact the page does not state is null (or an empty list); an explicit "no" is false.
 */
export function extractFacts(
  doc: Document,
  page: PageText,
  url: string,
  options: ExtractOptions = {},
): ExtractedFacts {
  return extractFactsFromText(page.text, url, readDomInputs(doc, page), options);
}

/**
 * The little that extraction needs from the DOM, as plain data: the block breaks of the flat
 * text, the span of the heading that names the fellowship, and the tables that may hold pay, read
 * as tables. Cheap, so it runs in the page; the rest of the extraction (sentences, the pay table's
 * rows, every field's patterns) runs on the text alone, wherever the text is (the extension does it
 * in the background).
 */
export function readDomInputs(doc: Document, page: PageText): DomInputs {
  const spanOf = elementSpans(doc, page);
  return {
    breaks: page.breaks,
    heading: fellowshipHeading(doc, spanOf),
    tables: readTableCells(doc, spanOf),
  };
}

/** The facts of a page's flat text, given what `readDomInputs` read from its DOM. */
export function extractFactsFromText(
  text: string,
  url: string,
  dom: DomInputs,
  { matches = [], valueTypes = {} }: ExtractOptions = {},
): ExtractedFacts {
  const ctx = createContext(text, url, dom.breaks);
  const programName = readProgramName(ctx, dom.heading);
  const stipend = readStipend(ctx, stipendTableOf(text, dom.tables));
  return {
    programName,
    institution: readInstitution(ctx, programName),
    department: readDepartment(ctx),
    specialty: readSpecialty(programName),
    durationMonths: readDuration(ctx),
    tracks: readTracks(ctx),
    acgmeAccredited: readAccreditation(ctx),
    positionsPerYear: readPositions(ctx),
    facultyCount: readFacultyCount(ctx),
    trainingSites: readTrainingSites(ctx),
    stipend,
    vacationDays: readVacationDays(ctx),
    meetingDays: readMeetingDays(ctx),
    educationFundUsd: readEducationFund(ctx),
    benefits: readBenefits(ctx, matches, valueTypes, stipend?.value ?? null),
  };
}

const MAX_HEADINGS = 40;

/** The span of the first h1–h3 naming a fellowship (singular: "Fellowships" is a menu). */
function fellowshipHeading(doc: Document, spanOf: ElementSpan): Span | null {
  const headings = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    const heading = headings[i]!;
    const text = heading.textContent ?? '';
    const span = text.length <= 150 && /\bfellowship\b/i.test(text) ? spanOf(heading) : null;
    if (span) return span;
  }
  return null;
}
