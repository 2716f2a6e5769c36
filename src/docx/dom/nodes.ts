/**
 * A slim, namespace-aware XML tree with the part of the W3C DOM that src/docx and headless-word use.
 *
 * Why not a full DOM library: a 2,000-page DPIA is a 12 MB document.xml with ~340,000 elements, and a general
 * DOM spends ~700 bytes and a NodeList, a NamedNodeMap and several Attr nodes on each of them. These nodes keep
 * only their links, names and attributes as a plain array, which keeps such a document in a fraction of the
 * memory and makes walking it cheap. Member names and semantics follow the DOM so the code reads as DOM code.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const PROCESSING_INSTRUCTION_NODE = 7;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;

/** An attribute: qualified name, prefix and local name, the namespace its prefix is bound to ("" for none), value. */
export interface XAttr {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  value: string;
}

type ParentNode = XElement | XDocument;

function splitName(qualifiedName: string): { prefix: string | null; local: string } {
  const colon = qualifiedName.indexOf(":");
  return colon < 0
    ? { prefix: null, local: qualifiedName }
    : { prefix: qualifiedName.slice(0, colon), local: qualifiedName.slice(colon + 1) };
}

export abstract class XNode {
  abstract get nodeType(): number;
  parentNode: ParentNode | null = null;
  nextSibling: XNode | null = null;
  previousSibling: XNode | null = null;
  firstChild: XNode | null = null;
  lastChild: XNode | null = null;

  constructor(public ownerDocument: XDocument | null) {}

  /** Present on every node as in the DOM, so a node can be asked without narrowing first. */
  get localName(): string | null {
    return null;
  }

  get namespaceURI(): string | null {
    return null;
  }

  get textContent(): string | null {
    return null;
  }

  abstract cloneNode(deep?: boolean): XNode;

  appendChild<T extends XNode>(child: T): T {
    return this.insertBefore(child, null);
  }

  insertBefore<T extends XNode>(child: T, ref: XNode | null): T {
    if (ref && ref.parentNode !== (this as unknown)) throw new Error("insertBefore: the reference is not a child");
    if (child === (ref as unknown)) return child;
    if (child === (this as unknown) || child.contains(this))
      throw new Error("insertBefore: a node cannot contain itself");
    child.parentNode?.removeChild(child);
    const parent = this as unknown as ParentNode;
    child.parentNode = parent;
    const before = ref ? ref.previousSibling : this.lastChild;
    child.previousSibling = before;
    child.nextSibling = ref;
    if (before) before.nextSibling = child;
    else this.firstChild = child;
    if (ref) ref.previousSibling = child;
    else this.lastChild = child;
    return child;
  }

  removeChild<T extends XNode>(child: T): T {
    if (child.parentNode !== (this as unknown)) throw new Error("removeChild: not a child of this node");
    if (child.previousSibling) child.previousSibling.nextSibling = child.nextSibling;
    else this.firstChild = child.nextSibling;
    if (child.nextSibling) child.nextSibling.previousSibling = child.previousSibling;
    else this.lastChild = child.previousSibling;
    child.parentNode = null;
    child.previousSibling = null;
    child.nextSibling = null;
    return child;
  }

  replaceChild<T extends XNode>(replacement: XNode, old: T): T {
    if (replacement !== old) {
      this.insertBefore(replacement, old);
      this.removeChild(old);
    }
    return old;
  }

  /** True when `other` is this node or inside it. */
  contains(other: XNode | null): boolean {
    for (let n = other; n; n = n.parentNode) if (n === (this as unknown)) return true;
    return false;
  }

  /**
   * DOM bit flags of where `other` is relative to this node: 2 preceding, 4 following, 8 contains (other is
   * an ancestor), 16 contained by (other is a descendant). Nodes in different trees compare as following.
   */
  compareDocumentPosition(other: XNode): number {
    if (other === this) return 0;
    const mine = pathFromRoot(this);
    const theirs = pathFromRoot(other);
    if (mine[0] !== theirs[0]) return 1 | 4 | 32;
    let depth = 0;
    while (depth < mine.length && depth < theirs.length && mine[depth] === theirs[depth]) depth++;
    if (depth === mine.length) return 16 | 4; // other is inside this node
    if (depth === theirs.length) return 8 | 2; // other is an ancestor of this node
    for (let n = mine[depth].nextSibling; n; n = n.nextSibling) if (n === theirs[depth]) return 4;
    return 2;
  }
}

function pathFromRoot(node: XNode): XNode[] {
  const path: XNode[] = [];
  for (let n: XNode | null = node; n; n = n.parentNode) path.push(n);
  return path.reverse();
}

function collectText(node: XNode, out: string[]): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n instanceof XText) out.push(n.data);
    else if (n instanceof XElement) collectText(n, out);
  }
}

/** Shared by every element without attributes (most runs and properties); replaced on the first write. */
const NO_ATTRS: XAttr[] = [];

export class XElement extends XNode {
  get nodeType(): number {
    return ELEMENT_NODE;
  }

  constructor(
    ownerDocument: XDocument | null,
    public readonly tagName: string,
    public readonly prefix: string | null,
    private readonly local: string,
    private readonly uri: string | null,
    public attrs: XAttr[] = NO_ATTRS,
  ) {
    super(ownerDocument);
  }

  override get localName(): string {
    return this.local;
  }

  override get namespaceURI(): string | null {
    return this.uri;
  }

  override get textContent(): string {
    // A run's text is usually one text node: no array for that case.
    const only = this.firstChild;
    if (only && only === this.lastChild && only instanceof XText) return only.data;
    const parts: string[] = [];
    collectText(this, parts);
    return parts.join("");
  }

