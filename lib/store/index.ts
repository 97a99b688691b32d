export { openLensDb, DB_NAME, DB_VERSION, type LensDB, type LensDatabase } from './db';
export { recordVisit, listPrograms } from './programs';
