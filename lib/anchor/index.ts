/**
 * Passage notes' anchors: `describeAnchor` records a selection of the page's flat text (quote,
 * context, offsets) and `locateAnchors` finds each again in a changed page, exactly or fuzzily, or
 * says it cannot. Pure and zod-free at runtime; code that validates imports `TextAnchor` from
 * `./schema`.
 */
export { describeAnchor } from './describe-anchor';
export { locateAnchor, locateAnchors } from './locate-anchor';
export { MIN_FUZZY_SCORE, type Located } from './locate-folded';
export { CONTEXT_LENGTH, MAX_CONTEXT, MAX_QUOTE } from './limits';
export type { TextAnchor } from './schema';
