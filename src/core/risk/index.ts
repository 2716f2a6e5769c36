/** The risk engine's public API: vocabulary, matrices, register, and the edit builders for risk tables. */
export { AXES, allowedWords, isOptionListPlaceholder, levelsFor, parseLevel, type Axis } from "./vocabulary";
export {
  DEFAULT_MATRIX_ID,
  getMatrix,
  isHighLevel,
  isMatrixId,
  MATRIX_IDS,
  MatrixError,
  needsMeasure,
  overallFor,
  validateMatrix,
  type MatrixId,
} from "./matrices";
export { buildRegister } from "./register";
export type { BuildResult } from "./edit-result";
export { fillOverall, replaceCellValue, writeLevel, writeRiskValue } from "./write-value";
export { splitAllRows, splitMultiRiskRow } from "./split-row";
export { addMeasureRows, unmitigatedRisks } from "./measure-rows";
export { buildRiskSummary, SUMMARY_TITLE } from "./risk-summary";
export { toRiskSummaries } from "./summaries";
export { planRiskTableEdits, type RiskTablePlan } from "./table-edits";
export type * from "./types";
