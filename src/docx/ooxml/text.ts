/**
 * The text of a paragraph as Word reports it, with where each character lives in the XML. Word's text
 * skips deleted revisions, field codes (it shows field results), and shows line breaks as "\v" and tabs as
 * "\t". Legacy FORMCHECKBOX fields and Wingdings box symbols are shown as ☐ / ☒ (see README).
 *
 * The same walk, annotated (paragraphNotes), also says which parts a content control shows as its placeholder,
 * which parts are highlighted, and shows a checkbox content control by its w14:checked state rather than by the
 * glyph it happens to display: what the document model needs and Word's API text does not tell.
 */
import { NS, isOn, wAttr, wChild, wPath, type XmlElement } from "../xml";
import { wNamespaceOf } from "./structure";

/** Word 2010's namespace: checkbox content controls (w14:checkbox, w14:checked). */
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

/** A part of a paragraph's text: start inclusive, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** What paragraphNotes finds beside the text. */
export interface ParagraphNotes {
  text: string;
  /** Text shown by content controls as their placeholder (w:showingPlcHdr). */
  placeholders: Span[];
  /** Highlighted text (w:highlight other than "none"), adjacent runs merged. */
  highlights: Span[];
}

export type PieceKind = "text" | "tab" | "break" | "symbol" | "checkbox";

export interface Piece {
  kind: PieceKind;
  /** The element carrying the character(s): w:t, w:tab, w:br, w:cr, w:sym, or the w:fldChar of a checkbox. */
  node: XmlElement;
  /** The enclosing w:r. */
  run: XmlElement;
  text: string;
  /** Offset of the first character in the paragraph's text. */
  start: number;
}

/** Elements whose content is part of the paragraph's text flow. */
const TRANSPARENT = new Set([
  "hyperlink",
  "ins",
  "moveTo",
  "smartTag",
  "customXml",
  "dir",
  "bdo",
  "fldSimple",
  "sdtContent",
]);
/** Elements whose content is never shown as text. */
const HIDDEN = new Set(["del", "moveFrom", "pPr", "sdtPr", "sdtEndPr", "rPr"]);

/**
 * Symbol-font code points that forms use as check boxes (Insert → Symbol), by font: the same code means another
 * shape in another font (F0A8 is a box in Wingdings, not in Wingdings 2). Mappings after the Unicode Consortium's
 * Wingdings / Wingdings 2 correspondence (WG2 N4384, "Proposal to add Wingdings and Webdings symbols") and Word's own
 * Insert → Symbol dialog; Unicode ballot boxes read as themselves in any font.
 */
const BOX_SYMBOLS_BY_FONT: Record<string, Record<string, string>> = {
  wingdings: {
    F06F: "☐",
    F0A8: "☐",
    F071: "☐",
    F072: "☐",
    F0FE: "☒",
    F078: "☒",
    F0FD: "☒",
    F0FB: "☒",
    F0FC: "☑",
  },
  "wingdings 2": {
    F0A3: "☐",
    F051: "☒",
    F053: "☒",
    F054: "☒",
    F052: "☑",
  },
};
const UNICODE_BOXES: Record<string, string> = { "2610": "☐", "2612": "☒", "2611": "☑" };

/** The box a w:sym shows, or undefined when it is not a box. A symbol with no font is read as Wingdings (Word's default). */
function boxSymbol(font: string | undefined, code: string): string | undefined {
  return UNICODE_BOXES[code] ?? BOX_SYMBOLS_BY_FONT[(font ?? "Wingdings").toLowerCase()]?.[code];
}

interface FieldState {
  inCode: boolean;
  checkbox: boolean;
}

/**
 * One walk over a paragraph's content, shared by paragraphPieces and paragraphText. Written as a class with
 * methods rather than nested closures: this runs for every paragraph of every load, and per-call closures
 * (and the name helpers some toolchains wrap them in) cost more than the walk itself.
 */
class Scanner {
  /** Pieces found, or undefined when only the text is wanted (no piece objects made). */
  readonly pieces: Piece[] | undefined;
  text = "";
  /** Open fields, innermost last (made for the first field: most paragraphs have none). */
  private fields: FieldState[] | undefined;
  /** The w: namespace string of the paragraph being scanned (see wNamespaceOf). */
  private w: string = NS.w;
  /** Annotations, when asked for (the model reader); undefined for Word's plain text (every API load). */
  readonly notes: { placeholders: Span[]; highlights: Span[] } | undefined;
  /** Whether the run being visited is highlighted (annotated scans only). */
  private highlighted = false;

  constructor(withPieces: boolean, annotate = false) {
    this.pieces = withPieces ? [] : undefined;
    this.notes = annotate ? { placeholders: [], highlights: [] } : undefined;
  }

  /** Ready for another paragraph (text-only scanners are reused). */
  reset(): void {
    this.text = "";
    this.fields = undefined;
    if (this.notes) {
      this.notes.placeholders = [];
      this.notes.highlights = [];
    }
  }

  /** Scans paragraph `p`; `w` is its w: namespace string (see wNamespaceOf). */
  scan(p: XmlElement, w: string): void {
    this.w = w;
    this.visit(p);
  }

  private push(kind: PieceKind, node: XmlElement, run: XmlElement, text: string): void {
    const fields = this.fields;
    if (fields) for (let i = 0; i < fields.length; i++) if (fields[i].inCode || fields[i].checkbox) return;
    this.pieces?.push({ kind, node, run, text, start: this.text.length });
    if (this.highlighted) addSpan(this.notes!.highlights, this.text.length, this.text.length + text.length);
    this.text += text;
  }

