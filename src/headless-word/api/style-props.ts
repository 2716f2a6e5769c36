/** Paragraph style properties shared by Paragraph, Range and Body. */
import { ErrorCodes, officeError } from "../errors";
import { builtInStyleName } from "../../docx/ooxml/styles";
import { createW, wChild, wPath, setWAttr, type XmlDocument, type XmlElement } from "../../docx/xml";
import type { Session } from "./session";

export function paragraphStyle(session: Session, p: XmlElement): string {
  return session.styles.styleName(p);
}

export function paragraphStyleBuiltIn(session: Session, p: XmlElement): string {
  return builtInStyleName(session.styles.styleName(p));
}

/** Sets w:pStyle; a name the document does not define is refused as in Word. */
export function setParagraphStyle(session: Session, p: XmlElement, value: string, builtIn: boolean): void {
  const wanted = builtIn ? builtInToName(value) : value;
  let id = session.styles.idForName(wanted) ?? (builtIn ? session.styles.idForName(value) : undefined);
  if (!id && builtIn && value === "Normal") {
    // No Normal style defined: the paragraph simply uses the document default.
    const pStyle = wPath(p, "pPr", "pStyle");
    if (pStyle) pStyle.parentNode!.removeChild(pStyle);
    return;
  }
  if (!id && builtIn) id = session.styles.addBuiltIn(value);
  if (!id)
    throw officeError(
      ErrorCodes.itemNotFound,
      `The style '${value}' does not exist in this document.`,
      "Paragraph.style",
    );
  const doc = p.ownerDocument as XmlDocument;
  let pPr = wChild(p, "pPr");
  if (!pPr) {
    pPr = createW(doc, "pPr");
    p.insertBefore(pPr, p.firstChild);
  }
  let pStyle = wPath(p, "pPr", "pStyle");
  if (!pStyle) {
    pStyle = createW(doc, "pStyle");
    pPr.insertBefore(pStyle, pPr.firstChild);
  }
  setWAttr(pStyle, "val", id);
}

function builtInToName(value: string): string {
  const m = /^(Heading|Toc)(\d)$/i.exec(value);
  if (m) return `${m[1].toLowerCase() === "toc" ? "TOC" : "Heading"} ${m[2]}`;
  return value.replace(/([a-z])([A-Z])/g, "$1 $2");
}
