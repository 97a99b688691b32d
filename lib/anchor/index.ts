/**
 * Passage notes' anchors: `describeAnchor` records a selection of the page's flat text (quote,
 * context, offsets). Pure and zod-free at runtime; code that validates imports `TextAnchor` from
 * `./schema`.
 */
export { describeAnchor } from './describe-anchor';
export { CONTEXT_LENGTH, MAX_CONTEXT, MAX_QUOTE } from './limits';
export type { TextAnchor } from './schema';
