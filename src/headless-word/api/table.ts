/** Word.Table and Word.TableCollection over w:tbl. */
import { ErrorCodes, officeError } from "../errors";
import { ensureParagraphAfter, paragraphWithText, placeBeside } from "../doc/insert";
import { cellsOf, paragraphsIn, parentOf, rowsOf, wrappingSdt } from "../../docx/ooxml/structure";
import { spanOf } from "../doc/edit-text";
import { builtInStyleName } from "../../docx/ooxml/styles";
import { createW, remove, setWAttr, wAttr, wPath, type XmlElement } from "../../docx/xml";
import { HFont } from "./font";
import { HTableBorder } from "./table-border";
import { HObject, NOT_A_PROPERTY, type HeadlessContext, type Loadable, type ScalarReader } from "./client-object";
import { HCollection } from "./collection";
import { C } from "./registry";
import { insertTableBeside } from "./range";
import { requireLocation, subRange, type RangeLocation } from "./span-object";
import type { HTableCell, HTableRowCollection } from "./table-row-cell";
import { checkValues, insertRowsBeside, setCellText } from "../doc/cells";
import type { ReadMemo } from "../doc/read-memo";
import type { HParagraph } from "./paragraph";
import type { HRange } from "./range";

/** The properties every scan reads. */
const TABLE_READERS = new Map<string, ScalarReader<XmlElement>>([
  ["values", (tbl, reads) => reads.tableValues(tbl)],
  ["rowCount", (tbl, reads) => rowsOf(tbl, reads.ns(tbl)).length],
  ["nestingLevel", (tbl, reads) => reads.nestingLevel(tbl) + 1],
]);

