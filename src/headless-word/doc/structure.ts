/** Where paragraphs, tables, rows and cells are in the body, in the order Word enumerates them. */
import { localOf, ancestor, children, isElement, isW, NS, walk, wChild, type XmlElement } from "../xml";

/** Wrappers Word sees through at block, row and cell level. */
const BLOCK_WRAPPERS = new Set(["sdt", "sdtContent", "customXml", "ins", "moveTo"]);

/** Paragraphs of a container in document order, tables' paragraphs included, text boxes excluded. */
export function paragraphsIn(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  walk(container, (el) => {
    if (el.namespaceURI !== NS.w) return false;
    if (el.localName === "p") {
      out.push(el);
      return false;
    }
    return !isHiddenBlock(el);
  });
  return out;
}

/** Tables of a container in document order (outer table before the tables nested in it). */
export function tablesIn(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  walk(container, (el) => {
    if (el.namespaceURI !== NS.w || el.localName === "p") return false;
    if (el.localName === "tbl") out.push(el);
    return !isHiddenBlock(el);
  });
  return out;
}

function isHiddenBlock(el: XmlElement): boolean {
  return el.localName === "sectPr" || el.localName === "del" || el.localName === "moveFrom" || el.localName === "sdtPr";
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

export function rowsOf(tbl: XmlElement): XmlElement[] {
  return collectThrough(tbl, "tr");
}

export function cellsOf(tr: XmlElement): XmlElement[] {
  return collectThrough(tr, "tc");
}

function collectThrough(parent: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of children(parent)) {
    if (isW(el, local)) out.push(el);
    else if (el.namespaceURI === NS.w && BLOCK_WRAPPERS.has(localOf(el))) {
      if (el.localName === "sdt") {
        const content = wChild(el, "sdtContent");
        if (content) out.push(...collectThrough(content, local));
      } else out.push(...collectThrough(el, local));
    }
  }
  return out;
}

/** Number of tables around the element: 0 outside tables. */
export function tableNestingLevel(el: XmlElement): number {
  let level = 0;
  for (let n = el.parentNode; n; n = n.parentNode) if (isElement(n) && isW(n, "tbl")) level++;
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
