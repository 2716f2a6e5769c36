/** Word.Table, TableRow, TableCell and their collections over w:tbl / w:tr / w:tc. */
import { ErrorCodes, officeError } from "../errors";
import { cloneRow } from "../doc/table-build";
import { ensureParagraphAfter, paragraphWithText, placeBeside } from "../doc/insert";
import { cellsOf, paragraphsIn, parentOf, rowsOf, tableNestingLevel, wrappingSdt } from "../doc/structure";
import { paragraphText } from "../doc/text";
import { replaceRange, spanOf } from "../doc/edit-text";
import { builtInStyleName } from "../doc/styles";
import { createW, insertAfter, remove, setWAttr, wAttr, wChild, wPath, type XmlElement } from "../xml";
import { HCollection, HObject, NOT_A_PROPERTY, type HeadlessContext, type Loadable } from "./client-object";
import { C } from "./registry";
import { insertTableBeside } from "./range";
import type { HBody } from "./body";
import type { HParagraph } from "./paragraph";
import type { HRange } from "./range";

/** Cell text as Word's TableCell.value: the cell's paragraphs separated by "\r". */
export function cellText(tc: XmlElement): string {
  return paragraphsIn(tc)
    .filter((p) => parentOf(p, "tc") === tc)
    .map(paragraphText)
    .join("\r");
}

function shading(tc: XmlElement): string {
  const fill = wAttr(wPath(tc, "tcPr", "shd"), "fill");
  return !fill || fill === "auto" ? "" : "#" + fill.toUpperCase();
}

function setShading(tc: XmlElement, color: string): void {
  const doc = tc.ownerDocument!;
  let tcPr = wChild(tc, "tcPr");
  if (!tcPr) {
    tcPr = createW(doc, "tcPr");
    tc.insertBefore(tcPr, tc.firstChild);
  }
  const old = wChild(tcPr, "shd");
  const hex = /^#?([0-9a-f]{6})$/i.exec(color ?? "")?.[1];
  if (!hex && color) throw officeError(ErrorCodes.invalidArgument, `Invalid shading color '${color}'.`, "TableCell.shadingColor");
  if (!hex) {
    if (old) tcPr.removeChild(old);
    return;
  }
  const shd = createW(doc, "shd", { val: "clear", color: "auto", fill: hex.toUpperCase() });
  if (old) tcPr.replaceChild(shd, old);
  else {
    // Schema order in tcPr: … tcBorders, shd, noWrap, tcMar, textDirection, tcFitText, vAlign, hideMark …
    const after = ["noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange"];
    const before = after.map((l) => wChild(tcPr!, l)).find((x) => x) ?? null;
    tcPr.insertBefore(shd, before);
  }
}

function setCellText(tc: XmlElement, text: string): void {
  const paras = paragraphsIn(tc).filter((p) => parentOf(p, "tc") === tc);
  replaceRange(spanOf(paras.length ? paras : [appendParagraph(tc)]), text);
}

function appendParagraph(tc: XmlElement): XmlElement {
  const p = createW(tc.ownerDocument!, "p");
  tc.appendChild(p);
  return p;
}

function checkValues(values: unknown, location: string): string[][] | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
    throw officeError(ErrorCodes.invalidArgument, "values must be a 2D array of strings.", location);
  }
  return values as string[][];
}

