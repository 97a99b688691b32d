export { analyzePage, painMedicineMatcher, type PageAnalysisResult } from './analyze-page';
export { readPage, type PageReading } from './read-page';
export { toJsonRecord } from './to-json-line';
