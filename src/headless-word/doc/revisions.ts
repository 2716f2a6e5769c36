/**
 * Tracked changes for edits made while change tracking is on (w:trackRevisions): inserted text goes in w:ins,
 * removed text is kept in w:del with w:delText, as Word records it. The package registers, per XML document,
 * how to know whether tracking is on and who the author is.
 */
import { createW, isElement, isW, NS, type XmlDocument, type XmlElement } from "../../docx/xml";

export interface RevisionInfo {
  author: string;
  date: string;
}

const providers = new WeakMap<object, () => RevisionInfo | undefined>();

export function setRevisionProvider(doc: XmlDocument, provider: () => RevisionInfo | undefined): void {
  providers.set(doc, provider);
}

export function revisionFor(node: XmlElement): RevisionInfo | undefined {
  const doc = node.ownerDocument;
  return doc ? providers.get(doc)?.() : undefined;
}

const counters = new WeakMap<object, number>();

/** Revision ids only need to be unique within the document: continue after the largest one in it. */
function nextId(doc: XmlDocument): string {
  let next = counters.get(doc);
  if (next === undefined) {
    let max = 0;
    for (const local of ["ins", "del"]) {
      const list = doc.getElementsByTagNameNS(NS.w, local);
      for (let i = 0; i < list.length; i++) {
        max = Math.max(max, Number((list[i] as unknown as XmlElement).getAttributeNS(NS.w, "id")) || 0);
      }
    }
    next = max + 1;
  }
  counters.set(doc, next + 1);
  return String(next);
}

function mark(doc: XmlDocument, local: "ins" | "del", info: RevisionInfo): XmlElement {
  return createW(doc, local, { id: nextId(doc), author: info.author, date: info.date });
}

/** Wraps a new run in w:ins. */
export function markInserted(run: XmlElement, info: RevisionInfo): void {
  const ins = mark(run.ownerDocument as XmlDocument, "ins", info);
  run.parentNode!.insertBefore(ins, run);
  ins.appendChild(run);
}

/** Turns a run into deleted text: w:t → w:delText, wrapped in w:del (unless already inside a revision). */
export function markDeleted(run: XmlElement, info: RevisionInfo): void {
  const doc = run.ownerDocument as XmlDocument;
  for (let n = run.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    if (isW(n, "t") || isW(n, "instrText")) {
      const replacement = createW(doc, isW(n, "t") ? "delText" : "delInstrText");
      for (let c = n.firstChild; c; c = n.firstChild) replacement.appendChild(c);
      const space = n.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space");
      if (space) replacement.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", space);
      run.replaceChild(replacement, n);
      n = replacement;
    }
  }
  const parent = run.parentNode as XmlElement;
  if (isW(parent, "ins")) {
    // Deleting text that was itself a tracked insertion: Word simply drops it.
    parent.removeChild(run);
    if (!parent.firstChild) parent.parentNode?.removeChild(parent);
    return;
  }
  if (isW(parent, "del")) return;
  const del = mark(doc, "del", info);
  parent.insertBefore(del, run);
  del.appendChild(run);
}
