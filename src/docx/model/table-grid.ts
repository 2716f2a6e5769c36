/**
 * Where each cell of a table sits on the table's grid: the column it starts in (w:gridBefore plus the spans of the
 * cells before it), how many grid columns it spans (w:gridSpan), and whether it continues a vertical merge
 * (w:vMerge without "restart"). Word's API gives none of this (Table.values lists one entry per w:tc), so both
 * ways of reading take it from OOXML: the file's, or each table's own (Range.getOoxml) in the API fallback.
 */
import { wAttr, wChild, wPath, type XmlElement } from "../xml";
import { cellsOf, rowsOf } from "../ooxml/structure";

export interface CellGeometry {
  gridColumn: number;
  columnSpan: number;
  verticallyMergedContinuation: boolean;
}

/** One entry per w:tc of each w:tr, in the order of Table.values. */
export function tableGeometry(tbl: XmlElement, w?: string): CellGeometry[][] {
  return rowsOf(tbl, w).map((tr) => {
    let column = positive(wAttr(wPath(tr, "trPr", "gridBefore"), "val"), 0);
    return cellsOf(tr, w).map((tc) => {
      const pr = wChild(tc, "tcPr");
      const columnSpan = positive(wAttr(pr && wChild(pr, "gridSpan"), "val"), 1);
      const vMerge = pr && wChild(pr, "vMerge");
      // ECMA-376 §17.4.84: w:vMerge without w:val means "continue".
      const verticallyMergedContinuation = !!vMerge && wAttr(vMerge, "val") !== "restart";
      const geometry = { gridColumn: column, columnSpan, verticallyMergedContinuation };
      column += columnSpan;
      return geometry;
    });
  });
}

function positive(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) && n >= (fallback === 0 ? 0 : 1) ? n : fallback;
}
