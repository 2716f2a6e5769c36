/** Word.Paragraph and Word.ParagraphCollection over w:p elements. */
import { ErrorCodes, officeError } from "../errors";
import { replaceRange, wholeParagraph } from "../doc/edit-text";
import { paragraphWithText, placeBeside } from "../doc/insert";
import { paragraphsIn } from "../../docx/ooxml/structure";
import type { ReadMemo } from "../doc/read-memo";
import { remove, wAttr, wPath, type XmlElement } from "../../docx/xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext, type ScalarReader } from "./client-object";
import { HCollection } from "./collection";
import { C } from "./registry";
import { insertTableBeside } from "./range";
import type { RangeTarget } from "./session";
import { HSpanObject, type InsertTextLocation } from "./span-object";
import { setParagraphStyle } from "./style-props";
import { HList, HListItem } from "./list-item";

const ALIGNMENTS: Record<string, string> = {
  left: "Left",
  start: "Left",
  center: "Centered",
  right: "Right",
  end: "Right",
  both: "Justified",
  distribute: "Justified",
};

/** The properties every scan reads, computed through the sync's ReadMemo (text and format shared). */
const PARAGRAPH_READERS = new Map<string, ScalarReader<XmlElement>>([
  ["text", (p, reads) => reads.text(p)],
  ["style", (p, reads) => reads.format(p).style],
  ["styleBuiltIn", (p, reads) => reads.format(p).styleBuiltIn],
  ["tableNestingLevel", (p, reads) => reads.nestingLevel(p)],
  ["isListItem", (p, reads) => reads.format(p).isListItem],
  ["outlineLevel", (p, reads) => reads.format(p).outlineLevel],
]);

/** Shared by every paragraph (a loaded collection makes one object per paragraph). */
const PARAGRAPH_INSERT_LOCATIONS: readonly InsertTextLocation[] = ["Replace", "Start", "End"];

export class HParagraph extends HSpanObject<XmlElement> {
  readonly typeName = "Paragraph";
  protected readonly insertTextLocations = PARAGRAPH_INSERT_LOCATIONS;

