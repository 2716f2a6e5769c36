import { RISK_SUMMARY_TAG } from "../edits";
import type { CellRef, DocModel, Paragraph, Ref, Table } from "../model";
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
  /**
   * The paragraphs of a top-level table cell, in order (Word's body.paragraphs counts them), or undefined when they
   * cannot be told apart with certainty (a nested table, text that does not line up).
   */
  cellParagraphs(ref: CellRef): readonly Paragraph[] | undefined;
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
  let byCell: Map<string, Paragraph[]> | undefined;
  const cellParagraphs = (ref: CellRef): readonly Paragraph[] | undefined => {
    byCell ??= mapCellParagraphs(model);
    return byCell.get(`${ref.table}:${ref.row}:${ref.cell}`);
  };
  return { units, positionOf, cellParagraphs };
}

/**
 * Cells of top-level tables with their paragraphs: the in-table paragraphs between two body paragraphs belong to the
 * table(s) there, cell by cell in row order, and a cell's text is its paragraphs joined by line breaks. A table whose
 * texts do not line up (nested tables, a host that reports cells differently) is left out rather than guessed.
 */
function mapCellParagraphs(model: DocModel): Map<string, Paragraph[]> {
  const out = new Map<string, Paragraph[]>();
  const paragraphs = model.paragraphs;
  let next = 0;
  for (const block of model.blocks) {
    if (block.kind === "paragraph") {
      next = block.paragraph.index + 1;
      continue;
    }
    const table = block.table;
    let at = next;
    const found = new Map<string, Paragraph[]>();
    let ok = true;
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.verticallyMergedContinuation && !cell.text) {
          // A continuation cell still has one empty paragraph of its own in Word.
          if (paragraphs[at]?.text === "" && paragraphs[at].tableNestingLevel === table.nestingLevel) at++;
          continue;
        }
        const own: Paragraph[] = [];
        let joined: string | undefined;
        while (at < paragraphs.length && paragraphs[at].tableNestingLevel === table.nestingLevel) {
          own.push(paragraphs[at]);
          at++;
          joined = joined === undefined ? own[0].text : `${joined}\n${own[own.length - 1].text}`;
          if (joined === cell.text) break;
          if (!cell.text.startsWith(joined)) break;
        }
        if (joined !== cell.text) {
          ok = false;
          break;
        }
        found.set(`${cell.ref.table}:${cell.ref.row}:${cell.ref.cell}`, own);
      }
      if (!ok) break;
    }
    if (ok) for (const [k, v] of found) out.set(k, v);
    next = at;
  }
  return out;
}

/** Cells of a row unit that carry text of their own (merged continuations excluded). */
export function rowCells(unit: Extract<Unit, { kind: "row" }>) {
  return unit.table.rows[unit.row].cells.filter((c) => !c.verticallyMergedContinuation);
}
