/**
 * The slim XML tree (src/docx/dom): checked against an independent parser (@xmldom/xmldom) on every
 * XML part of the real and seed documents, and on the cases a part can hold (CDATA, comments, processing
 * instructions, entities, nested namespace declarations), plus the tree operations the editing code relies on.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { DOMParser, type Node as RefNode } from "@xmldom/xmldom";
import { XElement, XText, type XNode } from "../../src/docx/dom/nodes";
import { parseDocument, XmlSyntaxError } from "../../src/docx/dom/parse";
import { serializeDocument } from "../../src/docx/dom/serialize";
import { seedFixtures } from "../fixtures/fixtures";
import { REAL_FIXTURES_DIR } from "../support/real-fixtures";

const REAL = REAL_FIXTURES_DIR;
const realFiles = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith(".docx")) : [];
if (realFiles.length === 0) console.warn(`dom: no fixtures in ${REAL}; real-document parts skipped`);

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * A canonical outline of a tree: element names with namespaces, attributes sorted, text verbatim. Whitespace
 * outside the root element is the prolog's business, not the tree's.
 */
function outlineOfReference(node: RefNode, out: string[] = []): string[] {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as unknown as {
        localName: string;
        namespaceURI: string | null;
        attributes: {
          length: number;
          item(i: number): { localName: string; namespaceURI: string | null; value: string };
        };
      };
      const attrs: string[] = [];
      for (let i = 0; i < el.attributes.length; i++) {
        const a = el.attributes.item(i);
        attrs.push(`{${a.namespaceURI ?? ""}}${a.localName}=${a.value}`);
      }
      out.push(`<{${el.namespaceURI ?? ""}}${el.localName} ${attrs.sort().join(" ")}>`);
      outlineOfReference(n, out);
      out.push("</>");
    } else if ((n.nodeType === 3 || n.nodeType === 4) && node.nodeType !== 9) out.push(`#${n.nodeValue}`);
  }
  return out;
}

function outlineOf(node: XNode, out: string[] = []): string[] {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n instanceof XElement) {
      const attrs = n.attrs.map((a) => `{${a.uri}}${a.local}=${a.value}`);
      out.push(`<{${n.namespaceURI ?? ""}}${n.localName} ${attrs.sort().join(" ")}>`);
      outlineOf(n, out);
      out.push("</>");
    } else if (n instanceof XText) out.push(`#${n.data}`);
  }
  return out;
}

function reference(text: string): RefNode {
  return new DOMParser({ onError: () => undefined }).parseFromString(text, "text/xml") as unknown as RefNode;
}

/** Adjacent text nodes merged, so that CDATA next to text compares equal however a parser splits them. */
function merged(outline: string[]): string[] {
  const out: string[] = [];
  for (const line of outline) {
    if (line.startsWith("#") && out.length && out[out.length - 1].startsWith("#")) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

async function xmlParts(bytes: Uint8Array): Promise<Array<[string, string]>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/i.test(n) && !zip.files[n].dir);
  return Promise.all(names.sort().map(async (n): Promise<[string, string]> => [n, await zip.files[n].async("string")]));
}

describe("parse and serialise every XML part of real and seed documents", () => {
  const documents: Array<[string, () => Promise<Uint8Array>]> = [
    ...realFiles.map((f): [string, () => Promise<Uint8Array>] => [f, async () => readFileSync(path.join(REAL, f))]),
    ...seedFixtures().map((f): [string, () => Promise<Uint8Array>] => [`${f.name} (seed rebuild)`, f.load]),
  ];

  it.each(documents)("%s: same tree as an independent parser, before and after a round trip", async (_name, load) => {
    const parts = await xmlParts(await load());
    expect(parts.length).toBeGreaterThan(3);
    for (const [name, text] of parts) {
      const ours = parseDocument(text);
      const expected = merged(outlineOfReference(reference(text)));
      expect({ name, outline: merged(outlineOf(ours)) }).toEqual({ name, outline: expected });
      const saved = serializeDocument(ours);
      expect({ name, outline: merged(outlineOfReference(reference(saved))) }).toEqual({ name, outline: expected });
      // Saving is stable: what we write parses back to a tree that writes the same bytes.
      expect(serializeDocument(parseDocument(saved))).toBe(saved);
    }
  });
});

