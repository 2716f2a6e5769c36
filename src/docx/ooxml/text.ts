/**
 * The text of a paragraph as Word reports it, with where each character lives in the XML. Word's text
 * skips deleted revisions, field codes (it shows field results), and shows line breaks as "\v" and tabs as
 * "\t". Legacy FORMCHECKBOX fields and Wingdings box symbols are shown as ☐ / ☒ (see README).
 */
import { NS, wAttr, wChild, wPath, type XmlElement } from "../xml";
import { wNamespaceOf } from "./structure";

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

/** Wingdings / Segoe symbol code points Word uses for check boxes. */
const BOX_SYMBOLS: Record<string, string> = {
  F06F: "☐",
  F0A8: "☐",
  F071: "☐",
  F072: "☐",
  F0FE: "☒",
  F078: "☒",
  F0FD: "☒",
  F0FB: "☒",
  F0FC: "☑",
  "2610": "☐",
  "2612": "☒",
  "2611": "☑",
};

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

  constructor(withPieces: boolean) {
    this.pieces = withPieces ? [] : undefined;
  }

  /** Ready for another paragraph (text-only scanners are reused). */
  reset(): void {
    this.text = "";
    this.fields = undefined;
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
        if (content) this.visit(content);
      } else if (TRANSPARENT.has(local)) this.visit(n);
      else if (HIDDEN.has(local)) continue;
    }
  }

  private visitRun(r: XmlElement): void {
    const w = this.w;
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
          const mapped = BOX_SYMBOLS[code] ?? (code ? String.fromCharCode(parseInt(code, 16)) : "");
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

/** OOXML on/off: present without w:val, or w:val of 1/true/on. */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el, "val");
  return v === undefined || v === "1" || v === "true" || v === "on";
}

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
