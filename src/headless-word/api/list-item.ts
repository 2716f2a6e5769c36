/**
 * Word.ListItem and Word.List (WordApi 1.3) as a list paragraph reaches them (Paragraph.listItemOrNullObject,
 * Paragraph.listOrNullObject), read-only: ListItem.level and ListItem.listString ("Gets the list item bullet,
 * number, or picture as a string"), List.levelTypes ("Gets all 9 level types in the list. Each type can be
 * 'Bullet', 'Number', or 'Picture'"). The numbers are counted as Word counts them (src/docx/ooxml/numbering.ts).
 * https://learn.microsoft.com/en-us/javascript/api/word/word.listitem
 * https://learn.microsoft.com/en-us/javascript/api/word/word.list
 */
import type { ReadMemo } from "../doc/read-memo";
import type { XmlElement } from "../../docx/xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext } from "./client-object";

/** The target is the list paragraph itself (a paragraph that is not a list item makes a null object). */
export class HListItem extends HObject<XmlElement> {
  readonly typeName = "ListItem";
  constructor(context: HeadlessContext, resolver: () => XmlElement | null) {
    super(context, resolver);
  }
  protected scalarNames(): readonly string[] {
    return ["level", "listString"];
  }
  protected readScalar(name: string, p: XmlElement, reads: ReadMemo): unknown {
    const item = reads.listItem(p);
    switch (name) {
      case "level":
        return item?.level ?? 0;
      case "listString":
        return item?.listString ?? "";
      default:
        return NOT_A_PROPERTY;
    }
  }
  get level(): number {
    return this.get("level");
  }
  get listString(): string {
    return this.get("listString");
  }
}

export class HList extends HObject<XmlElement> {
  readonly typeName = "List";
  constructor(context: HeadlessContext, resolver: () => XmlElement | null) {
    super(context, resolver);
  }
  protected scalarNames(): readonly string[] {
    return ["levelTypes"];
  }
  protected readScalar(name: string, p: XmlElement, reads: ReadMemo): unknown {
    if (name !== "levelTypes") return NOT_A_PROPERTY;
    const numId = reads.format(p).numId;
    const numbering = reads.numbering();
    return numId !== undefined && numbering ? numbering.levelTypes(numId) : new Array(9).fill("Number");
  }
  get levelTypes(): string[] {
    return this.get("levelTypes");
  }
}
