/** Word.Range and Word.RangeCollection. */
import { ErrorCodes, officeError } from "../errors";
import { paragraphsOfRange, replaceRange } from "../doc/edit-text";
import { buildTable, textWidthTwips } from "../doc/table-build";
import { ensureParagraphAfter, paragraphWithText, placeBeside } from "../doc/insert";
import { HObject, NOT_A_PROPERTY, type HeadlessContext } from "./client-object";
import { HCollection } from "./collection";
import { HSpanObject, type InsertTextLocation } from "./span-object";
import { C } from "./registry";
import { trackRange } from "../doc/points";
import type { RangeTarget } from "./session";
import { paragraphStyle, paragraphStyleBuiltIn, setParagraphStyle } from "./style-props";

export class HRange extends HSpanObject<RangeTarget> {
  readonly typeName = "Range";
  protected readonly insertTextLocations: readonly InsertTextLocation[] = [
    "Replace",
    "Start",
    "End",
    "Before",
    "After",
  ];

  constructor(context: HeadlessContext, resolver: (() => RangeTarget | null) | null, bound?: RangeTarget) {
    // Ranges follow their text through later edits (see doc/points.ts).
    super(context, resolver && (() => trackRange(resolver())), bound && trackRange(bound));
  }
  spanOf(target: RangeTarget): RangeTarget {
    return target;
  }
  protected scalarNames(): readonly string[] {
    return ["text", "isEmpty", "style", "styleBuiltIn"];
  }
  protected readScalar(name: string, target: RangeTarget): unknown {
    const span = this.spanScalar(name, target);
    if (span !== undefined) return span;
    if (name === "style") return paragraphStyle(this.context.session, target.start.p);
    if (name === "styleBuiltIn") return paragraphStyleBuiltIn(this.context.session, target.start.p);
    return NOT_A_PROPERTY;
  }
  get isEmpty(): boolean {
    return this.get("isEmpty");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.setProp("style", value, (r) =>
      paragraphsOfRange(r).forEach((p) => setParagraphStyle(this.context.session, p, value, false)),
    );
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(value: string) {
    this.setProp("styleBuiltIn", value, (r) =>
      paragraphsOfRange(r).forEach((p) => setParagraphStyle(this.context.session, p, value, true)),
    );
  }

  insertParagraph(text: string, location: "Before" | "After"): Word.Paragraph {
    const para = new C.HParagraph(this.context, () => {
      if (location !== "Before" && location !== "After")
        throw officeError(
          ErrorCodes.invalidArgument,
          `insertParagraph on a Range takes Before or After, not '${String(location)}'.`,
        );
      const r = this.t();
      const anchor = location === "Before" ? r.start.p : r.end.p;
      const p = paragraphWithText(anchor.ownerDocument!, text, anchor);
      placeBeside(p, anchor, location);
      return p;
    });
    return HObject.eager(para, "Range.insertParagraph", false) as unknown as Word.Paragraph;
  }

  insertTable(rowCount: number, columnCount: number, location: "Before" | "After", values?: string[][]): Word.Table {
    const table = new C.HTable(this.context, () => {
      const r = this.t();
      const anchor = location === "Before" ? r.start.p : r.end.p;
      return insertTableBeside(this.context, anchor, rowCount, columnCount, location, values);
    });
    return HObject.eager(table, "Range.insertTable", false) as unknown as Word.Table;
  }

  delete(): void {
    this.act("delete", (r) => replaceRange(r, ""));
  }
  clear(): void {
    this.delete();
  }
  /** A range from the start of this one to the end of `other` (or the reverse). */
  expandTo(other: HRange): HRange {
    const range = new HRange(this.context, () => {
      const a = this.t();
      const b = other.t();
      return { start: { ...a.start }, end: { ...b.end } };
    });
    return HObject.eager(range, "Range.expandTo", false);
  }
}

export function insertTableBeside(
  context: HeadlessContext,
  anchor: import("../../docx/xml").XmlElement,
  rowCount: number,
  columnCount: number,
  location: "Before" | "After",
  values?: string[][],
) {
  if (!Number.isInteger(rowCount) || !Number.isInteger(columnCount) || rowCount < 1 || columnCount < 1) {
    throw officeError(ErrorCodes.invalidArgument, "rowCount and columnCount must be positive integers.", "insertTable");
  }
  if (values && (values.length > rowCount || values.some((row) => row.length > columnCount))) {
    throw officeError(ErrorCodes.invalidArgument, "values do not fit rowCount × columnCount.", "insertTable");
  }
  if (location !== "Before" && location !== "After") {
    throw officeError(
      ErrorCodes.invalidArgument,
      `insertTable takes Before or After here, not '${String(location)}'.`,
      "insertTable",
    );
  }
  const session = context.session;
  const body = session.pkg
    .xml(session.pkg.mainPart)
    .getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "body")[0];
  const tbl = buildTable(
    anchor.ownerDocument!,
    rowCount,
    columnCount,
    values,
    textWidthTwips(body as unknown as import("../../docx/xml").XmlElement),
    session.styles.tableGridId(),
  );
  placeBeside(tbl, anchor, location);
  ensureParagraphAfter(tbl);
  session.pkg.touch(session.pkg.mainPart);
  return tbl;
}

export class HRangeCollection extends HCollection<RangeTarget, HRange> {
  readonly typeName = "RangeCollection";
  protected makeItem(target: RangeTarget): HRange {
    return new HRange(this.context, null, target);
  }
  protected makeLazyItem(resolver: () => RangeTarget | null): HRange {
    return new HRange(this.context, resolver);
  }
}

C.HRange = HRange;
C.HRangeCollection = HRangeCollection;