export class HTable extends HObject<XmlElement> {
  readonly typeName = "Table";
  constructor(context: HeadlessContext, resolver: (() => XmlElement | null) | null, bound?: XmlElement) {
    super(context, resolver, bound);
  }
  protected scalarNames(): readonly string[] {
    return ["values", "rowCount", "nestingLevel", "style", "styleBuiltIn", "headerRowCount", "isUniform", "tag"];
  }
  protected override navNames(): readonly string[] {
    return ["rows", "font"];
  }
  protected override makeNav(name: string): Loadable | undefined {
    if (name === "rows") return new C.HTableRowCollection(this.context, () => rowsOf(this.t()));
    if (name === "font") return new HFont(this.context, () => spanOf(paragraphsIn(this.t())));
    return undefined;
  }
  protected override scalarReader(name: string): ScalarReader<XmlElement> | undefined {
    return TABLE_READERS.get(name);
  }
  protected readScalar(name: string, tbl: XmlElement, reads: ReadMemo): unknown {
    const reader = TABLE_READERS.get(name);
    if (reader) return reader(tbl, reads);
    switch (name) {
      case "style":
        // Word gives the style's name (localised), as for paragraphs.
        return this.context.session.styles.tableStyleName(wAttr(wPath(tbl, "tblPr", "tblStyle"), "val"));
      case "styleBuiltIn":
        return builtInStyleName(
          wAttr(wPath(tbl, "tblPr", "tblStyle"), "val") === this.context.session.styles.tableGridId()
            ? "Table Grid"
            : "",
        );
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
      rowsOf(tbl).forEach((tr, r) =>
        cellsOf(tr).forEach((tc, c) => values[r]?.[c] !== undefined && setCellText(tc, values[r][c])),
      );
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
  /** Word: "Specifies the style name for the table"; a name the document does not define is refused. */
  set style(name: string) {
    this.setProp("style", name, (tbl) => {
      const id = this.context.session.styles.tableStyleId(name);
      if (!id)
        throw officeError(
          ErrorCodes.itemNotFound,
          `The style '${name}' does not exist in this document.`,
          "Table.style",
        );
      const doc = tbl.ownerDocument!;
      let tblPr = wPath(tbl, "tblPr");
      if (!tblPr) {
        tblPr = createW(doc, "tblPr");
        tbl.insertBefore(tblPr, tbl.firstChild);
      }
      let tblStyle = wPath(tblPr, "tblStyle");
      if (!tblStyle) {
        tblStyle = createW(doc, "tblStyle");
        tblPr.insertBefore(tblStyle, tblPr.firstChild);
      }
      setWAttr(tblStyle, "val", id);
    });
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  /** The font of the table's text (WordApi 1.3): reading gives null / "" where its runs differ. */
  get font(): HFont {
    return this.nav("font");
  }
  /** The border at `location` (WordApi 1.3): https://learn.microsoft.com/en-us/javascript/api/word/word.table#word-word-table-getborder-member(1) */
  getBorder(location: string): HTableBorder {
    const styles = this.context.session.styles;
    const border = new HTableBorder(
      this.context,
      () => this.t(),
      location,
      (tbl) => styles.tableStyleBorders(wAttr(wPath(tbl, "tblPr", "tblStyle"), "val")),
    );
    return HObject.eager(border, "Table.getBorder", false);
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
    this.parentCellCache ??= HObject.eager(
      new C.HTableCell(this.context, () => parentOf(this.t(), "tc") ?? null),
      "Table.parentTableCellOrNullObject",
      true,
    );
    return this.parentCellCache;
  }
  private parentTableCache?: HTable;
  get parentTableOrNullObject(): HTable {
    this.parentTableCache ??= HObject.eager(
      new HTable(this.context, () => parentOf(this.t(), "tbl") ?? null),
      "Table.parentTableOrNullObject",
      true,
    );
    return this.parentTableCache;
  }

  private parentCcCache?: import("./content-control").HContentControl;
  /** The innermost content control around the table. */
  get parentContentControlOrNullObject(): import("./content-control").HContentControl {
    this.parentCcCache ??= HObject.eager(
      new C.HContentControl(this.context, () => parentOf(this.t(), "sdt") ?? null),
      "Table.parentContentControlOrNullObject",
      true,
    );
    return this.parentCcCache;
  }
  get parentContentControl(): import("./content-control").HContentControl {
    return HObject.eager(
      new C.HContentControl(this.context, () => parentOf(this.t(), "sdt") ?? null),
      "Table.parentContentControl",
      false,
    );
  }

  getCell(rowIndex: number, cellIndex: number): HTableCell {
    const cell = new C.HTableCell(
      this.context,
      () => cellsOf(rowsOf(this.t())[rowIndex] ?? createW(this.t().ownerDocument!, "tr"))[cellIndex] ?? null,
    );
    return HObject.eager(cell, "Table.getCell", false);
  }
  getCellOrNullObject(rowIndex: number, cellIndex: number): HTableCell {
    const cell = new C.HTableCell(
      this.context,
      () => cellsOf(rowsOf(this.t())[rowIndex] ?? createW(this.t().ownerDocument!, "tr"))[cellIndex] ?? null,
    );
    return HObject.eager(cell, "Table.getCellOrNullObject", true);
  }

  addRows(location: "Start" | "End", rowCount: number, values?: string[][]): HTableRowCollection {
    let added: XmlElement[] = [];
    const rows = new C.HTableRowCollection(this.context, () => added, false);
    this.act("addRows", (tbl) => {
      if (location !== "Start" && location !== "End")
        throw officeError(ErrorCodes.invalidArgument, `addRows takes Start or End, not '${String(location)}'.`);
      const all = rowsOf(tbl);
      const template = location === "Start" ? all[0] : all[all.length - 1];
      added = insertRowsBeside(
        template,
        location === "Start" ? "Before" : "After",
        rowCount,
        checkValues(values, "Table.addRows"),
      );
    });
    return rows;
  }

  /** Table.getRange: "Must be 'Whole', 'Start', 'End', or 'After'" (learn.microsoft.com/javascript/api/word/word.table). */
  getRange(location: string = "Whole"): HRange {
    const range = new C.HRange(this.context, () => {
      requireLocation(location, ["Whole", "Start", "End", "After"], "Table.getRange");
      if (location === "After")
        throw officeError(ErrorCodes.notImplemented, "Table.getRange('After') is not implemented.", "Table.getRange");
      return subRange(spanOf(paragraphsIn(this.t())), location as RangeLocation);
    });
    return HObject.eager(range, "Table.getRange", false);
  }

  insertParagraph(text: string, location: "Before" | "After"): HParagraph {
    const para = new C.HParagraph(this.context, () => {
      requireLocation(location, ["Before", "After"], "Table.insertParagraph");
      const tbl = this.t();
      const p = paragraphWithText(tbl.ownerDocument!, text);
      placeBeside(p, tbl, location);
      return p;
    });
    return HObject.eager(para, "Table.insertParagraph", false);
  }

  insertTable(rowCount: number, columnCount: number, location: "Before" | "After", values?: string[][]): HTable {
    const table = new HTable(this.context, () => {
      requireLocation(location, ["Before", "After"], "Table.insertTable");
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
      if (sdt && paragraphsIn(sdt).length === 0 && !sdt.getElementsByTagNameNS(tbl.namespaceURI!, "tbl").length)
        remove(sdt);
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

export class HTableCollection extends HCollection<XmlElement, HTable> {
  readonly typeName = "TableCollection";
  protected override readonly uniqueTargets = true;
  protected makeItem(t: XmlElement): HTable {
    return new HTable(this.context, null, t);
  }
  protected makeLazyItem(resolver: () => XmlElement | null): HTable {
    return new HTable(this.context, resolver);
  }
}

C.HTable = HTable;
C.HTableCollection = HTableCollection;