  private visit(el: XmlElement): void {
    const w = this.w;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      // Only elements have a namespace; math, drawings, alternate content are not text.
      if (c.namespaceURI !== w) continue;
      const n = c as XmlElement;
      const local = n.localName;
      if (local === "r") this.visitRun(n);
      else if (local === "sdt") {
        const content = wChild(n, "sdtContent");
        if (!content) continue;
        if (this.notes) this.visitAnnotatedSdt(n, content);
        else this.visit(content);
      } else if (TRANSPARENT.has(local)) this.visit(n);
      else if (HIDDEN.has(local)) continue;
    }
  }

  /**
   * An inline content control, annotated: its placeholder text is noted, and a checkbox control shows one box by
   * its w14:checked state (Word keeps the two in step; a file written by other tools may not).
   */
  private visitAnnotatedSdt(sdt: XmlElement, content: XmlElement): void {
    const pr = wChild(sdt, "sdtPr");
    const box = pr && w14Child(pr, "checkbox");
    const start = this.text.length;
    if (box) {
      const checked = w14Child(box, "checked");
      const on = !!checked && ["1", "true", "on"].includes(checked.getAttributeNS(W14, "val") ?? "");
      const run = firstRun(content, this.w) ?? sdt;
      this.push("checkbox", run, run, on ? "☒" : "☐");
    } else this.visit(content);
    if (pr && isOn(wChild(pr, "showingPlcHdr")) && this.text.length > start)
      addSpan(this.notes!.placeholders, start, this.text.length);
  }

  private visitRun(r: XmlElement): void {
    const w = this.w;
    if (this.notes) this.highlighted = runHighlighted(r);
    for (let c = r.firstChild; c; c = c.nextSibling) {
      if (c.namespaceURI !== w) continue;
      const n = c as XmlElement;
      switch (n.localName) {
        case "t": {
          const text = n.textContent;
          if (text) this.push("text", n, r, text);
          break;
        }
        case "tab":
        case "ptab":
          this.push("tab", n, r, "\t");
          break;
        case "br": {
          const type = wAttr(n, "type");
          if (!type || type === "textWrapping") this.push("break", n, r, "\v");
          break;
        }
        case "cr":
          this.push("break", n, r, "\v");
          break;
        case "noBreakHyphen":
          this.push("symbol", n, r, "-");
          break;
        case "sym": {
          const code = (wAttr(n, "char") ?? "").toUpperCase();
          const mapped = boxSymbol(wAttr(n, "font"), code) ?? (code ? String.fromCharCode(parseInt(code, 16)) : "");
          if (mapped) this.push("symbol", n, r, mapped);
          break;
        }
        case "fldChar":
          this.fieldChar(n, r);
          break;
        default:
          break;
      }
    }
    this.highlighted = false;
  }

  private fieldChar(n: XmlElement, r: XmlElement): void {
    const type = wAttr(n, "fldCharType");
    if (type === "begin") {
      const box = wPath(n, "ffData", "checkBox");
      if (box) this.push("checkbox", n, r, checkBoxChecked(box) ? "☒" : "☐");
      (this.fields ??= []).push({ inCode: true, checkbox: !!box });
    } else if (type === "separate") {
      const top = this.fields?.[this.fields.length - 1];
      if (top) top.inCode = false;
    } else if (type === "end") this.fields?.pop();
  }
}

/** Adds [start, end) to sorted spans, merging with the last one when they touch. */
function addSpan(spans: Span[], start: number, end: number): void {
  const last = spans[spans.length - 1];
  if (last && last.end >= start) last.end = Math.max(last.end, end);
  else spans.push({ start, end });
}

function w14Child(el: XmlElement, local: string): XmlElement | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.namespaceURI === W14 && n.localName === local) return n as XmlElement;
  return undefined;
}

/** The first w:r inside a content control's content (where its box glyph is). */
function firstRun(el: XmlElement, w: string): XmlElement | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.namespaceURI !== w) continue;
    if (n.localName === "r") return n as XmlElement;
    const inner = firstRun(n as XmlElement, w);
    if (inner) return inner;
  }
  return undefined;
}

/** Direct w:highlight on the run (ECMA-376 §17.3.2.15); "none" is no highlight. */
function runHighlighted(r: XmlElement): boolean {
  const value = wAttr(wPath(r, "rPr", "highlight"), "val");
  return value !== undefined && value !== "none";
}

export function paragraphPieces(p: XmlElement): Piece[] {
  const scanner = new Scanner(true);
  scanner.scan(p, wNamespaceOf(p));
  return scanner.pieces!;
}

function checkBoxChecked(box: XmlElement): boolean {
  const checked = wChild(box, "checked");
  if (checked) return isOn(checked);
  const dflt = wChild(box, "default");
  return dflt ? isOn(dflt) : false;
}

export { isOn };

/**
 * The paragraph's text alone: the same walk as paragraphPieces, without making the pieces. `w`: the w:
 * namespace string to compare with (see wNamespaceOf); callers reading many paragraphs pass it once.
 */
export function paragraphText(p: XmlElement, w = wNamespaceOf(p)): string {
  // One shared scanner: a scan never calls out, so it cannot be re-entered before it returns.
  textScanner.reset();
  textScanner.scan(p, w);
  const text = textScanner.text;
  textScanner.reset();
  return text;
}

const textScanner = new Scanner(false);

/**
 * The paragraph's text as the document model sees it, with its placeholder and highlighted parts. The text is
 * paragraphText's except that a checkbox content control shows ☐ / ☒ by its w14:checked state.
 */
export function paragraphNotes(p: XmlElement, w = wNamespaceOf(p)): ParagraphNotes {
  notesScanner.reset();
  notesScanner.scan(p, w);
  const notes = notesScanner.notes!;
  return { text: notesScanner.text, placeholders: notes.placeholders, highlights: notes.highlights };
}

const notesScanner = new Scanner(false, true);
