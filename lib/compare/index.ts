export { buildComparison, type Comparison, type RowGroup } from './build-comparison';
export { FACT_ROW_IDS, type FactRowId } from './fact-rows';
export {
  mergeFacts,
  MERGED_FIELDS,
  type MergedFact,
  type MergedFacts,
  type MergedField,
  type PageFacts,
  type Sourced,
} from './merge-facts';
export { programName } from './program-name';
export { rankPrograms, type ProgramScore, type ScorePart } from './rank';
export { type Cell, type CellSource, type Row } from './row';
export { SORT_KEYS, sortPrograms, type SortContext, type SortKey } from './sort-programs';
export { findProgram, sliceDesk, type DeskSlice, type DeskViewOptions, type RowRef } from './desk-slice';
