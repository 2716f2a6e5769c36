/**
 * Builds complete tables (grid, borders, header row, widths that fit the text area) and new rows cloned
 * from existing ones.
 */
import { children, createW, isW, wAttr, wChild, wPath, type XmlDocument, type XmlElement } from "../../docx/xml";
import { appendTextContent, cloneRunShell } from "./runs";
import { paragraphPieces } from "../../docx/ooxml/text";
import { cellsOf } from "../../docx/ooxml/structure";

/** Width of the text area in twentieths of a point, from the last section's page size and margins. */
export function textWidthTwips(body: XmlElement | undefined): number {
  const sectPr = body && wChild(body, "sectPr");
  const width = Number(wAttr(wPath(sectPr, "pgSz"), "w") ?? 11906);
  const left = Number(wAttr(wPath(sectPr, "pgMar"), "left") ?? 1440);
  const right = Number(wAttr(wPath(sectPr, "pgMar"), "right") ?? 1440);
  const w = width - left - right;
  return Number.isFinite(w) && w > 1000 ? w : 9026;
}

export function buildTable(
  doc: XmlDocument,
  rowCount: number,
  columnCount: number,
  values: string[][] | undefined,
  widthTwips: number,
  styleId?: string,
): XmlElement {
  const tbl = createW(doc, "tbl");
  const tblPr = createW(doc, "tblPr");
  if (styleId) tblPr.appendChild(createW(doc, "tblStyle", { val: styleId }));
  tblPr.appendChild(createW(doc, "tblW", { w: String(widthTwips), type: "dxa" }));
  const borders = createW(doc, "tblBorders");
  for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
    borders.appendChild(createW(doc, side, { val: "single", sz: "4", space: "0", color: "auto" }));
  }
  tblPr.appendChild(borders);
  tblPr.appendChild(createW(doc, "tblLayout", { type: "fixed" }));
  tblPr.appendChild(
    createW(doc, "tblLook", {
      val: "04A0",
      firstRow: "1",
      lastRow: "0",
      firstColumn: "1",
      lastColumn: "0",
      noHBand: "0",
      noVBand: "1",
    }),
  );
  tbl.appendChild(tblPr);
  const colWidth = Math.floor(widthTwips / Math.max(1, columnCount));
  const grid = createW(doc, "tblGrid");
  for (let c = 0; c < columnCount; c++) grid.appendChild(createW(doc, "gridCol", { w: String(colWidth) }));
  tbl.appendChild(grid);
  for (let r = 0; r < rowCount; r++) {
    const tr = createW(doc, "tr");
    if (r === 0 && rowCount > 1) {
      const trPr = createW(doc, "trPr");
      trPr.appendChild(createW(doc, "tblHeader"));
      tr.appendChild(trPr);
    }
    for (let c = 0; c < columnCount; c++) {
      const tc = createW(doc, "tc");
      const tcPr = createW(doc, "tcPr");
      tcPr.appendChild(createW(doc, "tcW", { w: String(colWidth), type: "dxa" }));
      tc.appendChild(tcPr);
      const p = createW(doc, "p");
      const text = values?.[r]?.[c] ?? "";
      if (text) {
        const run = createW(doc, "r");
        if (r === 0 && rowCount > 1) {
          const rPr = createW(doc, "rPr");
          rPr.appendChild(createW(doc, "b"));
          run.appendChild(rPr);
        }
        appendTextContent(run, text);
        p.appendChild(run);
      }
      tc.appendChild(p);
      tr.appendChild(tc);
    }
    tbl.appendChild(tr);
  }
  return tbl;
}

/** A copy of `row` with the same cells (widths, spans, shading) and `values` as their text. */
export function cloneRow(row: XmlElement, values: string[] | undefined): XmlElement {
  const doc = row.ownerDocument as XmlDocument;
  const copy = row.cloneNode(false) as XmlElement;
  for (const child of children(row)) {
    if (isW(child, "trPr") || isW(child, "tblPrEx")) {
      const pr = child.cloneNode(true) as XmlElement;
      const header = wChild(pr, "tblHeader");
      if (header) pr.removeChild(header);
      copy.appendChild(pr);
    }
  }
  cellsOf(row).forEach((tc, i) => {
    const cell = createW(doc, "tc");
    const tcPr = wChild(tc, "tcPr");
    if (tcPr) {
      const pr = tcPr.cloneNode(true) as XmlElement;
      const vMerge = wChild(pr, "vMerge");
      if (vMerge) pr.removeChild(vMerge);
      cell.appendChild(pr);
    }
    const firstP = children(tc).find((c) => isW(c, "p"));
    const p = createW(doc, "p");
    const pPr = firstP && wChild(firstP, "pPr");
    if (pPr) p.appendChild(pPr.cloneNode(true));
    const text = values?.[i] ?? "";
    if (text) {
      const templateRun = firstP ? paragraphPieces(firstP)[0]?.run : undefined;
      const run = templateRun && templateRun.localName === "r" ? cloneRunShell(templateRun) : createW(doc, "r");
      appendTextContent(run, text);
      p.appendChild(run);
    }
    cell.appendChild(p);
    copy.appendChild(cell);
  });
  return copy;
}
