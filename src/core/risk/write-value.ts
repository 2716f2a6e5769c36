import type { ReplaceTextEdit, SetTextEdit } from "../edits";
import { levelFor, levelText } from "./check-helpers";
import { built, refused, type BuildResult } from "./edit-result";
import type { RegisterCell, RegisterRisk, RiskRegister } from "./types";
import type { RiskMatrix } from "../vocabulary/risk-matrices";
import type { Axis } from "../vocabulary/risk-levels";

/**
 * Writing a chosen level into a risk table cell. A cell of its own is rewritten whole (its first run's
 * formatting is kept); one risk's part of a multi-risk cell is replaced alone, so the other risks'
 * values stay as they are.
 */

function occurrenceBefore(text: string, find: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf(find); at >= 0 && at < offset; at = text.indexOf(find, at + find.length)) count++;
  return count;
}

/** The scan's context of the cell, for apply to refuse the edit when the ref names another place by then. */
function contextOf(cell: RegisterCell): { expectedContext?: string } {
  return cell.context !== undefined ? { expectedContext: cell.context } : {};
}

/** The edit that writes `text` in place of this cell's (or this part's) current value. */
export function replaceCellValue(cell: RegisterCell, text: string): BuildResult<SetTextEdit | ReplaceTextEdit> {
  if (cell.part === undefined)
    return built({ kind: "set-text", ref: cell.ref, expected: cell.expected, text, ...contextOf(cell) });
  if (cell.offset === undefined || !cell.raw) {
    return refused("This risk shares its row with others and its value cannot be told apart: split the row first.");
  }
  if (cell.raw.includes("\n")) {
    // A part spread over several paragraphs is rewritten through the whole cell, the other parts copied as they were.
    const next = cell.expected.slice(0, cell.offset) + text + cell.expected.slice(cell.offset + cell.raw.length);
    return built({ kind: "set-text", ref: cell.ref, expected: cell.expected, text: next, ...contextOf(cell) });
  }
  return built({
    kind: "replace-text",
    ref: cell.ref,
    expected: cell.expected,
    find: cell.raw,
    occurrence: occurrenceBefore(cell.expected, cell.raw, cell.offset),
    replacement: text,
    ...contextOf(cell),
  });
}

/** Writes the chosen level (by id) of an axis into a cell; refuses an id that is not a level of the axis. */
export function writeLevel(
  cell: RegisterCell,
  axis: Axis,
  levelId: string,
  matrix: RiskMatrix,
): BuildResult<SetTextEdit | ReplaceTextEdit> {
  const level = levelFor(axis, matrix, levelId);
  if (!level) return refused(`"${levelId}" is not a ${axis} value of the ${matrix.name} matrix.`);
  return replaceCellValue(cell, levelText(level));
}

/**
 * Fills Step 5 "overall risk" with the matrix result: where it is blank or a placeholder, or, with
 * `acceptCorrection`, where the stated value differs (the user accepted the correction of a mismatch).
 */
export function fillOverall(
  risk: RegisterRisk,
  matrix: RiskMatrix,
  acceptCorrection = false,
): BuildResult<SetTextEdit | ReplaceTextEdit> {
  const cell = risk.cells.overall;
  if (!cell) return refused(`Risk ${risk.id} has no overall risk column to write into.`);
  if (!risk.computed) return refused(`Risk ${risk.id} cannot be scored yet: choose its likelihood and severity first.`);
  const state = risk.overall.state;
  if (state === "value" && risk.overall.id === risk.computed)
    return refused(`Risk ${risk.id} already states the matrix result.`);
  if ((state === "value" || state === "invalid") && !acceptCorrection) {
    return refused(`Risk ${risk.id} states "${risk.overall.raw.trim()}"; accept the correction to overwrite it.`);
  }
  return writeLevel(cell, "overall", risk.computed, matrix);
}

/**
 * Writes a chosen value for one risk by id (as a finding's `data.riskId` names it): likelihood, severity
 * or overall into its Step 5 cell; effect, residual or approved into its `measureIndex`-th Step 6 measure.
 */
export function writeRiskValue(
  register: RiskRegister,
  riskId: string,
  axis: Axis,
  levelId: string,
  matrix: RiskMatrix,
  measureIndex = 0,
): BuildResult<SetTextEdit | ReplaceTextEdit> {
  const risk = register.risks.find((r) => r.id === riskId);
  if (!risk) return refused(`No risk "${riskId}" in the register; scan again.`);
  const cell =
    axis === "likelihood" || axis === "severity" || axis === "overall"
      ? risk.cells[axis]
      : risk.measures[measureIndex]?.cells[axis];
  if (!cell) return refused(`Risk ${riskId} has no ${axis} cell to write into.`);
  return writeLevel(cell, axis, levelId, matrix);
}
