export { paintHighlights, type Painted, type Span } from './paint';
export { HIGHLIGHT_CSS, HIGHLIGHT_KINDS, highlightName, PREFIX, type HighlightKind } from './names';
export { highlightApi } from './css-highlights';
export { spansNear, type SpanWindow } from './spans-near';
