/** The small XML toolkit the manifest checks need: strict parsing and element navigation by local name. */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export class ManifestXmlError extends Error {
  override name = "ManifestXmlError";
}

/**
 * Parses strictly: xmldom recovers from many faults (an unquoted attribute, an unknown entity) with only a
 * warning, but Office rejects such a file, so every report counts as "not well-formed".
 */
export function parseXml(text: string): Document {
  const faults: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({ onError: (level, message) => faults.push(`${level}: ${message}`) }).parseFromString(
      text,
      "application/xml",
    );
  } catch (error) {
    const first = faults[0] ?? (error instanceof Error ? error.message : String(error));
    throw new ManifestXmlError(`not well-formed XML (${first.split("\n")[0]})`);
  }
  if (faults.length > 0) throw new ManifestXmlError(`not well-formed XML (${faults[0].split("\n")[0]})`);
  if (!doc.documentElement) throw new ManifestXmlError("not well-formed XML (no root element)");
  return doc;
}

/** Child elements only (comments, text and whitespace skipped), in document order. */
export function childElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(node as Element);
  }
  return out;
}

export function localName(element: Element): string {
  return element.localName ?? element.nodeName.replace(/^.*:/, "");
}

export function child(parent: Element | undefined, name: string): Element | undefined {
  return parent ? childElements(parent).find((e) => localName(e) === name) : undefined;
}

export function children(parent: Element | undefined, name: string): Element[] {
  return parent ? childElements(parent).filter((e) => localName(e) === name) : [];
}

/** Every descendant element with this local name, in document order. */
export function descendants(root: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (element: Element): void => {
    for (const c of childElements(element)) {
      if (localName(c) === name) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** `xsi:type` without its prefix, or "" when absent. */
export function xsiType(element: Element): string {
  return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") ?? "";
}

/** A readable path such as OfficeApp/VersionOverrides/Hosts/Host, for messages. */
export function pathOf(element: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = element; e && e.nodeType === 1; e = e.parentNode as Element | null)
    parts.unshift(localName(e));
  return parts.join("/");
}
