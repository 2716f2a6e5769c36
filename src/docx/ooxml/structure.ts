/** Where paragraphs, tables, rows and cells are in the body, in the order Word enumerates them. */
import { localOf, ancestor, children, isElement, isW, NS, wChild, type XmlElement, type XmlNode } from "../xml";

/**
 * The w: namespace as the string object `el` carries. Parsed elements share one string per document, so a
 * test against that very object is a pointer comparison, where a test against another copy of the same
 * 59 characters compares them all — for every node of every walk. Same answers either way (=== compares
 * content when the objects differ, e.g. for elements made by createElementNS).
 */
export function wNamespaceOf(el: XmlElement): string {
  const ns = el.namespaceURI;
  // Return the element's own string, not NS.w: that is the object the rest of its document shares.
  return ns === NS.w ? ns : NS.w;
}

/** Wrappers Word sees through at block, row and cell level. */
const BLOCK_WRAPPERS = new Set(["sdt", "sdtContent", "customXml", "ins", "moveTo"]);

/** Paragraphs of a container in document order, tables' paragraphs included, text boxes excluded. */
export function paragraphsIn(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  collectParagraphs(container, out, false, wNamespaceOf(container));
  return out;
}

/** The first of paragraphsIn(container), without listing them all. */
export function firstParagraphIn(container: XmlElement): XmlElement | undefined {
  return firstIn(container, wNamespaceOf(container));
}

function firstIn(container: XmlElement, w: string): XmlElement | undefined {
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (n.namespaceURI !== w) continue;
    const local = n.localName;
    if (local === "p") return n as XmlElement;
    if (isHiddenLocal(local)) continue;
    const inside = firstIn(n as XmlElement, w);
    if (inside) return inside;
  }
  return undefined;
}

/** The last of paragraphsIn(container): the same walk, from the end. */
export function lastParagraphIn(container: XmlElement): XmlElement | undefined {
  return lastIn(container, wNamespaceOf(container));
}

function lastIn(container: XmlElement, w: string): XmlElement | undefined {
  for (let n = container.lastChild; n; n = n.previousSibling) {
    if (n.namespaceURI !== w) continue;
    const local = n.localName;
    if (local === "p") return n as XmlElement;
    if (isHiddenLocal(local)) continue;
    const inside = lastIn(n as XmlElement, w);
    if (inside) return inside;
  }
  return undefined;
}

/**
 * The paragraphs of paragraphsIn(root) from `first` to `last` inclusive, or undefined unless both are there,
 * `first` not after `last`. Walks forward from `first` and stops at `last`: marking thousands of places must
 * not walk the document from its start for each of them.
 */
export function paragraphsBetween(root: XmlElement, first: XmlElement, last: XmlElement): XmlElement[] | undefined {
  const w = wNamespaceOf(root);
  if (!isListedParagraph(root, first, w)) return undefined;
  const out = [first];
  if (first === last) return out;
  let node = nextAfterSubtree(first, root);
  while (node) {
    if (node.namespaceURI === w) {
      const local = node.localName;
      if (local === "p") {
        out.push(node as XmlElement);
        if (node === last) return out;
      } else if (!isHiddenLocal(local) && node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    node = nextAfterSubtree(node, root);
  }
  return undefined;
}

/** The node after `node` and everything inside it, in document order, without leaving `root`. */
function nextAfterSubtree(node: XmlNode, root: XmlElement): XmlNode | null {
  for (let n: XmlNode | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** Whether paragraphsIn(root) lists `p`: a w:p inside root with only entered w: elements around it. */
function isListedParagraph(root: XmlElement, p: XmlElement, w: string): boolean {
  if (p.namespaceURI !== w || p.localName !== "p") return false;
  for (let a = p.parentNode; a; a = a.parentNode) {
    if (a === root) return true;
    if (a.namespaceURI !== w || a.localName === "p" || isHiddenLocal(a.localName)) return false;
  }
  return false;
}

/**
 * A cell's own paragraphs: those whose nearest w:tc is `tc` (paragraphsIn(tc) without the paragraphs of
 * nested tables' cells).
 */
export function cellParagraphs(tc: XmlElement, w = wNamespaceOf(tc)): XmlElement[] {
  const out: XmlElement[] = [];
  collectParagraphs(tc, out, true, w);
  return out;
}

/**
 * The walk behind paragraphsIn: w: elements only, paragraphs collected (never entered), hidden blocks skipped.
 * A plain recursion rather than walk() with a callback: it runs over the whole body at every load.
 */
function collectParagraphs(el: XmlElement, out: XmlElement[], skipCells: boolean, w: string): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    // Only elements have a namespace: this one test skips text, comments and other vocabularies.
    if (n.namespaceURI !== w) continue;
    const local = n.localName;
    if (local === "p") out.push(n as XmlElement);
    else if (skipCells && local === "tc") continue;
    else if (!isHiddenLocal(local)) collectParagraphs(n as XmlElement, out, skipCells, w);
  }
}

/** Tables of a container in document order (outer table before the tables nested in it). */
export function tablesIn(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  collectTables(container, out, wNamespaceOf(container));
  return out;
}

function collectTables(el: XmlElement, out: XmlElement[], w: string): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.namespaceURI !== w) continue;
    const local = n.localName;
    if (local === "p") continue;
    if (local === "tbl") out.push(n as XmlElement);
    if (!isHiddenLocal(local)) collectTables(n as XmlElement, out, w);
  }
}

