/**
 * Paragraph breaks in inserted text: Word's insertText turns "\n" (and "\r") into new paragraphs and "\v" into
 * a line break. The text is first inserted with a marker per break, then the paragraph is split at each
 * marker, carrying the run formatting and the containers (hyperlink, revision, control) across the split.
 */
import { createW, insertAfter, isW, wChild, type XmlElement } from "../../docx/xml";
import { splitAt } from "./runs";
import { paragraphPieces } from "../../docx/ooxml/text";
import { moveForSplit } from "./points";

/** A private-use character that never appears in documents we write. */
export const BREAK_MARKER = "\uE000";

/** Splits `p` before the character at `offset`; returns the new paragraph that follows it. */
export function splitParagraph(p: XmlElement, offset: number): XmlElement {
  splitAt(p, offset);
  const doc = p.ownerDocument!;
  const q = createW(doc, "p");
  const pPr = wChild(p, "pPr");
  if (pPr) {
    const copy = pPr.cloneNode(true) as XmlElement;
    q.appendChild(copy);
    // A section break ends the last of the split paragraphs.
    const sectPr = wChild(pPr, "sectPr");
    if (sectPr) pPr.removeChild(sectPr);
  }
  insertAfter(q, p);
  moveForSplit(p, offset, q);
  const first = paragraphPieces(p).find((x) => x.start >= offset);
  if (!first) return q;
  // Move the run, its following siblings, and the same on each level up to the paragraph.
  let moving: XmlElement = first.run;
  let parent = moving.parentNode as XmlElement;
  while (parent !== p) {
    const clone = parent.cloneNode(false) as XmlElement;
    // Keep the container's own properties (e.g. w:sdtPr) with the original.
    for (let n: XmlElement | null = moving; n;) {
      const next = n.nextSibling as XmlElement | null;
      clone.appendChild(n);
      n = next;
    }
    insertAfter(clone, parent);
    moving = clone;
    parent = clone.parentNode as XmlElement;
  }
  for (let n: XmlElement | null = moving; n;) {
    const next = n.nextSibling as XmlElement | null;
    if (!isW(n, "pPr")) q.appendChild(n);
    n = next;
  }
  return q;
}
