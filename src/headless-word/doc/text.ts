/**
 * The text of a paragraph as Word reports it, with where each character lives in the XML. Word's text
 * skips deleted revisions, field codes (it shows field results), and shows line breaks as "\v" and tabs as
 * "\t". Legacy FORMCHECKBOX fields and Wingdings box symbols are shown as ☐ / ☒ (see README).
 */
import { NS, isElement, wAttr, wChild, wPath, type XmlElement } from "../xml";

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

export function paragraphPieces(p: XmlElement): Piece[] {
  const pieces: Piece[] = [];
  const fields: FieldState[] = [];
  let offset = 0;
  const push = (kind: PieceKind, node: XmlElement, run: XmlElement, text: string) => {
    if (fields.some((f) => f.inCode || f.checkbox)) return;
    pieces.push({ kind, node, run, text, start: offset });
    offset += text.length;
  };
  const visitRun = (r: XmlElement) => {
    for (let n = r.firstChild; n; n = n.nextSibling) {
      if (!isElement(n) || n.namespaceURI !== NS.w) continue;
      switch (n.localName) {
        case "t":
          if (n.textContent) push("text", n, r, n.textContent);
          break;
        case "tab":
        case "ptab":
          push("tab", n, r, "\t");
          break;
        case "br": {
          const type = wAttr(n, "type");
          if (!type || type === "textWrapping") push("break", n, r, "\v");
          break;
        }
        case "cr":
          push("break", n, r, "\v");
          break;
        case "noBreakHyphen":
          push("symbol", n, r, "-");
          break;
        case "sym": {
          const code = (wAttr(n, "char") ?? "").toUpperCase();
          const mapped = BOX_SYMBOLS[code] ?? (code ? String.fromCharCode(parseInt(code, 16)) : "");
          if (mapped) push("symbol", n, r, mapped);
          break;
        }
        case "fldChar": {
          const type = wAttr(n, "fldCharType");
          if (type === "begin") {
            const box = wPath(n, "ffData", "checkBox");
            if (box) {
              push("checkbox", n, r, checkBoxChecked(box) ? "☒" : "☐");
              fields.push({ inCode: true, checkbox: true });
            } else fields.push({ inCode: true, checkbox: false });
          } else if (type === "separate") {
            const top = fields[fields.length - 1];
            if (top) top.inCode = false;
          } else if (type === "end") fields.pop();
          break;
        }
        default:
          break;
      }
    }
  };
  const visit = (el: XmlElement) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (!isElement(n)) continue;
      if (n.namespaceURI !== NS.w) continue; // math, drawings, alternate content: not text
      const local = n.localName ?? "";
      if (local === "r") visitRun(n);
      else if (local === "sdt") {
        const content = wChild(n, "sdtContent");
        if (content) visit(content);
      } else if (TRANSPARENT.has(local)) visit(n);
      else if (HIDDEN.has(local)) continue;
    }
  };
  visit(p);
  return pieces;
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

export function paragraphText(p: XmlElement): string {
  let text = "";
  for (const piece of paragraphPieces(p)) text += piece.text;
  return text;
}