  private find(ns: string | null, local: string): XAttr | undefined {
    const attrs = this.attrs;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      if (a.local === local && (a.uri || null) === (ns || null)) return a;
    }
    return undefined;
  }

  getAttributeNS(ns: string | null, local: string): string | null {
    return this.find(ns, local)?.value ?? null;
  }

  hasAttributeNS(ns: string | null, local: string): boolean {
    return this.find(ns, local) !== undefined;
  }

  setAttributeNS(ns: string | null, qualifiedName: string, value: string): void {
    const { prefix, local } = splitName(qualifiedName);
    const existing = this.find(ns, local);
    if (existing) {
      existing.value = String(value);
      return;
    }
    if (this.attrs === NO_ATTRS) this.attrs = [];
    this.attrs.push({ name: qualifiedName, prefix: prefix ?? "", local, uri: ns ?? "", value: String(value) });
  }

  /** By qualified name, as written in the part ("Id", "ds:itemID"). */
  getAttribute(name: string): string | null {
    const attrs = this.attrs;
    for (let i = 0; i < attrs.length; i++) if (attrs[i].name === name) return attrs[i].value;
    return null;
  }

  setAttribute(name: string, value: string): void {
    const existing = this.attrs.find((a) => a.name === name);
    if (existing) existing.value = String(value);
    else {
      if (this.attrs === NO_ATTRS) this.attrs = [];
      this.attrs.push({ name, prefix: "", local: name, uri: "", value: String(value) });
    }
  }

  /** Descendant elements in document order (a snapshot, not a live list). "*" matches any namespace or name. */
  getElementsByTagNameNS(ns: string | null, local: string): XElement[] {
    return elementsByTagNameNS(this, ns, local);
  }

  cloneNode(deep = false): XElement {
    const copy = new XElement(
      this.ownerDocument,
      this.tagName,
      this.prefix,
      this.local,
      this.uri,
      this.attrs === NO_ATTRS ? NO_ATTRS : this.attrs.map((a) => ({ ...a })),
    );
    if (deep) for (let n = this.firstChild; n; n = n.nextSibling) copy.appendChild(n.cloneNode(true));
    return copy;
  }
}

function elementsByTagNameNS(root: XNode, ns: string | null, local: string): XElement[] {
  const out: XElement[] = [];
  const anyNs = ns === "*";
  const anyName = local === "*";
  const visit = (parent: XNode): void => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (!(n instanceof XElement)) continue;
      if ((anyName || n.localName === local) && (anyNs || (n.namespaceURI || null) === (ns || null))) out.push(n);
      visit(n);
    }
  };
  visit(root);
  return out;
}

/** Text and CDATA: `data` is the text as the reader sees it (entities decoded). */
export class XText extends XNode {
  get nodeType(): number {
    return TEXT_NODE;
  }

  constructor(
    ownerDocument: XDocument | null,
    public data: string,
  ) {
    super(ownerDocument);
  }

  override get textContent(): string {
    return this.data;
  }

  cloneNode(): XText {
    return new XText(this.ownerDocument, this.data);
  }
}

/** A CDATA section: text for every reader, written back as CDATA. */
export class XCData extends XText {
  override get nodeType(): number {
    return CDATA_SECTION_NODE;
  }

  override cloneNode(): XCData {
    return new XCData(this.ownerDocument, this.data);
  }
}

/** Comments and processing instructions inside the root element: kept so that nothing is lost on save. */
export class XComment extends XNode {
  get nodeType(): number {
    return COMMENT_NODE;
  }

  constructor(
    ownerDocument: XDocument | null,
    public data: string,
  ) {
    super(ownerDocument);
  }

  cloneNode(): XComment {
    return new XComment(this.ownerDocument, this.data);
  }
}

export class XProcessingInstruction extends XNode {
  get nodeType(): number {
    return PROCESSING_INSTRUCTION_NODE;
  }

  constructor(
    ownerDocument: XDocument | null,
    public readonly target: string,
    public data: string,
  ) {
    super(ownerDocument);
  }

  cloneNode(): XProcessingInstruction {
    return new XProcessingInstruction(this.ownerDocument, this.target, this.data);
  }
}

export class XDocument extends XNode {
  get nodeType(): number {
    return DOCUMENT_NODE;
  }
  /**
   * Everything before the root element (XML declaration, comments, whitespace) exactly as it was in the part,
   * so that a saved part starts as Word wrote it.
   */
  prolog = "";

  constructor() {
    super(null);
  }

  get documentElement(): XElement | null {
    for (let n = this.firstChild; n; n = n.nextSibling) if (n instanceof XElement) return n;
    return null;
  }

  createElementNS(ns: string | null, qualifiedName: string): XElement {
    const { prefix, local } = splitName(qualifiedName);
    return new XElement(this, qualifiedName, prefix, local, ns || null);
  }

  createTextNode(data: string): XText {
    return new XText(this, data);
  }

  getElementsByTagNameNS(ns: string | null, local: string): XElement[] {
    return elementsByTagNameNS(this, ns, local);
  }

  cloneNode(deep = false): XDocument {
    const copy = new XDocument();
    copy.prolog = this.prolog;
    if (deep) for (let n = this.firstChild; n; n = n.nextSibling) copy.appendChild(adopt(n.cloneNode(true), copy));
    return copy;
  }
}

function adopt<T extends XNode>(node: T, doc: XDocument): T {
  node.ownerDocument = doc;
  for (let n = node.firstChild; n; n = n.nextSibling) adopt(n, doc);
  return node;
}
