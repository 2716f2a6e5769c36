import type { Edit } from "../edits";
import { addMeasureRows } from "./measure-rows";
import { buildRiskSummary } from "./risk-summary";
import { splitAllRows } from "./split-row";
import type { RiskMatrix } from "../vocabulary/risk-matrices";
import type { RiskRegister } from "./types";
import { fillOverall } from "./write-value";

/**
 * Everything "complete the risk tables" writes, in two rounds, because splitting a row moves the rows
 * below it: round "split" holds only the row splits; once they are applied and the document is read
 * again, round "fill" fills blank/placeholder overall risks, adds Step 6 rows for unmitigated
 * medium/high risks and inserts or updates the computed summary. Stated values are never overwritten.
 */
export interface RiskTablePlan {
  round: "split" | "fill";
  edits: Edit[];
  /** Why an edit was not built (e.g. a row whose columns cannot be paired), for the user. */
  skipped: string[];
}

export function planRiskTableEdits(register: RiskRegister, matrix: RiskMatrix, today: string): RiskTablePlan {
  const splits = splitAllRows(register);
  const skipped = splits.flatMap((s) => (s.ok ? [] : [s.reason]));
  const splitEdits = splits.flatMap((s) => (s.ok ? [s.edit] : []));
  if (splitEdits.length) return { round: "split", edits: splitEdits, skipped };
  const edits: Edit[] = [];
  for (const risk of register.risks) {
    if (!risk.computed || (risk.overall.state !== "blank" && risk.overall.state !== "placeholder")) continue;
    const fill = fillOverall(risk, matrix);
    if (fill.ok) edits.push(fill.edit);
    else skipped.push(fill.reason);
  }
  const rows = addMeasureRows(register, matrix);
  if (rows.ok) edits.push(rows.edit);
  if (register.found) edits.push(buildRiskSummary(register, matrix, today));
  return { round: "fill", edits, skipped };
}
