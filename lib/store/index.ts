export { openLensDb, DB_NAME, DB_VERSION, type LensDB, type LensDatabase } from './db';
export { addNote, recordAnalysis, recordVisit, listPrograms } from './programs';
