import type { Cell, Row, Table } from "../model";
import { detectLayout, type TableLayout } from "../templates/risk-columns";

/**
 * Risk tables written sideways: labels down the first column ("Risk:", "Likelihood:", "Severity:",
 * "Overall risk:") and one risk per further column, often one small table per risk. Read by turning
 * the columns into rows; the cells (and so their refs) are the document's own.
 */
const EXPLANATION = /^(?:rationale|reasons?|reasoning|justification|notes?|comments?|evidence|explanation)\s*:?$/i;

/** A cell moved into a turned row: its grid column in the document says nothing about its place there. */
function withoutGrid(cell: Cell): Cell {
  if (cell.gridColumn === undefined) return cell;
  const { gridColumn: _omit, ...rest } = cell;
  return rest;
}

export function detectTransposedLayout(table: Table): TableLayout | undefined {
  // Title rows ("Risk 1" across the table) are not part of the grid.
  const rows = table.rows.filter((r) => r.cells.length >= 2);
  if (rows.length < 3) return undefined;
  const width = rows[0].cells.length;
  if (rows.some((r) => r.cells.length !== width || r.cells.some((c) => (c.columnSpan ?? 1) > 1))) return undefined;
  // Labels end with a colon more often than not; the header reader skips form labels, so strip it here.
  const header: Row = {
    cells: rows.map((r) => ({ ...withoutGrid(r.cells[0]), text: r.cells[0].text.replace(/[\s:]+$/, "") })),
  };
  // A column headed "Rationale" / "Notes" explains the values beside it: it is not another risk.
  const data: Row[] = Array.from({ length: width - 1 }, (_, k) => ({
    cells: rows.map((r) => withoutGrid(r.cells[k + 1])),
  })).filter((column) => !EXPLANATION.test(column.cells[0].text.trim()));
  if (!data.length) return undefined;
  const layout = detectLayout({ ...table, rows: [header, ...data] });
  // Only assessment tables: a sign-off table also has "approved" and "residual" labels down its first column.
  if (!layout || layout.headerRow !== 0 || !layout.roles.has("likelihood") || !layout.roles.has("severity"))
    return undefined;
  return { ...layout, transposed: true };
}
