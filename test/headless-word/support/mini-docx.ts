/**
 * A minimal .docx writer for headless-word tests: give it the body XML (WordprocessingML) and it returns
 * package bytes with content types, relationships and a small style sheet (Normal, Heading 1–3, List
 * Paragraph, Table Grid). Small helpers build paragraphs, runs and tables.
 */
import JSZip from "jszip";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_DECL =
  `xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
  `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ` +
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:example:unknown" mc:Ignorable="w14 w15 x"`;

export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A run; `props` is raw w:rPr content such as "<w:b/>". */
export function r(text: string, props = ""): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** A paragraph of runs (strings become plain runs). */
export function p(...content: string[]): string {
  return `<w:p>${content.map((c) => (c.startsWith("<") ? c : r(c))).join("")}</w:p>`;
}

export function styled(style: string, ...content: string[]): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${content.map((c) => (c.startsWith("<") ? c : r(c))).join("")}</w:p>`;
}

export function cell(...content: string[]): string {
  const inner = content.length ? content.map((c) => (c.startsWith("<") ? c : p(c))).join("") : "<w:p/>";
  return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
}

export function row(...cells: string[]): string {
  return `<w:tr>${cells.map((c) => (c.startsWith("<w:tc") ? c : cell(c))).join("")}</w:tr>`;
}

export function table(...rows: string[]): string {
  const cols = Math.max(...rows.map((x) => (x.match(/<w:tc>/g) ?? []).length), 1);
  const grid = Array.from({ length: cols }, () => `<w:gridCol w:w="2000"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS_DECL}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="My Custom Style"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${NS_DECL}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export interface MiniDocxOptions {
  /** Extra parts: path → content (string or bytes). */
  parts?: Record<string, string | Uint8Array>;
  /** Extra relationships from the document part. */
  relationships?: Array<{ id: string; type: string; target: string; external?: boolean }>;
  /** Extra content-type overrides: part path → type. */
  overrides?: Record<string, string>;
}

export function documentXml(bodyXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS_DECL}><w:body>${bodyXml}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

export async function miniDocx(bodyXml: string, options: MiniDocxOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = {
    "/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
    "/word/numbering.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
    ...Object.fromEntries(Object.entries(options.overrides ?? {}).map(([k, v]) => ["/" + k, v])),
  };
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${Object.entries(
      overrides,
    )
      .map(([k, v]) => `<Override PartName="${k}" ContentType="${v}"/>`)
      .join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const rels = [
    {
      id: "rIdStyles",
      type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
      target: "styles.xml",
    },
    {
      id: "rIdNumbering",
      type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
      target: "numbering.xml",
    },
    ...(options.relationships ?? []),
  ];
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((x) => `<Relationship Id="${x.id}" Type="${x.type}" Target="${x.target}"${x.external ? ' TargetMode="External"' : ""}/>`).join("")}</Relationships>`,
  );
  zip.file("word/document.xml", documentXml(bodyXml));
  zip.file("word/styles.xml", STYLES);
  zip.file("word/numbering.xml", NUMBERING);
  for (const [path, content] of Object.entries(options.parts ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Reads one part of a .docx as text. */
export async function partText(bytes: Uint8Array, path: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(path)?.async("string");
}
