/** Inserting paragraphs and tables next to blocks or at the start/end of a container. */
import { createW, insertAfter, isW, children, type XmlDocument, type XmlElement } from "../../docx/xml";
import { appendTextContent, cloneRunShell } from "./runs";
import { newParagraph } from "./edit-text";
import { paragraphPieces } from "../../docx/ooxml/text";

export type Side = "Before" | "After";
export type Edge = "Start" | "End";

/** The block (w:p or w:tbl) an element belongs to at its container's level. */
export function paragraphWithText(doc: XmlDocument, text: string, like?: XmlElement): XmlElement {
  const p = newParagraph(doc, like);
  if (text) {
    const template = like ? paragraphPieces(like)[0]?.run : undefined;
    const run = template && template.localName === "r" ? cloneRunShell(template) : createW(doc, "r");
    appendTextContent(run, text);
    p.appendChild(run);
  }
  return p;
}

export function placeBeside(node: XmlElement, anchor: XmlElement, side: Side): void {
  if (side === "Before") anchor.parentNode!.insertBefore(node, anchor);
  else insertAfter(node, anchor);
}

/** Puts `node` first or last in a container (before the body's final w:sectPr). */
export function placeInContainer(node: XmlElement, container: XmlElement, edge: Edge): void {
  if (edge === "Start") {
    const first = children(container).find((c) => !isW(c, "tcPr") && !isW(c, "sdtPr"));
    container.insertBefore(node, first ?? null);
    return;
  }
  const last = container.lastChild;
  if (isW(last, "sectPr")) container.insertBefore(node, last);
  else container.appendChild(node);
}

/** Word always keeps a paragraph after a table at the end of a cell or of the body. */
export function ensureParagraphAfter(tbl: XmlElement): void {
  let next = tbl.nextSibling;
  while (next && !isElementNode(next)) next = next.nextSibling;
  if (!next || isW(next, "sectPr") || isW(next, "tbl")) {
    const p = createW(tbl.ownerDocument as XmlDocument, "p");
    tbl.parentNode!.insertBefore(p, next ?? null);
  }
}

function isElementNode(n: unknown): boolean {
  return (n as { nodeType?: number }).nodeType === 1;
}