function isHiddenLocal(local: string | null): boolean {
  return local === "sectPr" || local === "del" || local === "moveFrom" || local === "sdtPr";
}

/** Direct blocks of a container (paragraphs and tables), seeing through sdt/customXml wrappers. */
export function blocksIn(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of children(container)) {
    if (el.namespaceURI !== NS.w) continue;
    if (el.localName === "p" || el.localName === "tbl") out.push(el);
    else if (el.localName === "sdt") {
      const content = wChild(el, "sdtContent");
      if (content) out.push(...blocksIn(content));
    } else if (BLOCK_WRAPPERS.has(localOf(el))) out.push(...blocksIn(el));
  }
  return out;
}

/** A table's rows, through sdt/customXml wrappers. `w` as for tableNestingLevel. */
export function rowsOf(tbl: XmlElement, w = wNamespaceOf(tbl)): XmlElement[] {
  return collectThrough(tbl, "tr", [], w);
}

/** A row's cells, through sdt/customXml wrappers. `w` as for tableNestingLevel. */
export function cellsOf(tr: XmlElement, w = wNamespaceOf(tr)): XmlElement[] {
  return collectThrough(tr, "tc", [], w);
}

function collectThrough(parent: XmlElement, local: string, out: XmlElement[], w: string): XmlElement[] {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.namespaceURI !== w) continue;
    const el = n as XmlElement;
    const name = el.localName;
    if (name === local) out.push(el);
    else if (BLOCK_WRAPPERS.has(name)) {
      if (name === "sdt") {
        const content = wChild(el, "sdtContent");
        if (content) collectThrough(content, local, out, w);
      } else collectThrough(el, local, out, w);
    }
  }
  return out;
}

/**
 * Number of tables around the element: 0 outside tables. `w`: the w: namespace string to compare with (see wNamespaceOf); callers reading many elements pass it once.
 */
export function tableNestingLevel(el: XmlElement, w = wNamespaceOf(el)): number {
  let level = 0;
  for (let n = el.parentNode; n; n = n.parentNode) if (n.localName === "tbl" && n.namespaceURI === w) level++;
  return level;
}

export function parentOf(el: XmlElement, local: string): XmlElement | undefined {
  return ancestor(el, (a) => isW(a, local));
}

/** The innermost w:sdt wrapping a table directly (nothing else in its content), if any. */
export function wrappingSdt(tbl: XmlElement): XmlElement | undefined {
  let cur: XmlElement = tbl;
  for (;;) {
    const parent = cur.parentNode;
    if (!isElement(parent) || parent.namespaceURI !== NS.w) return undefined;
    if (parent.localName === "sdtContent") {
      const blocks = blocksIn(parent);
      if (blocks.length === 1 && blocks[0] === tbl) return parent.parentNode as XmlElement;
      // Word always keeps a paragraph after a table; an sdt holding a table plus empty paragraphs still wraps it.
      const others = blocks.filter((b) => b !== tbl);
      if (others.every((b) => isW(b, "p") && !b.textContent)) return parent.parentNode as XmlElement;
      return undefined;
    }
    if (!BLOCK_WRAPPERS.has(localOf(parent))) return undefined;
    cur = parent;
  }
}
