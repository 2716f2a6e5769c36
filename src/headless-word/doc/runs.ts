/** Run-level editing: split a run at a text offset, build runs for new text. Keeps run properties intact. */
import { createW, insertAfter, isElement, isW, NS, wChild, type XmlDocument, type XmlElement } from "../../docx/xml";
import { paragraphPieces } from "../../docx/ooxml/text";

/** Makes `offset` fall on a run boundary (splitting the run that straddles it). */
export function splitAt(p: XmlElement, offset: number): void {
  const pieces = paragraphPieces(p);
  for (const piece of pieces) {
    const end = piece.start + piece.text.length;
    if (offset <= piece.start || offset >= end) {
      if (offset === piece.start) splitRunBefore(piece.run, piece.node);
      continue;
    }
    // offset strictly inside a w:t: cut the text node in two, then split the run between them.
    const keep = piece.text.slice(0, offset - piece.start);
    const rest = piece.text.slice(offset - piece.start);
    setText(piece.node, keep);
    const restT = piece.node.cloneNode(false) as XmlElement;
    setText(restT, rest);
    insertAfter(restT, piece.node);
    splitRunBefore(piece.run, restT);
    return;
  }
}

/** Moves `node` and its following siblings out of `run` into a copy of the run placed after it. */
function splitRunBefore(run: XmlElement, node: XmlElement): void {
  if (node.parentNode !== run) return;
  let hasContentBefore = false;
  for (let n = run.firstChild; n && n !== node; n = n.nextSibling)
    if (isElement(n) && !isW(n, "rPr")) hasContentBefore = true;
  if (!hasContentBefore) return;
  const copy = cloneRunShell(run);
  insertAfter(copy, run);
  let n: typeof node | null = node;
  while (n) {
    const next = n.nextSibling as XmlElement | null;
    copy.appendChild(n);
    n = next;
  }
}

/** A new run with a copy of the run properties of `template` (if any). */
export function cloneRunShell(template: XmlElement | undefined, doc?: XmlDocument): XmlElement {
  const ownerDoc = (doc ?? template?.ownerDocument) as XmlDocument;
  const run = template ? (template.cloneNode(false) as XmlElement) : ownerDoc.createElementNS(NS.w, "w:r");
  const rPr = template && wChild(template, "rPr");
  if (rPr) run.appendChild(rPr.cloneNode(true));
  return run;
}

export function setText(t: XmlElement, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(t.ownerDocument!.createTextNode(text));
  if (/^\s|\s$/.test(text) || text.includes("  "))
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
}

/** Appends text to a run: "\t" as w:tab, line breaks as w:br. */
export function appendTextContent(run: XmlElement, text: string): void {
  const doc = run.ownerDocument as XmlDocument;
  const parts = text.replace(/\r\n/g, "\n").split(/([\t\n\r\v])/);
  for (const part of parts) {
    if (!part) continue;
    if (part === "\t") run.appendChild(createW(doc, "tab"));
    else if (part === "\n" || part === "\r" || part === "\v") run.appendChild(createW(doc, "br"));
    else {
      const t = createW(doc, "t");
      setText(t, part);
      t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      run.appendChild(t);
    }
  }
}

/** Text length as it will read back (line breaks and tabs count one character). */
export function readBackLength(text: string): number {
  return text.replace(/\r\n/g, "\n").length;
}

/** Runs without content left (only properties / render hints) are removed. */
export function removeIfEmpty(run: XmlElement): void {
  for (let n = run.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && !isW(n, "rPr") && !isW(n, "lastRenderedPageBreak")) return;
  }
  run.parentNode?.removeChild(run);
}
