/**
 * What Body, Paragraph, Range and ContentControl share: text, search, insertText, getRange, select, font,
 * paragraphs, tables, content controls, comments, parent table / cell.
 */
import { ErrorCodes, officeError } from "../errors";
import { collapsed, replaceRange } from "../doc/edit-text";
import { searchSpan, spanTables, spanText, type SearchOptions } from "../doc/span";
import { paragraphsOfRange } from "../doc/edit-text";
import { parentOf } from "../../docx/ooxml/structure";
import { HObject, type Loadable } from "./client-object";
import { HFont } from "./font";
import type { RangeTarget } from "./session";
import type { XmlElement } from "../../docx/xml";
import { C } from "./registry";
import { trackRange } from "../doc/points";
import type { HTable } from "./table";
import type { HTableCell } from "./table-row-cell";
import type { HParagraphCollection } from "./paragraph";
import type { HTableCollection } from "./table";
import type { HContentControlCollection } from "./content-control";
import { contentControlsInSpan, sdtSpan, wrapInContentControl } from "../doc/content-controls";
import { commentsInSpan, insertComment } from "../doc/comments";
import { rangeOoxml } from "../doc/ooxml-export";
import { HClientResult } from "./collection";

export type InsertTextLocation = "Replace" | "Start" | "End" | "Before" | "After";
export type RangeLocation = "Whole" | "Start" | "End" | "Before" | "After" | "Content";

/**
 * Fails (at sync) when `location` is not one the reference lists for this object's method, as Word does with
 * InvalidArgument (e.g. Paragraph.getRange: "Must be 'Whole', 'Start', 'End', 'After', or 'Content'").
 */
export function requireLocation(location: string, allowed: readonly string[], where: string): void {
  if (!allowed.includes(location))
    throw officeError(
      ErrorCodes.invalidArgument,
      `${where} takes ${allowed.join(", ")}, not '${String(location)}'.`,
      where,
    );
}

/** Body, Paragraph and Range.getRange (learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getrange-member(1)). */
export const SPAN_RANGE_LOCATIONS: readonly RangeLocation[] = ["Whole", "Start", "End", "After", "Content"];

export function subRange(span: RangeTarget, location: RangeLocation | undefined): RangeTarget {
  switch (location ?? "Whole") {
    case "Whole":
    case "Content":
      return { start: { ...span.start }, end: { ...span.end } };
    case "Start":
    case "Before":
      return collapsed(span.start);
    case "End":
    case "After":
      return collapsed(span.end);
    default:
      throw officeError(ErrorCodes.invalidArgument, `Invalid range location '${String(location)}'.`, "getRange");
  }
}

export abstract class HSpanObject<T> extends HObject<T> {
  /** The span the object covers, at sync time. */
  abstract spanOf(target: T): RangeTarget;
  protected abstract readonly insertTextLocations: readonly InsertTextLocation[];
  /** What getRange accepts here; ContentControl adds Before. */
  protected readonly rangeLocations: readonly RangeLocation[] = SPAN_RANGE_LOCATIONS;

  protected override navNames(): readonly string[] {
    return ["font", "paragraphs", "tables", "contentControls"];
  }
  protected override makeNav(name: string): Loadable | undefined {
    const span = () => this.spanOf(this.t());
    switch (name) {
      case "font":
        return new HFont(this.context, span);
      case "paragraphs":
        return new C.HParagraphCollection(this.context, () => paragraphsOfRange(span()));
      case "tables":
        return new C.HTableCollection(this.context, () => spanTables(span()));
      case "contentControls":
        return new C.HContentControlCollection(this.context, () => contentControlsInSpan(span()));
      default:
        return undefined;
    }
  }

  protected spanScalar(name: string, target: T): unknown {
    if (name === "text") return spanText(this.spanOf(target));
    if (name === "isEmpty") {
      const s = this.spanOf(target);
      return s.start.p === s.end.p && s.start.offset === s.end.offset;
    }
    return undefined;
  }

  get font(): Word.Font {
    return this.nav<HFont>("font") as unknown as Word.Font;
  }
  get paragraphs(): Word.ParagraphCollection {
    return this.nav<HParagraphCollection>("paragraphs") as unknown as Word.ParagraphCollection;
  }
  get tables(): Word.TableCollection {
    return this.nav<HTableCollection>("tables") as unknown as Word.TableCollection;
  }
  get contentControls(): Word.ContentControlCollection {
    return this.nav<HContentControlCollection>("contentControls") as unknown as Word.ContentControlCollection;
  }
  get text(): string {
    return this.get("text");
  }

  private cachedParentCell?: HTableCell;
  get parentTableCellOrNullObject(): Word.TableCell {
    this.cachedParentCell ??= HObject.eager(
      new C.HTableCell(this.context, () => parentOf(this.spanOf(this.t()).start.p, "tc") ?? null),
      `${this.typeName}.parentTableCellOrNullObject`,
      true,
    );
    return this.cachedParentCell as unknown as Word.TableCell;
  }
  get parentTableCell(): Word.TableCell {
    return HObject.eager(
      new C.HTableCell(this.context, () => parentOf(this.spanOf(this.t()).start.p, "tc") ?? null),
      `${this.typeName}.parentTableCell`,
      false,
    ) as unknown as Word.TableCell;
  }
  private cachedParentTable?: HTable;
  get parentTableOrNullObject(): Word.Table {
    this.cachedParentTable ??= HObject.eager(
      new C.HTable(this.context, () => parentOf(this.spanOf(this.t()).start.p, "tbl") ?? null),
      `${this.typeName}.parentTableOrNullObject`,
      true,
    );
    return this.cachedParentTable as unknown as Word.Table;
  }
  get parentTable(): Word.Table {
    return HObject.eager(
      new C.HTable(this.context, () => parentOf(this.spanOf(this.t()).start.p, "tbl") ?? null),
      `${this.typeName}.parentTable`,
      false,
    ) as unknown as Word.Table;
  }

