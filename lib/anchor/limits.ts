/** Context kept on each side of a quote: enough to tell duplicates apart, cheap to compare. */
export const CONTEXT_LENGTH = 32;

/** Longest context a stored anchor may carry (room for a longer CONTEXT_LENGTH later). */
export const MAX_CONTEXT = 64;

/**
 * Longest quote a note may anchor. Past this a selection is a page, not a passage, and fuzzy
 * re-anchoring would cost too much to run on every visit.
 */
export const MAX_QUOTE = 5000;
