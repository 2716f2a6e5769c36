/** The risk engine's public API: vocabulary, matrices, register, and the edit builders for risk tables. */
export { AXES, allowedWords, levelsFor, type Axis, type Level } from "../vocabulary/risk-levels";
export { isOptionListPlaceholder, parseLevel, type ParsedValue } from "../detect/risk-values";
export {
  DEFAULT_MATRIX_ID,
  getMatrix,
  isMatrixId,
  MATRIX_IDS,
  MatrixError,
  type MatrixId,
  type RiskMatrix,
  type ScoreBand,
} from "../vocabulary/risk-matrices";
export { validateMatrix } from "../vocabulary/custom-matrix";
export { isHighLevel, needsMeasure, overallFor } from "./matrices";
export { buildRegister } from "./register";
export type { BuildResult } from "./edit-result";
export { fillOverall, replaceCellValue, writeLevel, writeRiskValue } from "./write-value";
export { splitAllRows, splitMultiRiskRow } from "./split-row";
export { addMeasureRows, unmitigatedRisks } from "./measure-rows";
export { buildRiskSummary, SUMMARY_TITLE } from "./risk-summary";
export { toRiskSummaries } from "./summaries";
export { planRiskTableEdits, type RiskTablePlan } from "./table-edits";
export type * from "./types";