describe("parseDocument", () => {
  it("keeps the prolog verbatim and decodes entities and character references", () => {
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- c --><a x="1 &amp; 2 &#x41;&#66;">&lt;b&gt; &quot;q&apos;</a>`;
    const doc = parseDocument(text);
    expect(doc.prolog).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- c -->`);
    expect(doc.documentElement!.getAttribute("x")).toBe("1 & 2 AB");
    expect(doc.documentElement!.textContent).toBe(`<b> "q'`);
    const again = parseDocument(serializeDocument(doc));
    expect(again.documentElement!.getAttribute("x")).toBe("1 & 2 AB");
    expect(again.documentElement!.textContent).toBe(`<b> "q'`);
  });

  it("keeps CDATA, comments and processing instructions inside the root on save", () => {
    const text = `<r><![CDATA[a < b ]]]]><![CDATA[>]]><!--note--><?pi some data?><e/></r>`;
    const saved = serializeDocument(parseDocument(text));
    expect(parseDocument(saved).documentElement!.textContent).toBe("a < b ]]>");
    expect(saved).toContain("<!--note-->");
    expect(saved).toContain("<?pi some data?>");
  });

  it("keeps whitespace text, and tabs and newlines inside attribute values", () => {
    const doc = parseDocument(`<r a="x&#9;y&#10;z"> <t xml:space="preserve">  two  </t>\n</r>`);
    const root = doc.documentElement!;
    expect(root.getAttribute("a")).toBe("x\ty\nz");
    const again = parseDocument(serializeDocument(doc)).documentElement!;
    expect(again.getAttribute("a")).toBe("x\ty\nz");
    expect(again.textContent).toBe("   two  \n");
  });

  it("resolves namespaces, including a prefix redeclared on a descendant and a default namespace", () => {
    const doc = parseDocument(`<w:a xmlns:w="${W}"><w:b xmlns:w="urn:other" w:k="v"/><c xmlns="urn:d"><d/></c></w:a>`);
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe(W);
    const [b, c] = [root.firstChild as XElement, root.lastChild as XElement];
    expect(b.namespaceURI).toBe("urn:other");
    expect(b.getAttributeNS("urn:other", "k")).toBe("v");
    expect(b.getAttributeNS(W, "k")).toBeNull();
    expect((c.firstChild as XElement).namespaceURI).toBe("urn:d");
  });

  it.each([
    ["an unclosed element", "<a><b></a>"],
    ["two roots", "<a/><b/>"],
    ["an unbound prefix", "<x:a/>"],
    ["an unbound attribute prefix", '<a x:b="1"/>'],
    ["a prefix used outside the element that declares it", '<a><b xmlns:x="urn:x"/><x:c/></a>'],
    ["a repeated attribute", '<a b="1" b="2"/>'],
    ["an undeclared entity", "<a>&nbsp;</a>"],
    ["text only", "just text"],
    ["nothing", ""],
  ])("refuses %s with a message that says where", (_what, text) => {
    expect(() => parseDocument(text)).toThrow(XmlSyntaxError);
  });

  it("names the line and column of the first fault", () => {
    expect(() => parseDocument("<a>\n<b>\n</a>")).toThrow(/3:\d+/);
  });
});

describe("tree operations", () => {
  const fresh = () => parseDocument(`<w:body xmlns:w="${W}"><w:p><w:r><w:t>one</w:t></w:r></w:p><w:p/><w:p/></w:body>`);

  it("inserts, moves and removes with consistent sibling links", () => {
    const doc = fresh();
    const body = doc.documentElement!;
    const [p1, p2, p3] = body.getElementsByTagNameNS(W, "p");
    body.insertBefore(p3, p1); // a move: taken out of its old place first
    expect(body.getElementsByTagNameNS(W, "p")).toEqual([p3, p1, p2]);
    expect(p3.previousSibling).toBeNull();
    expect(p2.nextSibling).toBeNull();
    expect(body.lastChild).toBe(p2);
    body.removeChild(p1);
    expect(p3.nextSibling).toBe(p2);
    expect(p2.previousSibling).toBe(p3);
    expect(p1.parentNode).toBeNull();
    expect(() => p1.appendChild(body)).not.toThrow(); // body is not inside the detached p1
    expect(() => body.appendChild(body)).toThrow();
  });

  it("orders nodes as the document does", () => {
    const doc = fresh();
    const [p1, p2] = doc.documentElement!.getElementsByTagNameNS(W, "p");
    const t = p1.getElementsByTagNameNS(W, "t")[0];
    expect(p1.compareDocumentPosition(p2) & 4).toBe(4);
    expect(p2.compareDocumentPosition(p1) & 2).toBe(2);
    expect(p1.compareDocumentPosition(t) & 16).toBe(16);
    expect(t.compareDocumentPosition(p2) & 4).toBe(4);
  });

  it("clones deeply or shallowly without sharing attributes", () => {
    const doc = parseDocument(`<w:p xmlns:w="${W}" w:rsid="1"><w:r><w:t>x</w:t></w:r></w:p>`);
    const p = doc.documentElement!;
    const deep = p.cloneNode(true);
    const shallow = p.cloneNode(false);
    deep.setAttributeNS(W, "w:rsid", "2");
    expect(p.getAttributeNS(W, "rsid")).toBe("1");
    expect(deep.textContent).toBe("x");
    expect(shallow.firstChild).toBeNull();
    expect(shallow.getAttributeNS(W, "rsid")).toBe("1");
  });

  it("writes a declaration for a prefix its part never declared, once, where it is needed", () => {
    const doc = parseDocument(`<w:body xmlns:w="${W}"><w:p/></w:body>`);
    const p = doc.documentElement!.firstChild as XElement;
    const box = doc.createElementNS("http://schemas.microsoft.com/office/word/2010/wordml", "w14:checkbox");
    box.setAttributeNS("http://schemas.microsoft.com/office/word/2010/wordml", "w14:val", "1");
    p.appendChild(box);
    const fresh = doc.createElementNS(W, "w:r");
    fresh.setAttributeNS(W, "w:rsidR", "00AB");
    p.appendChild(fresh);
    const saved = serializeDocument(doc);
    expect(saved.match(/xmlns:w14=/g)).toHaveLength(1);
    expect(saved.match(/xmlns:w=/g)).toHaveLength(1);
    const again = parseDocument(saved).documentElement!.firstChild as XElement;
    expect((again.firstChild as XElement).namespaceURI).toBe("http://schemas.microsoft.com/office/word/2010/wordml");
    expect((again.lastChild as XElement).getAttributeNS(W, "rsidR")).toBe("00AB");
  });

  it("escapes what must be escaped when saving text and attributes", () => {
    const doc = parseDocument(`<a/>`);
    const root = doc.documentElement!;
    root.setAttribute("v", `<"&'>\t`);
    root.appendChild(doc.createTextNode("1 < 2 & 3 > 0"));
    const again = parseDocument(serializeDocument(doc)).documentElement!;
    expect(again.getAttribute("v")).toBe(`<"&'>\t`);
    expect(again.textContent).toBe("1 < 2 & 3 > 0");
  });
});
