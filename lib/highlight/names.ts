/** Every highlight and attribute the extension puts on a page starts with this prefix. */
export const PREFIX = 'fellowship-lens';

/** The highlight kinds, one per catalog kind, each with its own colour. */
export const HIGHLIGHT_KINDS = ['procedure', 'benefit'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The CSS highlight registry name of a kind: `fellowship-lens-procedure`. */
export function highlightName(kind: HighlightKind): string {
  return `${PREFIX}-${kind}`;
}

// Where the highlight rules attach. Chromium inherits ::highlight styles from the root, so one rule
// on :root reaches all text, and adding it restyles the page without matching a rule on every
// element (49 instead of 68 ms on the 1 MB benchmark page, a long task either way). Firefox does
// not inherit them: there the rule must match every element.
const ORIGIN = import.meta.env.FIREFOX ? '' : ':root';

/** The selector of a highlight's style rule (see ORIGIN). */
export function highlightRule(name: string): string {
  return `${ORIGIN}::highlight(${name})`;
}

// Translucent backgrounds with an underline read on light and dark pages alike, and never hide
// the page's own text colour.
export const HIGHLIGHT_CSS = `
${highlightRule(highlightName('procedure'))} { background-color: rgba(64, 140, 255, 0.28); text-decoration: underline 2px rgba(40, 110, 230, 0.9); }
${highlightRule(highlightName('benefit'))} { background-color: rgba(255, 190, 40, 0.35); text-decoration: underline 2px rgba(210, 140, 0, 0.95); }
mark[data-${PREFIX}] { color: inherit; padding: 0; }
mark[data-${PREFIX}="procedure"] { background-color: rgba(64, 140, 255, 0.28); text-decoration: underline 2px rgba(40, 110, 230, 0.9); }
mark[data-${PREFIX}="benefit"] { background-color: rgba(255, 190, 40, 0.35); text-decoration: underline 2px rgba(210, 140, 0, 0.95); }
`;
