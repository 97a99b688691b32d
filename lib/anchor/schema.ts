import * as z from 'zod';
import { MAX_CONTEXT, MAX_QUOTE } from './limits';

/**
 * Where a note sits on a page, the way W3C Web Annotation and Hypothesis store it: the selected
 * words with some text on each side (a TextQuoteSelector), and their offsets in the page's flat
 * text (a TextPositionSelector, used as a hint once the page has changed). Offsets are UTF-16 code
 * units. It crosses to the background and the store, so it is a schema; the anchoring code takes
 * only its type, which keeps zod's runtime out of pages.
 */
export const TextAnchor = z
  .object({
    quote: z.string().min(1).max(MAX_QUOTE),
    prefix: z.string().max(MAX_CONTEXT),
    suffix: z.string().max(MAX_CONTEXT),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((a) => a.end > a.start, { message: 'end must be after start', path: ['end'] });
export type TextAnchor = z.infer<typeof TextAnchor>;
