/** Word.Body over a container element: w:body, a cell's w:tc, a content control's w:sdtContent. */
import { ErrorCodes, officeError } from "../errors";
import { spanOf } from "../doc/edit-text";
import { buildTable, textWidthTwips } from "../doc/table-build";
import { ensureParagraphAfter, paragraphWithText, placeInContainer } from "../doc/insert";
import { sdtsIn } from "../doc/content-controls";
import { firstParagraphIn, lastParagraphIn, paragraphsIn, tablesIn } from "../../docx/ooxml/structure";
import { createW, isW, wChild, type XmlElement } from "../../docx/xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext } from "./client-object";
import { C } from "./registry";
import type { RangeTarget } from "./session";
import { HSpanObject, type InsertTextLocation } from "./span-object";
import { paragraphStyle, paragraphStyleBuiltIn, setParagraphStyle } from "./style-props";

export class HBody extends HSpanObject<XmlElement> {
  readonly typeName = "Body";
  protected readonly insertTextLocations: readonly InsertTextLocation[] = ["Replace", "Start", "End"];

  constructor(context: HeadlessContext, resolver: (() => XmlElement | null) | null, bound?: XmlElement) {
    super(context, resolver, bound);
  }
  spanOf(container: XmlElement): RangeTarget {
    // Only the first and last paragraphs matter: found from each end, without listing them all.
    const first = firstParagraphIn(container);
    if (!first) {
      // A container must hold a paragraph (Word repairs such files the same way).
      const p = createW(container.ownerDocument!, "p");
      placeInContainer(p, container, "End");
      return spanOf([p]);
    }
    return spanOf([first, lastParagraphIn(container) ?? first]);
  }
  protected override makeNav(name: string) {
    // A body's tables are those of its container, even when its first paragraph is inside one.
    if (name === "tables") return new C.HTableCollection(this.context, () => tablesIn(this.t()));
    if (name === "contentControls") return new C.HContentControlCollection(this.context, () => sdtsIn(this.t()));
    return super.makeNav(name);
  }
  protected scalarNames(): readonly string[] {
    return ["text", "style", "styleBuiltIn", "type"];
  }
  protected readScalar(name: string, container: XmlElement): unknown {
    const span = this.spanScalar(name, container);
    if (span !== undefined) return span;
    const first = this.spanOf(container).start.p;
    switch (name) {
      case "style":
        return paragraphStyle(this.context.session, first);
      case "styleBuiltIn":
        return paragraphStyleBuiltIn(this.context.session, first);
      case "type":
        return isW(container, "body") ? "MainDoc" : isW(container, "tc") ? "TableCell" : "Unknown";
      default:
        return NOT_A_PROPERTY;
    }
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.setProp("style", value, (c) =>
      paragraphsIn(c).forEach((p) => setParagraphStyle(this.context.session, p, value, false)),
    );
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  get type(): string {
    return this.get("type");
  }

  insertParagraph(text: string, location: "Start" | "End"): Word.Paragraph {
    const para = new C.HParagraph(this.context, () => {
      if (location !== "Start" && location !== "End")
        throw officeError(
          ErrorCodes.invalidArgument,
          `Body.insertParagraph takes Start or End, not '${String(location)}'.`,
        );
      const container = this.t();
      const span = this.spanOf(container);
      const like = location === "Start" ? span.start.p : span.end.p;
      const p = paragraphWithText(container.ownerDocument!, text, like);
      placeInContainer(p, container, location);
      return p;
    });
    return HObject.eager(para, "Body.insertParagraph", false) as unknown as Word.Paragraph;
  }

  insertTable(rowCount: number, columnCount: number, location: "Start" | "End", values?: string[][]): Word.Table {
    const table = new C.HTable(this.context, () => {
      if (location !== "Start" && location !== "End")
        throw officeError(
          ErrorCodes.invalidArgument,
          `Body.insertTable takes Start or End, not '${String(location)}'.`,
        );
      if (!Number.isInteger(rowCount) || !Number.isInteger(columnCount) || rowCount < 1 || columnCount < 1) {
        throw officeError(ErrorCodes.invalidArgument, "rowCount and columnCount must be positive integers.");
      }
      if (values && (values.length > rowCount || values.some((row) => row.length > columnCount))) {
        throw officeError(ErrorCodes.invalidArgument, "values do not fit rowCount × columnCount.", "Body.insertTable");
      }
      const container = this.t();
      const session = this.context.session;
      const mainBody = isW(container, "body") ? container : undefined;
      const tbl = buildTable(
        container.ownerDocument!,
        rowCount,
        columnCount,
        values,
        textWidthTwips(mainBody),
        session.styles.tableGridId(),
      );
      placeInContainer(tbl, container, location);
      ensureParagraphAfter(tbl);
      return tbl;
    });
    return HObject.eager(table, "Body.insertTable", false) as unknown as Word.Table;
  }

  clear(): void {
    this.act("clear", (container) => {
      // Everything goes (paragraphs, tables, controls); one empty paragraph with the first one's properties stays.
      const first = paragraphsIn(container)[0];
      const keep = createW(container.ownerDocument!, "p");
      const pPr = first && wChild(first, "pPr");
      if (pPr) keep.appendChild(pPr.cloneNode(true));
      for (const el of childElements(container)) {
        if (isW(el, "sectPr") || isW(el, "tcPr") || isW(el, "sdtPr")) continue;
        container.removeChild(el);
      }
      placeInContainer(keep, container, "End");
    });
  }
}

function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if ((n as XmlElement).nodeType === 1) out.push(n as XmlElement);
  return out;
}

export function mainBody(context: HeadlessContext): XmlElement {
  const pkg = context.session.pkg;
  const root = pkg.xml(pkg.mainPart).documentElement as unknown as XmlElement;
  const body = wChild(root, "body");
  if (!body) throw officeError(ErrorCodes.generalException, "The document has no body.");
  return body;
}

C.HBody = HBody;
