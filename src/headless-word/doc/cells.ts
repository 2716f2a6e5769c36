/** Cell-level DOM helpers shared by Table, TableRow and TableCell. */
import { ErrorCodes, officeError } from "../errors";
import { createW, insertAfter, wAttr, wChild, wPath, type XmlElement } from "../../docx/xml";
import { cellParagraphs } from "../../docx/ooxml/structure";
import { paragraphText } from "../../docx/ooxml/text";
import { replaceRange, spanOf } from "./edit-text";
import { cloneRow } from "./table-build";
import { placeBeside } from "./insert";
import { toHex } from "./colors";

/** Cell text as Word's TableCell.value: the cell's paragraphs separated by "\r". */
export function cellText(tc: XmlElement): string {
  return cellParagraphs(tc)
    .map((p) => paragraphText(p))
    .join("\r");
}

export function shading(tc: XmlElement): string {
  const fill = wAttr(wPath(tc, "tcPr", "shd"), "fill");
  return !fill || fill === "auto" ? "" : "#" + fill.toUpperCase();
}

export function setShading(tc: XmlElement, color: string): void {
  const doc = tc.ownerDocument!;
  let tcPr = wChild(tc, "tcPr");
  if (!tcPr) {
    tcPr = createW(doc, "tcPr");
    tc.insertBefore(tcPr, tc.firstChild);
  }
  const old = wChild(tcPr, "shd");
  const hex = color ? toHex(color) : undefined;
  if (!hex && color)
    throw officeError(ErrorCodes.invalidArgument, `Invalid shading color '${color}'.`, "TableCell.shadingColor");
  if (!hex) {
    if (old) tcPr.removeChild(old);
    return;
  }
  const shd = createW(doc, "shd", { val: "clear", color: "auto", fill: hex.toUpperCase() });
  if (old) tcPr.replaceChild(shd, old);
  else {
    // Schema order in tcPr: … tcBorders, shd, noWrap, tcMar, textDirection, tcFitText, vAlign, hideMark …
    const after = [
      "noWrap",
      "tcMar",
      "textDirection",
      "tcFitText",
      "vAlign",
      "hideMark",
      "headers",
      "cellIns",
      "cellDel",
      "cellMerge",
      "tcPrChange",
    ];
    const before = after.map((l) => wChild(tcPr!, l)).find((x) => x) ?? null;
    tcPr.insertBefore(shd, before);
  }
}

export function setCellText(tc: XmlElement, text: string): void {
  const paras = cellParagraphs(tc);
  replaceRange(spanOf(paras.length ? paras : [appendParagraph(tc)]), text);
}

export function appendParagraph(tc: XmlElement): XmlElement {
  const p = createW(tc.ownerDocument!, "p");
  tc.appendChild(p);
  return p;
}

export function checkValues(values: unknown, location: string): string[][] | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
    throw officeError(ErrorCodes.invalidArgument, "values must be a 2D array of strings.", location);
  }
  return values as string[][];
}

export function insertRowsBeside(
  template: XmlElement | undefined,
  side: "Before" | "After",
  count: number,
  values: string[][] | undefined,
): XmlElement[] {
  if (!template) throw officeError(ErrorCodes.itemNotFound, "The table has no row to copy.");
  if (!Number.isInteger(count) || count < 1)
    throw officeError(ErrorCodes.invalidArgument, "rowCount must be a positive integer.");
  if (values && values.length > count)
    throw officeError(ErrorCodes.invalidArgument, "More rows of values than rows to insert.");
  const rows: XmlElement[] = [];
  let anchor = template;
  for (let i = 0; i < count; i++) {
    const row = cloneRow(template, values?.[i]);
    if (side === "Before" && i === 0) placeBeside(row, template, "Before");
    else insertAfter(row, anchor);
    anchor = row;
    rows.push(row);
  }
  return rows;
}
