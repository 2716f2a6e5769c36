/**
 * Word.TableBorder (WordApi 1.3) over a table's w:tblBorders, as Table.getBorder returns it: color, type and width of
 * one side or of a group of sides ("Inside", "Outside", "All"). Reading a group whose sides differ gives "Mixed" /
 * "" / 0; writing sets every side of it. A side the table does not set is read from its table style, else "None".
 * https://learn.microsoft.com/en-us/javascript/api/word/word.tableborder
 */
import { ErrorCodes, officeError } from "../errors";
import { createW, setWAttr, wAttr, wChild, wPath, type XmlDocument, type XmlElement } from "../../docx/xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext } from "./client-object";

const SIDES: Record<string, string[]> = {
  Top: ["top"],
  Left: ["left"],
  Bottom: ["bottom"],
  Right: ["right"],
  InsideHorizontal: ["insideH"],
  InsideVertical: ["insideV"],
  Inside: ["insideH", "insideV"],
  Outside: ["top", "left", "bottom", "right"],
  All: ["top", "left", "bottom", "right", "insideH", "insideV"],
};

/** OOXML ST_Border values and Word.BorderType names (the common ones; others read as "Single"). */
const TYPES: Array<[string, string]> = [
  ["nil", "None"],
  ["none", "None"],
  ["single", "Single"],
  ["double", "Double"],
  ["dotted", "Dotted"],
  ["dashed", "Dashed"],
  ["dotDash", "DotDashed"],
  ["dotDotDash", "Dot2Dashed"],
  ["triple", "Triple"],
  ["thick", "Single"],
  ["wave", "Wave"],
];
const toType = (val: string | undefined) => (val ? (TYPES.find(([v]) => v === val)?.[1] ?? "Single") : "None");
const fromType = (type: string) => TYPES.find(([, t]) => t === type)?.[0];

/** Schema order of w:tblBorders children. */
const ORDER = ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"];

export type StyleBorders = (tbl: XmlElement) => XmlElement | undefined;

export class HTableBorder extends HObject<XmlElement> {
  readonly typeName = "TableBorder";
  constructor(
    context: HeadlessContext,
    resolver: () => XmlElement | null,
    private readonly location: string,
    private readonly styleBorders: StyleBorders,
  ) {
    super(context, resolver);
    if (!SIDES[location])
      throw officeError(ErrorCodes.invalidArgument, `'${location}' is not a border location.`, "Table.getBorder");
  }
  protected scalarNames(): readonly string[] {
    return ["color", "type", "width"];
  }
  private side(tbl: XmlElement, name: string): XmlElement | undefined {
    return wPath(tbl, "tblPr", "tblBorders", name) ?? (this.styleBorders(tbl) && wChild(this.styleBorders(tbl)!, name));
  }
  protected readScalar(name: string, tbl: XmlElement): unknown {
    const sides = SIDES[this.location].map((s) => this.side(tbl, s));
    const values = sides.map((el): string | number => {
      const type = toType(wAttr(el, "val"));
      if (name === "type") return type;
      if (name === "width") return type === "None" ? 0 : Number(wAttr(el, "sz") ?? 4) / 8;
      const color = wAttr(el, "color");
      return !color || color === "auto" ? "#000000" : `#${color.toUpperCase()}`;
    });
    if (!["color", "type", "width"].includes(name)) return NOT_A_PROPERTY;
    const same = values.every((v) => v === values[0]);
    return same ? values[0] : name === "type" ? "Mixed" : name === "width" ? 0 : "";
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.write("color", value, (el) => setWAttr(el, "color", value.replace(/^#/, "").toUpperCase()));
  }
  get type(): string {
    return this.get("type");
  }
  set type(value: string) {
    const val = fromType(value);
    if (!val) throw officeError(ErrorCodes.invalidArgument, `'${value}' is not a border type.`, "TableBorder.type");
    this.write("type", value, (el) => setWAttr(el, "val", val));
  }
  get width(): number {
    return this.get("width");
  }
  set width(value: number) {
    this.write("width", value, (el) => setWAttr(el, "sz", String(Math.max(2, Math.round(value * 8)))));
  }
  private write(name: string, value: unknown, set: (side: XmlElement) => void): void {
    this.setProp(name, value, (tbl) => {
      for (const side of SIDES[this.location]) set(directSide(tbl, side));
    });
  }
}

/** The table's own w:tblBorders child for `side`, created (as a copy of the style's, or single) when absent. */
function directSide(tbl: XmlElement, side: string): XmlElement {
  const doc = tbl.ownerDocument as XmlDocument;
  let tblPr = wChild(tbl, "tblPr");
  if (!tblPr) {
    tblPr = createW(doc, "tblPr");
    tbl.insertBefore(tblPr, tbl.firstChild);
  }
  let borders = wChild(tblPr, "tblBorders");
  if (!borders) {
    borders = createW(doc, "tblBorders");
    // After tblStyle … tblInd (CT_TblPr order); before tblShd, tblLayout, tblCellMar, tblLook.
    const before = ["shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"]
      .map((n) => wChild(tblPr!, n))
      .find(Boolean);
    tblPr.insertBefore(borders, before ?? null);
  }
  let el = wChild(borders, side);
  if (!el) {
    el = createW(doc, side, { val: "single", sz: "4", space: "0", color: "auto" });
    const next = ORDER.slice(ORDER.indexOf(side) + 1)
      .map((n) => wChild(borders!, n))
      .find(Boolean);
    borders.insertBefore(el, next ?? null);
  }
  return el;
}
