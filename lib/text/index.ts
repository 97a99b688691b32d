export { collectText, OWN_UI_ATTRIBUTE, type PageText } from './collect-text';
export { nodeIndexAt, toBoundaries, toRange, type Boundary } from './to-range';
export { textOffsetOf } from './offset-of';
