export { FACT_FIELDS, unstatedFacts, type Facts } from './facts';
