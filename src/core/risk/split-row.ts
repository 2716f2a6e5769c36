import type { SplitRowEdit } from "../edits";
import { built, refused, type BuildResult } from "./edit-result";
import { nonWhitespace } from "./split-cell";
import type { MultiRiskRow, RiskRegister } from "./types";

/**
 * Splits a row holding several numbered risks into one row per risk, each risk's values moving with
 * it. Built only when every cell could be paired and no character but whitespace between parts is
 * dropped (checked here, not assumed).
 */

/** Non-whitespace text of every cell is kept: paired cells in order, whole-row cells copied to every row. */
export function keepsEveryCharacter(multi: MultiRiskRow, rows: string[][]): boolean {
  return multi.cells.every((original, c) => {
    const parts = rows.map((r) => r[c]);
    const joined = nonWhitespace(parts.join(""));
    const whole = nonWhitespace(original);
    return joined === whole || parts.every((p) => nonWhitespace(p) === whole);
  });
}

export function splitMultiRiskRow(multi: MultiRiskRow): BuildResult<SplitRowEdit> {
  const unpaired = multi.parts.findIndex((p) => p === null);
  if (unpaired >= 0) {
    return refused(
      `Column ${unpaired + 1} holds a different number of values than the row has risks; split it by hand.`,
    );
  }
  const count = multi.parts[0]?.length ?? 0;
  const rows = Array.from({ length: count }, (_, k) => multi.parts.map((parts) => (parts as string[])[k]));
  if (!keepsEveryCharacter(multi, rows)) return refused("Splitting this row would lose text; split it by hand.");
  return built({
    kind: "split-row",
    ref: { table: multi.table, row: multi.row, cell: 0 },
    expectedRow: multi.cells,
    expected: multi.cells[0] ?? "",
    rows,
    ...(multi.context !== undefined ? { expectedContext: multi.context } : {}),
  });
}

/** Split edits for every multi-risk row, last row first so that earlier refs stay valid while applying. */
export function splitAllRows(register: RiskRegister): BuildResult<SplitRowEdit>[] {
  return [...(register.multiRows ?? [])].sort((a, b) => b.table - a.table || b.row - a.row).map(splitMultiRiskRow);
}
