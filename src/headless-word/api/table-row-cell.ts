/** Word.TableRow, Word.TableCell and their collections over w:tr / w:tc. */
import { ErrorCodes, officeError } from "../errors";
import { cellsOf, parentOf, rowsOf } from "../../docx/ooxml/structure";
import { children, isW, remove, setWAttr, wAttr, wPath, type XmlElement } from "../../docx/xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext, type Loadable } from "./client-object";
import { HCollection } from "./collection";
import { C } from "./registry";
import type { HBody } from "./body";
import type { HTable } from "./table";
import { cellText, checkValues, insertRowsBeside, setCellText, setShading, shading } from "../doc/cells";

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
    if (name === "parentTable") return new C.HTable(this.context, () => parentOf(this.t(), "tbl") ?? null);
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
        return colors.every((c) => c === colors[0]) ? (colors[0] ?? "") : "";
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
      if (location !== "Before" && location !== "After")
        throw officeError(ErrorCodes.invalidArgument, `insertRows takes Before or After, not '${String(location)}'.`);
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
    // Word.TableCell has no merge properties (neither columnSpan nor verticalMerge): src/word takes merges from
    // OOXML (src/docx), so loading them here fails as it would in Word.
    return ["value", "rowIndex", "cellIndex", "shadingColor", "columnWidth"];
  }
  protected override navNames(): readonly string[] {
    return ["body", "parentRow", "parentTable"];
  }
  protected override makeNav(name: string): Loadable | undefined {
    if (name === "body") return new C.HBody(this.context, () => this.t());
    if (name === "parentRow") return new HTableRow(this.context, () => parentOf(this.t(), "tr") ?? null);
    if (name === "parentTable") return new C.HTable(this.context, () => parentOf(this.t(), "tbl") ?? null);
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
  /**
   * Word: "Specifies the width of the cell's column in points. This is applicable to uniform tables." Sets the grid
   * column and every unmerged cell starting in it, and the table's width to the sum of its columns.
   */
  set columnWidth(points: number) {
    this.setProp("columnWidth", points, (tc) => {
      if (!(points > 0))
        throw officeError(ErrorCodes.invalidArgument, "columnWidth must be positive.", "TableCell.columnWidth");
      const tbl = parentOf(tc, "tbl")!;
      const column = gridColumnOf(tc);
      const twips = String(Math.round(points * 20));
      const cols = wPath(tbl, "tblGrid") ? children(wPath(tbl, "tblGrid")!).filter((c) => isW(c, "gridCol")) : [];
      if (cols[column]) setWAttr(cols[column], "w", twips);
      for (const tr of rowsOf(tbl)) {
        const cell = cellsOf(tr).find((c) => gridColumnOf(c) === column);
        if (!cell || Number(wAttr(wPath(cell, "tcPr", "gridSpan"), "val") ?? 1) !== 1) continue;
        const tcW = wPath(cell, "tcPr", "tcW");
        if (tcW) {
          setWAttr(tcW, "w", twips);
          setWAttr(tcW, "type", "dxa");
        }
      }
      const tblW = wPath(tbl, "tblPr", "tblW");
      if (tblW && wAttr(tblW, "type") === "dxa" && cols.length)
        setWAttr(tblW, "w", String(cols.reduce((sum, c) => sum + Number(wAttr(c, "w") ?? 0), 0)));
    });
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

C.HTableRow = HTableRow;
C.HTableRowCollection = HTableRowCollection;
C.HTableCell = HTableCell;
C.HTableCellCollection = HTableCellCollection;

/** The grid column a cell starts in: gridBefore plus the spans of the cells before it. */
function gridColumnOf(tc: XmlElement): number {
  const tr = parentOf(tc, "tr");
  if (!tr) return 0;
  let column = Number(wAttr(wPath(tr, "trPr", "gridBefore"), "val") ?? 0);
  for (const cell of cellsOf(tr)) {
    if (cell === tc) return column;
    column += Number(wAttr(wPath(cell, "tcPr", "gridSpan"), "val") ?? 1);
  }
  return column;
}
