/**
 * OOXML body → DocModel, in the order Word enumerates: paragraphs as body.paragraphs (those in tables and block
 * content controls included, text boxes excluded), tables as body.tables (nested ones after their parent), the
 * same walk as paragraphsIn / tablesIn in ../ooxml/structure.
 */
import type { Block, Cell, DocModel, ListInfo, Paragraph, Table, TextSpan } from "../../core/model";
import { isOn, wAttr, wChild, wPath, type XmlElement } from "../xml";
import { cellParagraphs, cellsOf, rowsOf, wNamespaceOf } from "../ooxml/structure";
import type { StyleSheet } from "../ooxml/styles";
import type { ListCounter } from "../ooxml/numbering";
import { paragraphNotes, type ParagraphNotes } from "../ooxml/text";
import { headingLevel, normaliseWithSpans } from "./normalise";
import { tableGeometry } from "./table-grid";

/** Blocks Word never lists: section properties, deleted revisions, a content control's properties. */
const HIDDEN = new Set(["sectPr", "del", "moveFrom", "sdtPr"]);

class BodyReader {
  readonly paragraphs: Paragraph[] = [];
  readonly tables: Table[] = [];
  readonly blocks: Block[] = [];
  /** What each paragraph in a table read as, for the cell that holds it. */
  private readonly notes = new Map<XmlElement, ParagraphNotes>();
  private readonly headings = new Map<string, number>();

  constructor(
    private readonly styles: StyleSheet,
    private readonly w: string,
    private readonly lists?: ListCounter,
  ) {}

  /** `depth`: tables around `el`; `placeholder`: inside a block content control showing its placeholder. */
  walk(el: XmlElement, depth: number, placeholder: boolean): void {
    const w = this.w;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.namespaceURI !== w) continue;
      const child = n as XmlElement;
      const local = child.localName;
      if (local === "p") this.paragraph(child, depth, placeholder);
      else if (local === "tbl") this.table(child, depth, placeholder);
      else if (local === "sdt") this.walk(child, depth, placeholder || showsPlaceholder(child));
      else if (!HIDDEN.has(local)) this.walk(child, depth, placeholder);
    }
  }

  private paragraph(p: XmlElement, depth: number, placeholder: boolean): void {
    const notes = paragraphNotes(p, this.w);
    if (placeholder && notes.text) notes.placeholders = [{ start: 0, end: notes.text.length }];
    if (depth > 0) this.notes.set(p, notes); // only cells read them again
    const format = this.styles.format(p, this.w);
    const placeholders = normaliseWithSpans(notes.text, notes.placeholders);
    const paragraph: Paragraph = {
      index: this.paragraphs.length,
      text: placeholders.text,
      style: format.style,
      headingLevel: headingLevel(format.styleBuiltIn, format.outlineLevel, this.headings),
      isListItem: format.isListItem,
      tableNestingLevel: depth,
    };
    // Counted for every list paragraph in document order (tables included), as Word numbers them.
    const item = format.numId !== undefined ? this.lists?.next(format.numId, format.numLevel ?? 0) : undefined;
    if (item) paragraph.list = toListInfo(item);
    if (placeholders.spans.length) paragraph.placeholderSpans = placeholders.spans;
    const highlights = normaliseWithSpans(notes.text, notes.highlights).spans;
    if (highlights.length) paragraph.highlights = highlights;
    this.paragraphs.push(paragraph);
    if (depth === 0) this.blocks.push({ kind: "paragraph", paragraph });
  }

  private table(tbl: XmlElement, depth: number, placeholder: boolean): void {
    const index = this.tables.length;
    const table: Table = { index, nestingLevel: depth + 1, rows: [] };
    this.tables.push(table);
    if (depth === 0) {
      const tag = enclosingTag(tbl);
      if (tag) table.tag = tag;
      this.blocks.push({ kind: "table", table });
    }
    // Paragraphs (and nested tables) first, in document order, so that the cells can use what they read as.
    this.walk(tbl, depth + 1, placeholder);
    const geometry = tableGeometry(tbl, this.w);
    table.rows = rowsOf(tbl, this.w).map((tr, r) => ({
      cells: cellsOf(tr, this.w).map((tc, c) => this.cell(tc, { table: index, row: r, cell: c }, geometry[r][c])),
    }));
  }

  private cell(tc: XmlElement, ref: Cell["ref"], geometry: ReturnType<typeof tableGeometry>[number][number]): Cell {
    // Table.values: the cell's own paragraphs (not those of nested tables) joined by "\r".
    let raw = "";
    const spans: TextSpan[] = [];
    cellParagraphs(tc, this.w).forEach((p, i) => {
      if (i > 0) raw += "\r";
      const notes = this.notes.get(p) ?? paragraphNotes(p, this.w);
      for (const s of notes.placeholders) spans.push({ start: raw.length + s.start, end: raw.length + s.end });
      raw += notes.text;
    });
    const { text, spans: placeholderSpans } = normaliseWithSpans(raw, spans);
    const cell: Cell = { ref, text, gridColumn: geometry.gridColumn };
    if (geometry.columnSpan > 1) cell.columnSpan = geometry.columnSpan;
    if (geometry.verticallyMergedContinuation) cell.verticallyMergedContinuation = true;
    if (placeholderSpans.length) cell.placeholderSpans = placeholderSpans;
    return cell;
  }
}

function showsPlaceholder(sdt: XmlElement): boolean {
  return isOn(wPath(sdt, "sdtPr", "showingPlcHdr"));
}

/** Tag of the innermost content control around a table (Table.parentContentControl's tag), when it has one. */
function enclosingTag(tbl: XmlElement): string | undefined {
  for (let n = tbl.parentNode; n; n = n.parentNode) {
    if (n.localName === "sdt" && n.namespaceURI === tbl.namespaceURI) {
      const pr = wChild(n as XmlElement, "sdtPr");
      return (pr && wAttr(wChild(pr, "tag"), "val")) || undefined;
    }
  }
  return undefined;
}

/** A detached body holding one empty paragraph, in the namespace of `body` (the document is not changed). */
function emptyParagraphIn(body: XmlElement): XmlElement {
  const doc = body.ownerDocument!;
  const holder = doc.createElementNS(body.namespaceURI!, "w:body");
  holder.appendChild(doc.createElementNS(body.namespaceURI!, "w:p"));
  return holder;
}

/** The model's list field from what Word shows (the API read path builds the same from ListItem and List). */
export function toListInfo(item: { level: number; numbered: boolean; listString: string }): ListInfo {
  return item.listString
    ? { level: item.level, numbered: item.numbered, label: item.listString }
    : { level: item.level, numbered: item.numbered };
}

/** The DocModel of a w:body, with `styles` to name paragraph styles as Word does and `lists` to number list items. */
export function readBody(body: XmlElement, styles: StyleSheet, lists?: ListCounter): DocModel {
  const reader = new BodyReader(styles, wNamespaceOf(body), lists);
  reader.walk(body, 0, false);
  // Word always shows a body paragraph, and lists it (headless-word adds one to an empty body as Word repairs it).
  if (reader.paragraphs.length === 0) reader.walk(emptyParagraphIn(body), 0, false);
  return { blocks: reader.blocks, paragraphs: reader.paragraphs, tables: reader.tables, source: "file" };
}