  private cachedParentCc?: HObject<XmlElement>;
  get parentContentControlOrNullObject(): Word.ContentControl {
    this.cachedParentCc ??= HObject.eager(
      new C.HContentControl(this.context, () => innermostSdt(this.spanOf(this.t()))),
      `${this.typeName}.parentContentControlOrNullObject`,
      true,
      // A paragraph's span is the paragraph itself; a body's may add the paragraph an empty body lacks.
      this.typeName === "Paragraph",
    );
    return this.cachedParentCc as unknown as Word.ContentControl;
  }
  get parentContentControl(): Word.ContentControl {
    return HObject.eager(
      new C.HContentControl(this.context, () => innermostSdt(this.spanOf(this.t()))),
      `${this.typeName}.parentContentControl`,
      false,
    ) as unknown as Word.ContentControl;
  }

  getRange(location?: RangeLocation): Word.Range {
    const range = new C.HRange(this.context, () => {
      requireLocation(location ?? "Whole", this.rangeLocations, `${this.typeName}.getRange`);
      return subRange(this.spanOf(this.t()), location);
    });
    return HObject.eager(range, `${this.typeName}.getRange`, false) as unknown as Word.Range;
  }

  /** WordApi 1.1: the covered content as a flat-OPC package (see doc/ooxml-export.ts for what it holds). */
  getOoxml(): HClientResult<string> {
    const result = new HClientResult<string>(`${this.typeName}.getOoxml`);
    this.context.enqueue(
      `${this.typeName}.getOoxml`,
      (stage) => result.setLater(stage, rangeOoxml(this.spanOf(this.t()))),
      true,
    );
    return result;
  }

  search(searchText: string, options?: SearchOptions): Word.RangeCollection {
    let found: RangeTarget[] = [];
    const collection = new C.HRangeCollection(this.context, () => found, false);
    this.context.enqueue(`${this.typeName}.search`, () => {
      found = searchSpan(this.spanOf(this.t()), searchText, options ?? {}).map(trackRange);
    });
    return collection as unknown as Word.RangeCollection;
  }

  insertText(text: string, location: InsertTextLocation): Word.Range {
    if (!this.insertTextLocations.includes(location)) {
      this.context.enqueue(`${this.typeName}.insertText`, () => {
        throw officeError(ErrorCodes.invalidArgument, `insertText does not accept '${location}' on ${this.typeName}.`);
      });
    }
    const range = new C.HRange(this.context, () => {
      const span = this.spanOf(this.t());
      if (location === "Replace") return replaceRange(span, text);
      const at = location === "Start" || location === "Before" ? span.start : span.end;
      return replaceRange(collapsed(at), text);
    });
    return HObject.eager(range, `${this.typeName}.insertText`, false) as unknown as Word.Range;
  }

  select(_mode?: string): void {
    this.act("select", (target) => {
      const span = this.spanOf(target);
      this.context.session.selection = trackRange({ start: { ...span.start }, end: { ...span.end } });
    });
  }

  insertComment(commentText: string): Word.Comment {
    const comment = new C.HComment(this.context, () =>
      insertComment(this.context.session, this.spanOf(this.t()), commentText),
    );
    return HObject.eager(comment, `${this.typeName}.insertComment`, false) as unknown as Word.Comment;
  }

  getComments(): Word.CommentCollection {
    return new C.HCommentCollection(this.context, () =>
      commentsInSpan(this.context.session, this.spanOf(this.t())),
    ) as unknown as Word.CommentCollection;
  }

  insertContentControl(type?: string): Word.ContentControl {
    const cc = new C.HContentControl(this.context, () =>
      wrapInContentControl(
        this.context.session,
        this.spanOf(this.t()),
        type ?? "RichText",
        // A Range never holds the paragraph mark here (see WrapScope); Paragraph, Body and ContentControl do.
        this.typeName === "Range" ? "range" : "object",
      ),
    );
    return HObject.eager(cc, `${this.typeName}.insertContentControl`, false) as unknown as Word.ContentControl;
  }

  getContentControls(): Word.ContentControlCollection {
    return new C.HContentControlCollection(this.context, () =>
      contentControlsInSpan(this.spanOf(this.t())),
    ) as unknown as Word.ContentControlCollection;
  }
}

/** The innermost content control containing the whole span (inline controls count when they hold it). */
function innermostSdt(span: RangeTarget): XmlElement | null {
  const candidates = contentControlsAround(span.start.p);
  for (const sdt of candidates) {
    const s = sdtSpan(sdt);
    const startsBefore = s.start.p === span.start.p ? s.start.offset <= span.start.offset : true;
    const endsAfter = s.end.p === span.end.p ? s.end.offset >= span.end.offset : isAncestorOf(sdt, span.end.p);
    if (startsBefore && endsAfter && (isAncestorOf(sdt, span.start.p) || s.start.p === span.start.p)) return sdt;
  }
  return null;
}

function contentControlsAround(p: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  // Inline controls inside the paragraph, then block controls around it, innermost first.
  const inline = p.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "sdt");
  for (let i = inline.length - 1; i >= 0; i--) out.push(inline[i] as unknown as XmlElement);
  for (let n = p.parentNode; n; n = n.parentNode) if ((n as XmlElement).localName === "sdt") out.push(n as XmlElement);
  return out;
}

function isAncestorOf(a: XmlElement, b: XmlElement): boolean {
  for (let n = b.parentNode; n; n = n.parentNode) if (n === a) return true;
  return false;
}
