/**
 * Custom XML parts: customXml/itemN.xml, its itemPropsN.xml (the GUID Word identifies it by) and the
 * relationships and content types that make Word keep them.
 */
import { ErrorCodes, officeError } from "../errors";
import type { DocxPackage } from "../../docx/package/docx-package";
import { resolveTarget, rootOf } from "../../docx/package/docx-package";
import { parseXml } from "../../docx/xml";

const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

export interface CustomPart {
  name: string;
  id: string;
  namespaceUri: string;
}

export function listCustomParts(pkg: DocxPackage): CustomPart[] {
  const out: CustomPart[] = [];
  for (const rel of pkg.relationships(pkg.mainPart)) {
    if (rel.type !== CUSTOM_XML_REL) continue;
    const name = resolveTarget(pkg.mainPart, rel.target);
    if (!pkg.has(name)) continue;
    const propsName = pkg.relatedPart(name, "/customXmlProps");
    const props = propsName && pkg.has(propsName) ? rootOf(pkg.xml(propsName)) : undefined;
    const id = props?.getAttributeNS(DS, "itemID") || props?.getAttribute("ds:itemID") || "";
    out.push({ name, id, namespaceUri: rootOf(pkg.xml(name)).namespaceURI ?? "" });
  }
  return out;
}

function newGuid(): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  return `{${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}}`.toUpperCase();
}

export function addCustomPart(pkg: DocxPackage, xml: string): CustomPart {
  const doc = parseXmlOrInvalid(xml);
  let n = 1;
  while (pkg.has(`customXml/item${n}.xml`) || pkg.partNames().includes(`customXml/item${n}.xml`)) n++;
  const name = `customXml/item${n}.xml`;
  const propsName = `customXml/itemProps${n}.xml`;
  const id = newGuid();
  pkg.addPart(name, xml, "application/xml");
  pkg.addPart(
    propsName,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${id}" xmlns:ds="${DS}"><ds:schemaRefs/></ds:datastoreItem>`,
    PROPS_TYPE,
  );
  pkg.addRelationship(name, PROPS_REL, propsName);
  pkg.addRelationship(pkg.mainPart, CUSTOM_XML_REL, name);
  return { name, id, namespaceUri: rootOf(doc).namespaceURI ?? "" };
}

function parseXmlOrInvalid(xml: string) {
  try {
    return parseXml(xml, "custom XML");
  } catch {
    throw officeError(ErrorCodes.invalidArgument, "The XML is not well-formed or declares a DOCTYPE.", "CustomXmlPart");
  }
}

export function setCustomPartXml(pkg: DocxPackage, part: CustomPart, xml: string): void {
  parseXmlOrInvalid(xml);
  pkg.addPart(part.name, xml, "application/xml");
}

export function deleteCustomPart(pkg: DocxPackage, part: CustomPart): void {
  const propsName = pkg.relatedPart(part.name, "/customXmlProps");
  if (propsName) pkg.removePart(propsName);
  pkg.removePart(part.name);
  pkg.removeRelationshipTo(pkg.mainPart, part.name);
}
