/** Word.TableRow, Word.TableCell and their collections over w:tr / w:tc. */
import { ErrorCodes, officeError } from "../errors";
import { cellsOf, parentOf, rowsOf } from "../doc/structure";
import { remove, wAttr, wPath, type XmlElement } from "../xml";
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
