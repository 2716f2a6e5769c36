/**
 * What loads derive from paragraphs (text, style, outline level, list membership), computed once and shared by
 * every load of one sync: body.paragraphs and body.tables read the same in-table paragraphs, and a paragraph's
 * four style properties come from one look at its w:pPr.
 *
 * Lifetime: one sync, and only while nothing edits the document. HeadlessContext.sync empties it after every
 * action that is not a load, so a value is never read back after an edit could have changed it. (A load may add
 * an empty paragraph to an empty container — see Body.spanOf — which changes no existing paragraph's text or
 * format.)
 */
import type { XmlElement } from "../../docx/xml";
import { cellParagraphs, cellsOf, rowsOf, tableNestingLevel, wNamespaceOf } from "../../docx/ooxml/structure";
import type { ParagraphFormat, StyleSheet } from "../../docx/ooxml/styles";
import { paragraphText } from "../../docx/ooxml/text";
import { paragraphsIn } from "../../docx/ooxml/structure";
import { Numbering, type ListItemInfo } from "../../docx/ooxml/numbering";
import type { DocxPackage } from "../../docx/package/docx-package";

export class ReadMemo {
  private readonly texts = new Map<XmlElement, string>();
  /**
   * The last format computed: a paragraph's style properties are read one after the other, and no other load
   * asks for them twice, so one entry serves them all without keeping a format per paragraph alive.
   */
  private lastFormatOf: XmlElement | undefined;
  private lastFormat: ParagraphFormat | undefined;

  /**
   * The w: namespace string of the first element read (see wNamespaceOf), compared with in every walk after:
   * the loads of a sync read one document, whose elements share that very string.
   */
  private w: string | undefined;

  /** What Word shows for each list paragraph of the document, counted once per sync when a load first asks. */
  private lists: Map<XmlElement, ListItemInfo> | undefined;
  private numberingDefs: Numbering | undefined;

  /** `styles` is asked at each use: the session's style sheet is the one current when the value is computed. */
  constructor(
    private readonly styles: () => StyleSheet,
    private readonly pkg?: () => DocxPackage,
  ) {}

  /** The document's list definitions (word/numbering.xml). */
  numbering(): Numbering | undefined {
    if (!this.pkg) return undefined;
    return (this.numberingDefs ??= new Numbering(this.pkg()));
  }

  /**
   * ListItem of a paragraph (level, listString) as Word numbers it: every list paragraph of the document counted in
   * order up to it, so the whole document is counted once and every list item of the sync reads from that.
   */
  listItem(p: XmlElement): ListItemInfo | undefined {
    if (!this.lists) {
      this.lists = new Map();
      const numbering = this.numbering();
      const root = p.ownerDocument?.documentElement as unknown as XmlElement | undefined;
      if (numbering && root) {
        const counter = numbering.counter();
        for (const para of paragraphsIn(root)) {
          const format = this.format(para);
          if (format.numId === undefined) continue;
          const item = counter.next(format.numId, format.numLevel ?? 0);
          if (item) this.lists.set(para, item);
        }
      }
    }
    return this.lists.get(p);
  }

  /** The namespace string to compare with for `el`. */
  ns(el: XmlElement): string {
    return (this.w ??= wNamespaceOf(el));
  }

  /** paragraphText(p). */
  text(p: XmlElement): string {
    let text = this.texts.get(p);
    if (text === undefined) {
      text = paragraphText(p, this.ns(p));
      this.texts.set(p, text);
    }
    return text;
  }

  /** tableNestingLevel(el). */
  nestingLevel(el: XmlElement): number {
    return tableNestingLevel(el, this.ns(el));
  }

  /** StyleSheet.format(p). */
  format(p: XmlElement): ParagraphFormat {
    if (this.lastFormatOf === p && this.lastFormat) return this.lastFormat;
    const format = this.styles().format(p, this.ns(p));
    this.lastFormatOf = p;
    this.lastFormat = format;
    return format;
  }

  /** Table.values: each cell's own paragraphs (not those of nested tables) joined by "\r", as cellText. */
  tableValues(tbl: XmlElement): string[][] {
    const w = this.ns(tbl);
    return rowsOf(tbl, w).map((tr) =>
      cellsOf(tr, w).map((tc) => {
        const paras = cellParagraphs(tc, w);
        if (paras.length === 1) return this.text(paras[0]);
        let value = "";
        for (let i = 0; i < paras.length; i++) value += (i > 0 ? "\r" : "") + this.text(paras[i]);
        return value;
      }),
    );
  }

  /** Forgets everything (the document may have changed). */
  clear(): void {
    this.texts.clear();
    this.lastFormatOf = undefined;
    this.lastFormat = undefined;
    this.lists = undefined;
    this.numberingDefs = undefined;
  }
}
