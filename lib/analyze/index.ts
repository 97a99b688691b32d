export { analyzePage, analyzeText, painMedicineMatcher, type PageAnalysisResult } from './analyze-page';
export { classify, type Classification } from './classify';
export { readPage, type PageReading } from './read-page';
export { toJsonRecord } from './to-json-line';
