// Zod-free on purpose: the content script imports these, and zod's runtime must stay out of it.
import type { EntryKind } from '../catalog/schema';

/** One catalog entry found in a text. Offsets are into the original (not normalized) text. */
export interface Match {
  kind: EntryKind;
  /** Catalog entry id (kebab-case). */
  id: string;
  /** The entry's canonical name. */
  name: string;
  /** The entry's category id. */
  category: string;
  /** The original substring, always equal to `input.slice(start, end)`. */
  text: string;
  /** Start offset in the original text (UTF-16 code units). */
  start: number;
  /** End offset in the original text, exclusive. */
  end: number;
}

/** A catalog compiled once, reusable on any number of texts. */
export interface Matcher {
  /** Matches in text order, never overlapping (leftmost-longest). */
  match(text: string): Match[];
}

/** Text after {@link normalizeText}, with a map back to the original offsets. */
export interface NormalizedText {
  /** Lowercased, dash/slash folded, whitespace collapsed text. */
  text: string;
  /**
   * `offsets[i]` is the original index of normalized char `i`; one extra slot at the end holds the
   * original length, so `offsets[text.length]` is defined.
   */
  offsets: Uint32Array;
}
