/**
 * Program facts with their evidence: `extractFacts(doc, page, url, { matches, valueTypes })` reads
 * a page once (its text split into sentences, its headings and its PGY table) and returns every
 * fact with the sentence that states it and a Text Fragment link; `toFlatFacts` gives the
 * analyzer's seven flat values. Zod-free at runtime: the schemas' types are re-exported here, and
 * code that validates (the background, the store, tests) imports them from `./schema`.
 */
export { FACT_FIELDS, unstatedFacts, type Facts } from './facts';
export { extractFacts, extractFactsFromText, readDomInputs, type ExtractOptions } from './extract-facts';
export { toFlatFacts } from './to-flat-facts';
export { benefitValueTypes, type BenefitValueTypes } from './benefits';
export { splitSentences, type Sentence } from './sentences';
export { textFragmentLink } from './evidence';
export type {
  BenefitFact,
  BenefitValue,
  BooleanFact,
  DomInputs,
  CountFact,
  ExtractedFacts,
  Stipend,
  TextFact,
  Track,
  TrackFact,
  UsdFact,
} from './schema';