  constructor(context: HeadlessContext, resolver: (() => XmlElement | null) | null, bound?: XmlElement) {
    super(context, resolver, bound);
  }
  spanOf(p: XmlElement): RangeTarget {
    return wholeParagraph(p);
  }
  protected scalarNames(): readonly string[] {
    return [
      "text",
      "style",
      "styleBuiltIn",
      "tableNestingLevel",
      "isListItem",
      "isLastParagraph",
      "outlineLevel",
      "alignment",
      "uniqueLocalId",
    ];
  }
  protected override scalarReader(name: string): ScalarReader<XmlElement> | undefined {
    return PARAGRAPH_READERS.get(name);
  }
  protected readScalar(name: string, p: XmlElement, reads: ReadMemo): unknown {
    const reader = PARAGRAPH_READERS.get(name);
    if (reader) return reader(p, reads);
    switch (name) {
      case "isLastParagraph":
        return !hasFollowingParagraph(p);
      case "alignment":
        return ALIGNMENTS[wAttr(wPath(p, "pPr", "jc"), "val") ?? "left"] ?? "Left";
      case "uniqueLocalId":
        // A session GUID (WordApi 1.6), not w14:paraId: Word's differs across sessions and coauthors.
        return this.context.session.events.idOf(p);
      default:
        return NOT_A_PROPERTY;
    }
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.setProp("style", value, (p) => setParagraphStyle(this.context.session, p, value, false));
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(value: string) {
    this.setProp("styleBuiltIn", value, (p) => setParagraphStyle(this.context.session, p, value, true));
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }
  get isLastParagraph(): boolean {
    return this.get("isLastParagraph");
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  get alignment(): string {
    return this.get("alignment");
  }
  get uniqueLocalId(): string {
    return this.get("uniqueLocalId");
  }

  /** The paragraph itself when Word lists it as a list item (Paragraph.isListItem), else null. */
  private listParagraph(): XmlElement | null {
    const p = this.t();
    return this.context.session.styles.format(p).isListItem ? p : null;
  }

  private cachedListItem?: HListItem;
  /** WordApi 1.3: the paragraph's ListItem, or a null object when it is not part of a list. */
  get listItemOrNullObject(): Word.ListItem {
    this.cachedListItem ??= HObject.eager(
      new HListItem(this.context, () => this.listParagraph()),
      "Paragraph.listItemOrNullObject",
      true,
    );
    return this.cachedListItem as unknown as Word.ListItem;
  }

  private cachedList?: HList;
  /** WordApi 1.3: the List the paragraph belongs to, or a null object when it is not in a list. */
  get listOrNullObject(): Word.List {
    this.cachedList ??= HObject.eager(
      new HList(this.context, () => this.listParagraph()),
      "Paragraph.listOrNullObject",
      true,
    );
    return this.cachedList as unknown as Word.List;
  }

  insertParagraph(text: string, location: "Before" | "After"): Word.Paragraph {
    const para = new HParagraph(this.context, () => {
      if (location !== "Before" && location !== "After")
        throw officeError(
          ErrorCodes.invalidArgument,
          `Paragraph.insertParagraph takes Before or After, not '${String(location)}'.`,
        );
      const anchor = this.t();
      const p = paragraphWithText(anchor.ownerDocument!, text, anchor);
      placeBeside(p, anchor, location);
      return p;
    });
    return HObject.eager(para, "Paragraph.insertParagraph", false) as unknown as Word.Paragraph;
  }

  insertTable(rowCount: number, columnCount: number, location: "Before" | "After", values?: string[][]): Word.Table {
    const table = new C.HTable(this.context, () =>
      insertTableBeside(this.context, this.t(), rowCount, columnCount, location, values),
    );
    return HObject.eager(table, "Paragraph.insertTable", false) as unknown as Word.Table;
  }

  delete(): void {
    this.act("delete", (p) => remove(p));
  }

  clear(): void {
    this.act("clear", (p) => replaceRange(wholeParagraph(p), ""));
  }

  private sibling(step: 1 | -1, orNull: boolean): HParagraph {
    const para = new HParagraph(this.context, () => {
      const p = this.t();
      const all = paragraphsIn(p.ownerDocument!.documentElement as unknown as XmlElement);
      return all[all.indexOf(p) + step] ?? null;
    });
    return HObject.eager(para, `Paragraph.get${step > 0 ? "Next" : "Previous"}${orNull ? "OrNullObject" : ""}`, orNull);
  }
  getNext(): HParagraph {
    return this.sibling(1, false);
  }
  getNextOrNullObject(): HParagraph {
    return this.sibling(1, true);
  }
  getPrevious(): HParagraph {
    return this.sibling(-1, false);
  }
  getPreviousOrNullObject(): HParagraph {
    return this.sibling(-1, true);
  }
}

/** Whether any paragraph follows `p` in the document (without enumerating them all). */
function hasFollowingParagraph(p: XmlElement): boolean {
  for (let n: XmlElement | null = p; n && n.parentNode; n = n.parentNode as XmlElement) {
    for (let sib = n.nextSibling; sib; sib = sib.nextSibling) {
      const el = sib as XmlElement;
      if (el.nodeType !== 1) continue;
      if (el.localName === "p" || el.getElementsByTagNameNS(W_NS, "p").length > 0) return true;
    }
    if (n.localName === "body") return false;
  }
  return false;
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export class HParagraphCollection extends HCollection<XmlElement, HParagraph> {
  readonly typeName = "ParagraphCollection";
  protected override readonly uniqueTargets = true;
  protected makeItem(p: XmlElement): HParagraph {
    return new HParagraph(this.context, null, p);
  }
  protected makeLazyItem(resolver: () => XmlElement | null): HParagraph {
    return new HParagraph(this.context, resolver);
  }
  getLast(): HParagraph {
    return HObject.eager(
      this.makeLazyItem(() => this.list().slice(-1)[0] ?? null),
      "ParagraphCollection.getLast",
      false,
    );
  }
  getLastOrNullObject(): HParagraph {
    return HObject.eager(
      this.makeLazyItem(() => this.list().slice(-1)[0] ?? null),
      "ParagraphCollection.getLastOrNullObject",
      true,
    );
  }
}

C.HParagraph = HParagraph;
C.HParagraphCollection = HParagraphCollection;
