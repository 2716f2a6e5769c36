/**
 * The grid of tables handed over as OOXML by Word (Range.getOoxml, WordApi 1.1): a flat-OPC package
 * (pkg:package / pkg:part / pkg:xmlData) whose word/document.xml body holds the table. Used by the API read when
 * the document's own bytes are not available, so that merged cells never shift columns.
 */
import { DocxFormatError } from "./errors";
import { tableGeometry, type CellGeometry } from "./model/table-grid";
import { tablesIn } from "./ooxml/structure";
import { NS, isElement, parseXml, walk, type XmlElement } from "./xml";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

/**
 * The geometry of every table in `ooxml` (the outer one first, then those nested in it, in document order: the
 * order of body.tables). Throws DocxFormatError when the text is not a package with a WordprocessingML body.
 */
export function tableGeometriesFromOoxml(ooxml: string): CellGeometry[][][] {
  const root = parseXml(ooxml, "Range.getOoxml").documentElement as unknown as XmlElement | null;
  if (!isElement(root)) throw new DocxFormatError("corrupt", "Range.getOoxml gave no XML element.");
  const body = mainBody(root);
  if (!body) throw new DocxFormatError("corrupt", "Range.getOoxml gave no word/document.xml body.");
  return tablesIn(body).map((tbl) => tableGeometry(tbl));
}

/** The w:body of the package's main part (or of a bare w:document). */
function mainBody(root: XmlElement): XmlElement | undefined {
  let found: XmlElement | undefined;
  const isDocumentPart = (el: XmlElement) =>
    el.namespaceURI === PKG && el.localName === "part" && /\/document\.xml$/.test(el.getAttributeNS(PKG, "name") ?? "");
  const bodyIn = (el: XmlElement): XmlElement | undefined => {
    let out: XmlElement | undefined;
    walk(el, (e) => {
      if (out) return false;
      if (e.namespaceURI === NS.w && e.localName === "body") out = e;
      return !out;
    });
    return out;
  };
  if (root.namespaceURI === NS.w && root.localName === "document") return bodyIn(root);
  walk(root, (el) => {
    if (found) return false;
    if (isDocumentPart(el)) {
      found = bodyIn(el);
      return false;
    }
    return true;
  });
  return found;
}
