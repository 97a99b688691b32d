/**
 * The multi-term matcher: one normalizer for catalog terms and page text, and a catalog compiled
 * once into a matcher that reports original offsets. Zod-free at runtime (content-script safe).
 */
export { compileMatcher } from './compile-matcher';
export { normalizeText, toOriginalSpan, type NormalizeOptions } from './normalize-text';
export type { Match, Matcher, NormalizedText } from './types';
