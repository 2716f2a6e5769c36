import { normaliseForCompare, type InsertRowsEdit, type SplitRowEdit } from "../core/edits";
import { checkTarget, GROUP, missing, type PreparedEdit, type Refusal } from "./prepared";
import { queueMarksIn } from "./review";
import { describeRef, resolveTarget, type DocumentHandles, type Target } from "./targets";

/**
 * Row edits use Word's own insertRows on the row they follow, so new rows copy that row's formatting
 * (borders, shading, fonts) as they do when a user presses Tab in the last cell.
 */

/** Pads each row to the table row's width; null when a row has more values than the row has cells. */
function fitRows(values: string[][], width: number): string[][] | null {
  if (values.some((row) => row.length > width)) return null;
  return values.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
}

export function prepareInsertRows(handles: DocumentHandles, edit: InsertRowsEdit): PreparedEdit | Refusal {
  if (edit.values.length === 0) return { reason: "unsupported", message: "No rows to insert." };
  const target = resolveTarget(handles, edit.ref);
  const rows = handles.rows(edit.ref.table);
  if (!target || !rows) return missing(edit.ref);
  let fitted: string[][] | null = null;
  let row: Word.TableRow | undefined;
  return {
    check: () => {
      const stale = checkTarget(target, edit.ref, edit.expected);
      if (stale) return stale;
      row = rows.items[edit.ref.row];
      if (!row) return missing(edit.ref);
      fitted = fitRows(edit.values, row.cellCount);
      if (!fitted) {
        return {
          reason: "unsupported",
          message: `The new rows have more cells than the row at ${describeRef(edit.ref)}.`,
        };
      }
      return null;
    },
    write: () => {
      if (row && fitted) row.insertRows("After", fitted.length, fitted);
    },
    landed: () => {
      const at = rows.items[edit.ref.row];
      const added = rows.items[edit.ref.row + 1];
      const wanted = at ? fitRows(edit.values, at.cellCount) : null;
      return wanted !== null && added !== undefined && sameRow(added.values[0], wanted[0]);
    },
    order: () => ({ group: GROUP.rows, key: [edit.ref.table, edit.ref.row] }),
  };
}

/**
 * Splits a multi-risk row: the cells of the row take the first new row's texts (only where they differ,
 * so untouched cells keep every run as it was) and the other rows are inserted after it.
 */
export function prepareSplitRow(handles: DocumentHandles, edit: SplitRowEdit): PreparedEdit | Refusal {
  if (edit.rows.length === 0) return { reason: "unsupported", message: "A split needs at least one row." };
  const cells: Target[] = [];
  for (let c = 0; c < edit.expectedRow.length; c++) {
    const target = resolveTarget(handles, { ...edit.ref, cell: c });
    if (!target) return missing(edit.ref);
    cells.push(target);
  }
  const rows = handles.rows(edit.ref.table);
  if (!rows) return missing(edit.ref);
  // The row's cells are rewritten and copied into the new rows: our marks come off first (see queueMarksIn).
  const unmarks = cells.map((cell) => queueMarksIn(cell.container, handles.canComment));
  let row: Word.TableRow | undefined;
  let fitted: string[][] | null = null;
  return {
    check: () => {
      for (let c = 0; c < cells.length; c++) {
        const stale = checkTarget(cells[c]!, { ...edit.ref, cell: c }, edit.expectedRow[c] ?? "");
        if (stale) return stale;
      }
      row = rows.items[edit.ref.row];
      if (!row) return missing(edit.ref);
      if (row.cellCount !== edit.expectedRow.length) {
        return {
          reason: "stale",
          message: `The row at ${describeRef(edit.ref)} has a different number of cells now; scan again.`,
        };
      }
      fitted = fitRows(edit.rows, row.cellCount);
      if (!fitted)
        return { reason: "unsupported", message: `The split rows have more cells than ${describeRef(edit.ref)}.` };
      return null;
    },
    write: () => {
      if (!row || !fitted) return;
      for (const unmark of unmarks) unmark();
      const [first, ...rest] = fitted;
      first!.forEach((text, c) => {
        const cell = cells[c]!;
        if (normaliseForCompare(cell.text() ?? "") !== normaliseForCompare(text))
          cell.container.insertText(text, "Replace");
      });
      if (rest.length > 0) row.insertRows("After", rest.length, rest);
    },
    landed: () => {
      const wanted = fitRows(edit.rows, edit.expectedRow.length);
      if (!wanted) return false;
      const first = cells.every(
        (cell, c) => normaliseForCompare(cell.text() ?? "") === normaliseForCompare(wanted[0]![c] ?? ""),
      );
      const next = rows.items[edit.ref.row + 1];
      return first && (wanted.length === 1 || (next !== undefined && sameRow(next.values[0], wanted[1]!)));
    },
    order: () => ({ group: GROUP.rows, key: [edit.ref.table, edit.ref.row] }),
  };
}

function sameRow(actual: string[] | undefined, wanted: string[] | undefined): boolean {
  return (
    actual !== undefined &&
    wanted !== undefined &&
    actual.length === wanted.length &&
    actual.every((text, c) => normaliseForCompare(text) === normaliseForCompare(wanted[c] ?? ""))
  );
}