export class HTable extends HObject<XmlElement> {
  readonly typeName = "Table";
  constructor(context: HeadlessContext, resolver: (() => XmlElement | null) | null, bound?: XmlElement) {
    super(context, resolver, bound);
  }
  protected scalarNames(): readonly string[] {
    return ["values", "rowCount", "nestingLevel", "style", "styleBuiltIn", "headerRowCount", "isUniform", "tag"];
  }
  protected override navNames(): readonly string[] {
    return ["rows"];
  }
  protected override makeNav(name: string): Loadable | undefined {
    if (name === "rows") return new HTableRowCollection(this.context, () => rowsOf(this.t()));
    return undefined;
  }
  protected readScalar(name: string, tbl: XmlElement): unknown {
    switch (name) {
      case "values":
        return rowsOf(tbl).map((tr) => cellsOf(tr).map(cellText));
      case "rowCount":
        return rowsOf(tbl).length;
      case "nestingLevel":
        return tableNestingLevel(tbl) + 1;
      case "style": {
        const id = wAttr(wPath(tbl, "tblPr", "tblStyle"), "val");
        return id ?? "";
      }
      case "styleBuiltIn":
        return builtInStyleName(wAttr(wPath(tbl, "tblPr", "tblStyle"), "val") === this.context.session.styles.tableGridId() ? "Table Grid" : "");
      case "headerRowCount": {
        let n = 0;
        for (const tr of rowsOf(tbl)) {
          if (!wPath(tr, "trPr", "tblHeader")) break;
          n++;
        }
        return n;
      }
      case "isUniform": {
        const counts = rowsOf(tbl).map((tr) => cellsOf(tr).length);
        return counts.every((c) => c === counts[0]);
      }
      case "tag": {
        // Not a Word property: headless convenience equal to the wrapping content control's tag.
        const sdt = wrappingSdt(tbl);
        return (sdt && wAttr(wPath(sdt, "sdtPr", "tag"), "val")) ?? "";
      }
      default:
        return NOT_A_PROPERTY;
    }
  }
  get values(): string[][] {
    return this.get("values");
  }
  set values(values: string[][]) {
    this.setProp("values", values, (tbl) => {
      checkValues(values, "Table.values");
      rowsOf(tbl).forEach((tr, r) => cellsOf(tr).forEach((tc, c) => values[r]?.[c] !== undefined && setCellText(tc, values[r][c])));
    });
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get nestingLevel(): number {
    return this.get("nestingLevel");
  }
  get style(): string {
    return this.get("style");
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  get headerRowCount(): number {
    return this.get("headerRowCount");
  }
  get isUniform(): boolean {
    return this.get("isUniform");
  }
  get rows(): HTableRowCollection {
    return this.nav("rows");
  }
  private parentCellCache?: HTableCell;
  get parentTableCellOrNullObject(): HTableCell {
    this.parentCellCache ??= HObject.eager(new HTableCell(this.context, () => parentOf(this.t(), "tc") ?? null), "Table.parentTableCellOrNullObject", true);
    return this.parentCellCache;
  }
  private parentTableCache?: HTable;
  get parentTableOrNullObject(): HTable {
    this.parentTableCache ??= HObject.eager(new HTable(this.context, () => parentOf(this.t(), "tbl") ?? null), "Table.parentTableOrNullObject", true);
    return this.parentTableCache;
  }

  private parentCcCache?: import("./content-control").HContentControl;
  /** The innermost content control around the table. */
  get parentContentControlOrNullObject(): import("./content-control").HContentControl {
    this.parentCcCache ??= HObject.eager(new C.HContentControl(this.context, () => parentOf(this.t(), "sdt") ?? null), "Table.parentContentControlOrNullObject", true);
    return this.parentCcCache;
  }
  get parentContentControl(): import("./content-control").HContentControl {
    return HObject.eager(new C.HContentControl(this.context, () => parentOf(this.t(), "sdt") ?? null), "Table.parentContentControl", false);
  }

  getCell(rowIndex: number, cellIndex: number): HTableCell {
    const cell = new HTableCell(this.context, () => cellsOf(rowsOf(this.t())[rowIndex] ?? createW(this.t().ownerDocument!, "tr"))[cellIndex] ?? null);
    return HObject.eager(cell, "Table.getCell", false);
  }
  getCellOrNullObject(rowIndex: number, cellIndex: number): HTableCell {
    const cell = new HTableCell(this.context, () => cellsOf(rowsOf(this.t())[rowIndex] ?? createW(this.t().ownerDocument!, "tr"))[cellIndex] ?? null);
    return HObject.eager(cell, "Table.getCellOrNullObject", true);
  }

  addRows(location: "Start" | "End", rowCount: number, values?: string[][]): HTableRowCollection {
    let added: XmlElement[] = [];
    const rows = new HTableRowCollection(this.context, () => added, false);
    this.act("addRows", (tbl) => {
      if (location !== "Start" && location !== "End") throw officeError(ErrorCodes.invalidArgument, `addRows takes Start or End, not '${String(location)}'.`);
      const all = rowsOf(tbl);
      const template = location === "Start" ? all[0] : all[all.length - 1];
      added = insertRowsBeside(template, location === "Start" ? "Before" : "After", rowCount, checkValues(values, "Table.addRows"));
    });
    return rows;
  }

  getRange(_location?: string): HRange {
    const range = new C.HRange(this.context, () => spanOf(paragraphsIn(this.t())));
    return HObject.eager(range, "Table.getRange", false);
  }

  insertParagraph(text: string, location: "Before" | "After"): HParagraph {
    const para = new C.HParagraph(this.context, () => {
      const tbl = this.t();
      const p = paragraphWithText(tbl.ownerDocument!, text);
      placeBeside(p, tbl, location);
      return p;
    });
    return HObject.eager(para, "Table.insertParagraph", false);
  }

  insertTable(rowCount: number, columnCount: number, location: "Before" | "After", values?: string[][]): HTable {
    const table = new HTable(this.context, () => {
      const tbl = this.t();
      // Two adjacent tables would merge: keep a paragraph between them, as Word does.
      const spacer = createW(tbl.ownerDocument!, "p");
      placeBeside(spacer, tbl, location);
      return insertTableBeside(this.context, spacer, rowCount, columnCount, location, values);
    });
    return HObject.eager(table, "Table.insertTable", false);
  }

  insertContentControl(): import("./content-control").HContentControl {
    const cc = new C.HContentControl(this.context, () => wrapTableInContentControl(this.t()));
    return HObject.eager(cc, "Table.insertContentControl", false);
  }

  delete(): void {
    this.act("delete", (tbl) => {
      const sdt = wrappingSdt(tbl);
      remove(tbl);
      if (sdt && paragraphsIn(sdt).length === 0 && !sdt.getElementsByTagNameNS(tbl.namespaceURI!, "tbl").length) remove(sdt);
    });
  }

  select(): void {
    this.act("select", (tbl) => {
      this.context.session.selection = spanOf(paragraphsIn(tbl));
    });
  }
}

function wrapTableInContentControl(tbl: XmlElement): XmlElement {
  const doc = tbl.ownerDocument!;
  const sdt = createW(doc, "sdt");
  const sdtPr = createW(doc, "sdtPr");
  sdtPr.appendChild(createW(doc, "id", { val: String(Math.floor(Math.random() * 2 ** 31)) }));
  sdt.appendChild(sdtPr);
  const content = createW(doc, "sdtContent");
  sdt.appendChild(content);
  tbl.parentNode!.insertBefore(sdt, tbl);
  content.appendChild(tbl);
  ensureParagraphAfter(sdt);
  return sdt;
}

function insertRowsBeside(template: XmlElement | undefined, side: "Before" | "After", count: number, values: string[][] | undefined): XmlElement[] {
  if (!template) throw officeError(ErrorCodes.itemNotFound, "The table has no row to copy.");
  if (!Number.isInteger(count) || count < 1) throw officeError(ErrorCodes.invalidArgument, "rowCount must be a positive integer.");
  if (values && values.length > count) throw officeError(ErrorCodes.invalidArgument, "More rows of values than rows to insert.");
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

export class HTableCollection extends HCollection<XmlElement, HTable> {
  readonly typeName = "TableCollection";
  protected makeItem(t: XmlElement): HTable {
    return new HTable(this.context, null, t);
  }
  protected makeLazyItem(resolver: () => XmlElement | null): HTable {
    return new HTable(this.context, resolver);
  }
}

export class HTableRow extends HObject<XmlElement> {
  readonly typeName = "TableRow";
  constructor(context: HeadlessContext, resolver: (() => XmlElement | null) | null, bound?: XmlElement) {
    super(context, resolver, bound);
  }
  protected scalarNames(): readonly string[] {
    return ["values", "cellCount", "rowIndex", "isHeader", "shadingColor"];
  }
  protected override navNames(): readonly string[] {
    return ["cells", "parentTable"];
  }
  protected override makeNav(name: string): Loadable | undefined {
    if (name === "cells") return new HTableCellCollection(this.context, () => cellsOf(this.t()));
    if (name === "parentTable") return new HTable(this.context, () => parentOf(this.t(), "tbl") ?? null);
    return undefined;
  }
  protected readScalar(name: string, tr: XmlElement): unknown {
    switch (name) {
      case "values":
        return [cellsOf(tr).map(cellText)];
      case "cellCount":
        return cellsOf(tr).length;
      case "rowIndex":
        return rowsOf(parentOf(tr, "tbl")!).indexOf(tr);
      case "isHeader":
        return !!wPath(tr, "trPr", "tblHeader");
      case "shadingColor": {
        const colors = cellsOf(tr).map(shading);
        return colors.every((c) => c === colors[0]) ? colors[0] ?? "" : "";
      }
      default:
        return NOT_A_PROPERTY;
    }
  }
  get values(): string[][] {
    return this.get("values");
  }
  set values(values: string[][]) {
    this.setProp("values", values, (tr) => {
      const row = checkValues(values, "TableRow.values")?.[0] ?? [];
      cellsOf(tr).forEach((tc, c) => row[c] !== undefined && setCellText(tc, row[c]));
    });
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get isHeader(): boolean {
    return this.get("isHeader");
  }
  get shadingColor(): string {
    return this.get("shadingColor");
  }
  set shadingColor(color: string) {
    this.setProp("shadingColor", color, (tr) => cellsOf(tr).forEach((tc) => setShading(tc, color)));
  }
  get cells(): HTableCellCollection {
    return this.nav("cells");
  }
  get parentTable(): HTable {
    return this.nav("parentTable");
  }
  insertRows(location: "Before" | "After", rowCount: number, values?: string[][]): HTableRowCollection {
    let added: XmlElement[] = [];
    const rows = new HTableRowCollection(this.context, () => added, false);
    this.act("insertRows", (tr) => {
      if (location !== "Before" && location !== "After") throw officeError(ErrorCodes.invalidArgument, `insertRows takes Before or After, not '${String(location)}'.`);
      added = insertRowsBeside(tr, location, rowCount, checkValues(values, "TableRow.insertRows"));
    });
    return rows;
  }
  delete(): void {
    this.act("delete", (tr) => remove(tr));
  }
}

export class HTableRowCollection extends HCollection<XmlElement, HTableRow> {
  readonly typeName = "TableRowCollection";
  protected makeItem(t: XmlElement): HTableRow {
    return new HTableRow(this.context, null, t);
  }
  protected makeLazyItem(resolver: () => XmlElement | null): HTableRow {
    return new HTableRow(this.context, resolver);
  }
}

export class HTableCell extends HObject<XmlElement> {
  readonly typeName = "TableCell";
  constructor(context: HeadlessContext, resolver: (() => XmlElement | null) | null, bound?: XmlElement) {
    super(context, resolver, bound);
  }
  protected scalarNames(): readonly string[] {
    return ["value", "rowIndex", "cellIndex", "shadingColor", "columnWidth", "columnSpan", "verticalMerge"];
  }
  protected override navNames(): readonly string[] {
    return ["body", "parentRow", "parentTable"];
  }
  protected override makeNav(name: string): Loadable | undefined {
    if (name === "body") return new C.HBody(this.context, () => this.t());
    if (name === "parentRow") return new HTableRow(this.context, () => parentOf(this.t(), "tr") ?? null);
    if (name === "parentTable") return new HTable(this.context, () => parentOf(this.t(), "tbl") ?? null);
    return undefined;
  }
  protected readScalar(name: string, tc: XmlElement): unknown {
    const tr = parentOf(tc, "tr");
    switch (name) {
      case "value":
        return cellText(tc);
      case "rowIndex":
        return tr ? rowsOf(parentOf(tr, "tbl")!).indexOf(tr) : -1;
      case "cellIndex":
        return tr ? cellsOf(tr).indexOf(tc) : -1;
      case "shadingColor":
        return shading(tc);
      case "columnWidth":
        return Number(wAttr(wPath(tc, "tcPr", "tcW"), "w") ?? 0) / 20;
      // Not Word properties: how the cell is merged (Word exposes this only through its layout).
      case "columnSpan":
        return Number(wAttr(wPath(tc, "tcPr", "gridSpan"), "val") ?? 1);
      case "verticalMerge": {
        const v = wPath(tc, "tcPr", "vMerge");
        return v ? (wAttr(v, "val") === "restart" ? "restart" : "continue") : "none";
      }
      default:
        return NOT_A_PROPERTY;
    }
  }
  get value(): string {
    return this.get("value");
  }
  set value(text: string) {
    this.setProp("value", text, (tc) => setCellText(tc, text));
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get cellIndex(): number {
    return this.get("cellIndex");
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  get shadingColor(): string {
    return this.get("shadingColor");
  }
  set shadingColor(color: string) {
    this.setProp("shadingColor", color, (tc) => setShading(tc, color));
  }
  get body(): HBody {
    return this.nav("body");
  }
  get parentRow(): HTableRow {
    return this.nav("parentRow");
  }
  get parentTable(): HTable {
    return this.nav("parentTable");
  }
}

export class HTableCellCollection extends HCollection<XmlElement, HTableCell> {
  readonly typeName = "TableCellCollection";
  protected makeItem(t: XmlElement): HTableCell {
    return new HTableCell(this.context, null, t);
  }
  protected makeLazyItem(resolver: () => XmlElement | null): HTableCell {
    return new HTableCell(this.context, resolver);
  }
}

C.HTable = HTable;
C.HTableCollection = HTableCollection;
C.HTableRow = HTableRow;
C.HTableRowCollection = HTableRowCollection;
C.HTableCell = HTableCell;
C.HTableCellCollection = HTableCellCollection;

export { setWAttr };
