export { openLensDb, DB_NAME, DB_VERSION, type Alias, type LensDB, type LensDatabase } from './db';
export { recordAnalysis, recordVisit, listPrograms } from './programs';
export { addNote, updateNote, deleteNote, passageNotesOf } from './notes';
export { saveProgramNotes } from './program-notes';
export { saveWeights } from './settings';
export { renameProgram, mergePrograms, deleteProgram } from './manage';
export { exportData, importData } from './transfer';
export { loadDesk } from './desk';
