/**
 * Pages that share a program page's vocabulary without being one (catalog-reference §5). Each kind
 * has phrases (`cues`, a case-insensitive regex source) and, in `structuralCues`, what only the
 * page's shape shows. Every cue costs points, with its words quoted in the reason. The examples
 * beside each kind are its fixtures in tests/fixtures/lookalikes/ (`<kind>-<n>.html`).
 */
export type LookAlikeKind =
  | 'patient-page'
  | 'job-posting'
  | 'residency'
  | 'gme-wide'
  | 'listing'
  | 'aggregator'
  | 'article'
  | 'news'
  | 'encyclopedia'
  | 'product'
  | 'cme'
  | 'student-blog'
  | 'society-calendar'
  | 'home-page';

export interface LookAlike {
  kind: LookAlikeKind;
  label: string;
  cues: string;
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

export const LOOK_ALIKES: LookAlike[] = [
  {
    kind: 'patient-page', // "Request an Appointment", "Conditions We Treat", "Is Spinal Cord Stimulation Right for Me?"
    label: 'reads as a page for patients',
    cues: String.raw`\brequest an appointment\b|\b(?:schedule|make|book) (?:an|your) appointment\b|\bconditions (?:we )?treat(?:ed)?\b|\btreatments we offer\b|\bright for (?:me|you)\b|\bwhat to expect (?:during|after|before|at) your\b|\bhow to prepare\b|\byour (?:first visit|doctor|care team|pain doctor)\b|\binsurance (?:plans )?we accept\b|\bwe accept (?:most )?(?:major )?insurance\b|\baccepting new patients\b`,
  },
  {
    kind: 'job-posting', // "BC/BE", "$350,000–$450,000", "$58 per wRVU", "sign-on bonus", "Requisition"
    label: 'reads as a job posting',
    cues: String.raw`\bw?RVUs?\b|\bsign[- ]on bonus\b|\brelocation (?:assistance|allowance|package)\b|\bpartnership track\b|\bBC\/BE\b|\bboard[- ]certified (?:or|\/) board[- ]eligible\b|\b(?:is|are) seeking (?:a|an)\b|\$\d{3},\d{3}\b|\bsalary range\b|\bcompensation (?:package|range)\b|\bjob (?:id|type|description)\b|\brequisition\b|\bequal opportunity employer\b|\bapply for this (?:job|position)\b|\bposted \d+ days? ago\b|\bfaculty position\b|\bposition summary\b`,
  },
  {
    kind: 'residency', // "CA-2", "integrated intern year", "18 categorical positions"
    label: 'reads as a residency page',
    cues: String.raw`\bCA[- ]?[123]\b|\bintern(?:ship)? year\b|\bcategorical (?:positions?|program|residents?)\b|\badvanced positions?\b|\bresidency match\b|\bchief residents?\b|\bABA BASIC\b`,
  },
  {
    kind: 'gme-wide', // "720 residents and fellows", "all house staff", "64 ACGME-accredited residency and fellowship programs"
    label: 'reads as a page for all residents and fellows',
    cues: String.raw`\bresidents? and fellows?\b|\bhouse ?staff\b|\ball (?:trainees|residents)\b|\b\d+ (?:ACGME[- ]accredited )?residency and fellowship programs\b|\bgraduate medical education committee\b|\bGME office\b`,
  },
  {
    kind: 'listing', // "How We Ranked Programs", "offers six fellowships"
    label: 'reads as a list of programs',
    cues: String.raw`\bhow we ranked\b|\b(?:our|\d{4}) rankings?\b|\branked (?:#|no\. ?)\d|\b(?:offers|sponsors) (?:\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:\w+ )?fellowships\b|\beach program['’]s page\b`,
  },
  {
    kind: 'aggregator', // "Specialty: / ACGME Code:", "Similar Programs", "Claim this listing"
    label: 'reads as a program directory',
    cues: String.raw`\b(?:specialty|acgme code|accreditation status):|\bsimilar programs\b|\bclaim this (?:listing|program)\b|\bis this your program\b|\b(?:add|save) (?:programs )?to my list\b|\bshowing \d+[–-]\d+ of \d+\b|\bsign in to read\b|\bcompiled from public sources\b`,
  },
  {
    kind: 'article', // "In this article", "7 min read", "Leave a Reply", "12 Comments"
    label: 'reads as an article',
    cues: String.raw`\bin this (?:guide|article|post)\b|\b\d+[- ]min(?:ute)? read\b|\bleave a (?:comment|reply)\b|\bshare this (?:article|post)\b|\bfiled under\b|\bposted (?:on|in|by)\b|\b\d+ comments\b|\brelated (?:posts|articles)\b|\bupdated (?:on )?${MONTH} \d{1,2}\b`,
  },
  {
    kind: 'news', // "today announced", "News Release", "Media contact", "…,” said Dr. Omar"
    label: 'reads as news or a press release',
    cues: String.raw`\bannounces\b|\b(?:today announced|announced today)\b|\bnews release\b|\bpress release\b|\bmedia contacts?\b|\bfor immediate release\b|\/PRNewswire\/|\bribbon[- ]cutting\b|[”"],? said (?:dr\. )?[a-z]+`,
  },
  {
    kind: 'encyclopedia', // "the free medical encyclopedia", "doi:10.1093/…", "PMID 14612484", "[1]"
    label: 'reads as an encyclopedia or journal page',
    cues: String.raw`\bfree (?:medical )?encyclopedia\b|\bdoi:|\bdoi\.org\b|\bPMID\b|\bISBN\b|\[\d{1,3}\]|\[citation needed\]|\bretrieved \d{1,2} [a-z]+ \d{4}\b|\bview history\b`,
  },
  {
    kind: 'product', // "Ask Your Doctor About Vireo", "Important Safety Information", "Rx only", "CPT code"
    label: 'reads as a product page',
    cues: String.raw`\bask your doctor\b|\bimportant safety information\b|\bRx only\b|\bresults may vary\b|\binstructions for use\b|\bfind a (?:doctor|physician|specialist) near you\b|\btalk (?:to|with) your (?:doctor|pain specialist)\b|\bcontraindications\b|\bindicated (?:as|for) (?:an aid|use)\b|\bCPT code\b|\b(?:contact|request) (?:a|your) (?:rep|sales representative|territory manager)\b`,
  },
  {
    kind: 'cme', // "AMA PRA Category 1 Credits™", "Registration Fee", "Register Now", "Learning Objectives"
    label: 'reads as a continuing-education course',
    cues: String.raw`\bAMA PRA\b|\bcategory 1 credits?\b|\bACCME\b|\bregistration fees?\b|\bregister (?:now|today)\b|\bearly[- ]bird\b|\blearning objectives\b|\btarget audience\b|\bwho should attend\b|\bcredit commensurate\b|\bnon-members?\b`,
  },
  {
    kind: 'student-blog', // "I applied to 31 programs", "my rank list", "I'm a CA-3"
    label: "reads as an applicant's own story",
    cues: String.raw`\bI (?:applied|interviewed|matched|ranked|submitted|got \d+|accepted)\b|\bmy (?:rank list|application|personal statement|letters|interviews?|program director|spreadsheet)\b|\binterview trail\b|\bI['’]m (?:a|an) (?:CA-?\d|PGY|MS\d|resident|medical student|fourth-year)|\bas an applicant\b`,
  },
  {
    kind: 'society-calendar', // "Participating programs agree", "Individual programs set", "Recommended earliest date"
    label: 'reads as a calendar for many programs',
    cues: String.raw`\bparticipating programs\b|\bindividual programs\b|\bcommon timeline\b|\bprograms (?:may|should|must|agree) (?:begin|not|send|offer|to)\b|\brecommended earliest date\b|\ball (?:ACGME[- ]accredited )?(?:[\w-]+ ){0,3}programs\b`,
  },
  {
    kind: 'home-page', // "Patients & Visitors", "Pay a bill", "Find a doctor by name"
    label: "reads as a site's home page",
    cues: String.raw`\bpatients (?:&|and) visitors\b|\bpay a bill\b|\bvisitor policy\b|\burgent care\b|\bfind a doctor by\b|\bMyChart\b|\bprice estimates\b`,
  },
];

/** Case-sensitive cues: a news dateline ("CHICAGO, March 3, 2025 —") and an author's byline. */
export const CASED_CUES: Array<[LookAlikeKind, RegExp]> = [
  [
    'news',
    /\b[A-Z]{3,}(?:[ .]+[A-Z]{2,})*\.?(?:,? [A-Z][a-z]+\.?(?:, [A-Z][a-z]+ \d{1,2}, \d{4})?|, [A-Z][a-z]+ \d{1,2}, \d{4}) [—–-] /,
  ],
  ['article', /\bBy (?:Dr\. )?[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+(?:,? (?:MD|DO|PhD))? ?[|·•—–]/],
];

/** JSON-LD types in <head> that name a look-alike. */
export const SCHEMA_KINDS: Record<string, LookAlikeKind> = {
  JobPosting: 'job-posting',
  NewsArticle: 'news',
  BlogPosting: 'article',
  Product: 'product',
  Course: 'cme',
  EducationEvent: 'cme',
  MedicalClinic: 'patient-page',
};
