import type { InsertRowsEdit } from "../edits";
import { inherentLevel } from "./check-helpers";
import { built, refused, type BuildResult } from "./edit-result";
import { needsMeasure } from "./matrices";
import type { RegisterRisk, RiskRegister } from "./types";
import type { RiskMatrix } from "../vocabulary/risk-matrices";

/** Medium and high risks that no Step 6 measure addresses yet. */
export function unmitigatedRisks(register: RiskRegister, matrix: RiskMatrix): RegisterRisk[] {
  return register.risks.filter((risk) => {
    const level = inherentLevel(risk);
    return (
      risk.description !== "" &&
      level !== null &&
      needsMeasure(matrix, level) &&
      // A residual level written for the risk shows it was treated, even where the measure is not spelled out.
      !risk.measures.some((m) => m.description.trim() || m.residual.state === "value")
    );
  });
}

/** What the Step 6 "Risk" column says for a risk: "4) Cyber attack…" or "R4 – Cyber attack…". */
export function riskLabel(risk: RegisterRisk): string {
  return /^\d+$/.test(risk.id) ? `${risk.id}) ${risk.description}` : `${risk.id} – ${risk.description}`;
}

/**
 * Adds one Step 6 row per unmitigated medium/high risk after the table's last row (copying its
 * formatting), with the risk's id and description filled and the measure left for the user.
 */
export function addMeasureRows(
  register: RiskRegister,
  matrix: RiskMatrix,
  chosen?: RegisterRisk[],
): BuildResult<InsertRowsEdit> {
  // A risk that already has a Step 6 row (its measure still to be written) does not get a second one.
  const risks = (chosen ?? unmitigatedRisks(register, matrix)).filter((r) => r.measures.length === 0);
  if (!risks.length) return refused("Every medium or high risk already has a Step 6 row.");
  const table = register.tables?.find((t) => t.kind === "mitigate" && !t.transposed);
  if (!table) return refused("No Step 6 table (measures to reduce risk) was found to add rows to.");
  const { columns, lastRowCells } = table;
  if (columns.id === undefined && columns.description === undefined)
    return refused("The Step 6 table has no column naming the risk.");
  const values = risks.map((risk) => {
    const cells = lastRowCells.map(() => "");
    if (columns.id !== undefined) cells[columns.id] = risk.id;
    if (columns.description !== undefined)
      cells[columns.description] = columns.id !== undefined ? risk.description : riskLabel(risk);
    return cells;
  });
  return built({
    kind: "insert-rows",
    ref: { table: table.table, row: table.lastRow, cell: 0 },
    expected: lastRowCells[0] ?? "",
    values,
    ...(table.lastRowContext !== undefined ? { expectedContext: table.lastRowContext } : {}),
  });
}
