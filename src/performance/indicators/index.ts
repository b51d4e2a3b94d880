/** Performance indicators computed from canonical case records (spec v1). */
export { computeAll, computeIndicator } from "./compute.ts";
export {
  getDefinition,
  INDICATOR_IDS,
  INDICATORS,
  type IndicatorDefinition,
  type IndicatorGroup,
  type IndicatorId,
  isIndicatorId,
} from "./definitions.ts";
export * from "./keys.ts";
export { percentValue } from "./percent.ts";
export { type PreparedCaseData, prepareCaseData } from "./prepare.ts";
export { REASONS } from "./reasons.ts";
export type {
  CaseData,
  Exclusion,
  IndicatorResult,
  Period,
  PopulationEstimate,
} from "./types.ts";
