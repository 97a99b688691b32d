import type { ExtractedFacts } from '../../lib/extract/schema';
import type {
  FoundItem,
  NoteDraft,
  PageReport,
  PageSignals,
  Program,
  ProgramPage,
} from '../../lib/messages/schema';

/** A valid page report, with any field overridden. */
export function fakeReport(overrides: Partial<PageReport> = {}): PageReport {
  return {
    url: 'https://medicine.example.edu/anesthesiology/pain-fellowship/',
    title: 'Pain Medicine Fellowship | Example University',
    programKey: 'medicine.example.edu/pain-medicine',
    programName: 'Pain Medicine Fellowship',
    institution: 'Example University',
    specialty: 'pain-medicine',
    score: 6,
    reasons: ['"fellowship" in the title or main heading'],
    ...overrides,
  };
}

/** A valid stored program, with any field overridden. */
export function fakeProgram(overrides: Partial<Program> = {}): Program {
  return {
    programKey: 'medicine.example.edu/pain-medicine',
    name: 'Pain Medicine Fellowship',
    institution: 'Example University',
    specialty: 'pain-medicine',
    customName: null,
    pages: [fakePage()],
    firstSeen: 1,
    lastSeen: 1,
    ...overrides,
  };
}

/** Facts of a page that states nothing, with any field overridden. */
export function fakeFacts(overrides: Partial<ExtractedFacts> = {}): ExtractedFacts {
  return {
    programName: null,
    institution: null,
    department: null,
    specialty: null,
    durationMonths: null,
    tracks: [],
    acgmeAccredited: null,
    positionsPerYear: null,
    facultyCount: null,
    trainingSites: [],
    stipend: null,
    vacationDays: null,
    meetingDays: null,
    educationFundUsd: null,
    benefits: [],
    ...overrides,
  };
}

/** A fact with made-up evidence. */
export function fact<T>(value: T, quote = `states ${String(value)}`) {
  return { value, quote, link: `https://example.edu/#:~:text=${encodeURIComponent(quote)}` };
}

/** A stored page of a program, with any field overridden. */
export function fakePage(overrides: Partial<ProgramPage> = {}): ProgramPage {
  return {
    url: 'https://medicine.example.edu/pain/',
    title: 'Pain Medicine Fellowship',
    visitedAt: 1,
    items: [],
    facts: null,
    reasons: [],
    ...overrides,
  };
}

/** The cheap signals of a short program page, with any field overridden. */
export function fakeSignals(overrides: Partial<PageSignals> = {}): PageSignals {
  return {
    url: 'https://medicine.example.edu/anesthesiology/education/pain-fellowship/',
    title: 'Pain Medicine Fellowship | Example University',
    description: '',
    headings: ['Pain Medicine Fellowship'],
    schemaTypes: [],
    lead: 'Our ACGME-accredited fellowship trains four fellows a year. The curriculum includes rotations in neurology and psychiatry.',
    ...overrides,
  };
}

/** A catalog item found on a page (spinal cord stimulation, written "SCS"), with any field overridden. */
export function fakeItem(overrides: Partial<FoundItem> = {}): FoundItem {
  return {
    id: 'spinal-cord-stimulation',
    kind: 'procedure',
    name: 'Spinal cord stimulation',
    category: 'neuromod',
    count: 2,
    forms: ['SCS'],
    ...overrides,
  };
}

/** A note draft as the annotator stages it: a note on the program about one item, no passage. */
export function fakeNoteDraft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    programKey: 'a.edu/pain',
    url: 'https://a.edu/pain',
    itemId: null,
    anchor: null,
    about: 'SCS',
    ...overrides,
  };
}
