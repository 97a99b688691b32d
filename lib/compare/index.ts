export {
  buildComparison,
  type Cell,
  type CellSource,
  type Comparison,
  type Row,
  type RowGroup,
} from './build-comparison';
export {
  mergeFacts,
  MERGED_FIELDS,
  type MergedFact,
  type MergedFacts,
  type MergedField,
  type PageFacts,
  type Sourced,
} from './merge-facts';
