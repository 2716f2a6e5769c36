import { RISK_SUMMARY_TAG } from "../edits";
import type { DocModel, Paragraph, Ref, Table } from "../model";
import { isCellRef } from "../model";

/**
 * The document as one sequence of "units": top-level paragraphs and table rows in body order. Questions
 * and answers sit in either, so slot finders and section boundaries work on this one sequence.
 */
export type Unit =
  | { kind: "paragraph"; block: number; paragraph: Paragraph }
  | { kind: "row"; block: number; table: Table; row: number };

export interface UnitIndex {
  units: Unit[];
  /** Position (index into units) of the unit holding a ref; -1 when the ref is not in the document. */
  positionOf(ref: Ref): number;
}

export function buildUnits(model: DocModel): UnitIndex {
  const units: Unit[] = [];
  const paragraphPos = new Map<number, number>();
  const firstRowPos = new Map<number, number>();
  model.blocks.forEach((block, b) => {
    if (block.kind === "paragraph") {
      paragraphPos.set(block.paragraph.index, units.length);
      units.push({ kind: "paragraph", block: b, paragraph: block.paragraph });
      return;
    }
    // Our own inserted risk summary is not part of the user's answers.
    if (block.table.tag === RISK_SUMMARY_TAG) return;
    firstRowPos.set(block.table.index, units.length);
    block.table.rows.forEach((_, r) => units.push({ kind: "row", block: b, table: block.table, row: r }));
  });
  const topLevelParagraphs = [...paragraphPos.keys()].sort((a, b) => a - b);
  const tableStarts = [...firstRowPos.entries()].sort((a, b) => a[0] - b[0]);

  const positionOf = (ref: Ref): number => {
    if (isCellRef(ref)) {
      const first = firstRowPos.get(ref.table);
      if (first !== undefined) return first + ref.row;
      // A nested table belongs to the closest top-level table before it in body.tables order.
      const parent = [...tableStarts].reverse().find(([t]) => t < ref.table);
      return parent ? parent[1] : -1;
    }
    const direct = paragraphPos.get(ref.paragraph);
    if (direct !== undefined) return direct;
    // A paragraph inside a table: the first table row after the last top-level paragraph before it.
    const before = topLevelParagraphs.filter((i) => i < ref.paragraph).pop();
    const from = before === undefined ? 0 : (paragraphPos.get(before) ?? 0) + 1;
    const next = units.findIndex((u, i) => i >= from && u.kind === "row");
    return next >= 0 ? next : units.length - 1;
  };
  return { units, positionOf };
}

/** Cells of a row unit that carry text of their own (merged continuations excluded). */
export function rowCells(unit: Extract<Unit, { kind: "row" }>) {
  return unit.table.rows[unit.row].cells.filter((c) => !c.verticallyMergedContinuation);
}
