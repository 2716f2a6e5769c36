/**
 * Range.getOoxml (WordApi 1.1): the range as a flat-OPC package (pkg:package) whose word/document.xml body holds
 * what the range covers, as Word returns it. Here at block granularity: every paragraph the range touches, whole,
 * and a table whole when the range covers all its paragraphs (Table.getRange("Whole")); Word also trims partial
 * paragraphs to the range and adds the styles, numbering and relationship parts the content uses.
 */
import { NS, serializeElement, type XmlElement } from "../../docx/xml";
import { paragraphsIn } from "../../docx/ooxml/structure";
import { paragraphsOfRange } from "./edit-text";
import type { RangeTarget } from "../api/session";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const RELS = "application/vnd.openxmlformats-package.relationships+xml";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

export function rangeOoxml(target: RangeTarget): string {
  const paragraphs = paragraphsOfRange(target);
  const inRange = new Set(paragraphs);
  const covered = new Map<XmlElement, boolean>();
  const isCovered = (tbl: XmlElement): boolean => {
    let all = covered.get(tbl);
    if (all === undefined) {
      all = paragraphsIn(tbl).every((p) => inRange.has(p));
      covered.set(tbl, all);
    }
    return all;
  };
  const blocks: XmlElement[] = [];
  let last: XmlElement | undefined;
  for (const p of paragraphs) {
    // The outermost table the range covers whole, else the paragraph itself.
    let block: XmlElement = p;
    for (let a = p.parentNode as XmlElement | null; a && !(a.localName === "body" && a.namespaceURI === NS.w);) {
      if (a.localName === "tbl" && a.namespaceURI === NS.w && isCovered(a)) block = a;
      a = a.parentNode as XmlElement | null;
    }
    if (block !== last) blocks.push(block);
    last = block;
  }
  const bindings = new Map([["w", NS.w]]);
  const body = blocks.map((b) => serializeElement(b, bindings)).join("");
  return (
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<pkg:package xmlns:pkg="${PKG}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${RELS}"><pkg:xmlData>` +
    `<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${MAIN}"><pkg:xmlData>` +
    `<w:document xmlns:w="${NS.w}"><w:body>${body}</w:body></w:document>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}
