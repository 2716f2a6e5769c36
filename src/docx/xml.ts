/** Small DOM helpers over the slim XML tree (src/docx/dom) for WordprocessingML. */
import { DocxFormatError } from "./errors";
import { XDocument, XElement, XNode } from "./dom/nodes";
import { parseDocument } from "./dom/parse";
import { serializeDocument, serializeElement } from "./dom/serialize";

export type XmlDocument = XDocument;
export type XmlElement = XElement;
export type XmlNode = XNode;

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
} as const;

const NAMESPACES: readonly string[] = Object.values(NS);

const TEXT_NODE = 3;

/**
 * True when the text has a DOCTYPE or an entity declaration anywhere. Found by looking only at each "<!",
 * which in a .docx part starts little but comments and CDATA, instead of running a regex over megabytes.
 */
export function declaresDoctype(text: string): boolean {
  for (let i = text.indexOf("<!"); i >= 0; i = text.indexOf("<!", i + 2)) {
    const word = text.slice(i + 2, i + 9).toUpperCase();
    if (word === "DOCTYPE" || word.startsWith("ENTITY")) return true;
  }
  return false;
}

/**
 * Parses a part. A DOCTYPE is refused before parsing: DTDs bring entity expansion and external entities,
 * which a .docx never needs (Word itself refuses them), so nothing is ever resolved.
 */
export function parseXml(text: string, partName: string): XmlDocument {
  if (declaresDoctype(text)) {
    throw new DocxFormatError(
      "doctype",
      `${partName} contains a DOCTYPE or entity declaration, which a .docx never needs.`,
    );
  }
  try {
    return parseDocument(text, NAMESPACES);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocxFormatError("corrupt", `${partName} is not well-formed XML (${detail}).`);
  }
}

export function serializeXml(doc: XmlDocument): string {
  return serializeDocument(doc);
}

export { serializeElement };

export function isElement(node: XmlNode | null | undefined): node is XmlElement {
  return node instanceof XElement;
}

export function isText(node: XmlNode | null | undefined): boolean {
  return !!node && node.nodeType === TEXT_NODE;
}

/** True when `node` is the WordprocessingML element `w:<local>`. */
export function isW(node: XmlNode | null | undefined, local: string): boolean {
  return isElement(node) && node.localName === local && node.namespaceURI === NS.w;
}

export function localOf(el: XmlElement): string {
  return el.localName ?? "";
}

export function children(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function wChildren(el: XmlElement, local: string): XmlElement[] {
  return children(el).filter((c) => isW(c, local));
}

export function wChild(el: XmlElement, local: string): XmlElement | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, local)) return n as XmlElement;
  return undefined;
}

/** Follows a path of w: children, e.g. wPath(p, "pPr", "pStyle"). */
export function wPath(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let cur = el;
  for (const local of locals) cur = cur && wChild(cur, local);
  return cur;
}

export function wAttr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  const value = el.getAttributeNS(NS.w, local);
  return value === null || value === "" ? (el.hasAttributeNS(NS.w, local) ? "" : undefined) : value;
}

/** OOXML on/off: present without w:val, or w:val of 1/true/on. */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el, "val");
  return v === undefined || v === "1" || v === "true" || v === "on";
}

export function setWAttr(el: XmlElement, local: string, value: string): void {
  el.setAttributeNS(NS.w, "w:" + local, value);
}

export function createW(doc: XmlDocument, local: string, attrs: Record<string, string> = {}): XmlElement {
  const el = doc.createElementNS(NS.w, "w:" + local);
  for (const [k, v] of Object.entries(attrs)) setWAttr(el, k, v);
  return el;
}

export function ancestor(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement | undefined {
  for (let n = el.parentNode; n; n = n.parentNode) if (isElement(n) && pred(n)) return n;
  return undefined;
}

/** Pre-order walk over descendant elements; `visit` returning false skips the subtree. */
export function walk(el: XmlElement, visit: (e: XmlElement) => boolean | void): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && visit(n) !== false) walk(n, visit);
  }
}

export function insertAfter(node: XmlNode, ref: XmlNode): void {
  const parent = ref.parentNode;
  if (!parent) throw new Error("insertAfter: reference node has no parent");
  parent.insertBefore(node, ref.nextSibling);
}

export function remove(node: XmlNode): void {
  node.parentNode?.removeChild(node);
}

/** Document order comparison: negative when a precedes b. */
export function compareOrder(a: XmlNode, b: XmlNode): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  // DOCUMENT_POSITION_FOLLOWING = 4, CONTAINED_BY = 16
  if (pos & 4 || pos & 16) return -1;
  return 1;
}
