/**
 * The .docx package: the zip, its XML parts parsed on demand, and which parts were edited. Parts never
 * edited are written back from their original compressed bytes, so they come out byte-identical.
 */
import JSZip from "jszip";
import { DocxFormatError } from "../errors";
import {
  NS,
  declaresDoctype,
  parseXml,
  serializeXml,
  type XmlDocument,
  type XmlElement,
  children,
  isElement,
  isW,
  wChild,
} from "../xml";
import { checkPartName, readCentralDirectory, sniffContainer } from "./sniff";
import { inflateCapped } from "./inflate";

export interface OpenOptions {
  /** Largest uncompressed size accepted for one part (default 256 MiB). */
  maxPartBytes?: number;
  /** Largest total uncompressed size of the XML parts (default 512 MiB). */
  maxTotalBytes?: number;
}

const MiB = 1024 * 1024;

interface Relationship {
  id: string;
  type: string;
  target: string;
}

export class DocxPackage {
  private readonly docs = new Map<string, XmlDocument>();
  private readonly dirty = new Set<string>();
  /**
   * Serialisation of each part as parsed: a part whose serialisation differs at save was edited. Computed at
   * save, from the text the part was parsed from, not at parse time: a scan never saves, and serialising
   * word/document.xml on every open cost ~10% of a 500-page scan and a second copy of the part in memory.
   */
  private readonly baselines = new Map<string, string>();

  private constructor(
    private readonly zip: JSZip,
    private readonly texts: Map<string, string>,
    readonly mainPart: string,
  ) {}

  static async open(input: Uint8Array | ArrayBuffer, options: OpenOptions = {}): Promise<DocxPackage> {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const maxPart = options.maxPartBytes ?? 256 * MiB;
    const maxTotal = options.maxTotalBytes ?? 512 * MiB;
    sniffContainer(bytes);
    const entries = readCentralDirectory(bytes);
    let declaredTotal = 0;
    for (const entry of entries) {
      checkPartName(entry.name);
      if (entry.uncompressedSize > maxPart) {
        throw new DocxFormatError(
          "too-large",
          `Part ${entry.name} declares ${entry.uncompressedSize} bytes uncompressed, more than a document needs.`,
        );
      }
      if (isXmlPart(entry.name)) declaredTotal += entry.uncompressedSize;
    }
    if (declaredTotal > maxTotal) {
      throw new DocxFormatError(
        "too-large",
        `The document's XML declares ${declaredTotal} bytes uncompressed, more than a document needs.`,
      );
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (error) {
      throw new DocxFormatError(
        "corrupt",
        `The .docx zip cannot be read (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    const texts = new Map<string, string>();
    const budget = { left: maxTotal };
    for (const name of Object.keys(zip.files)) {
      const file = zip.files[name];
      if (file.dir || !isXmlPart(name)) continue;
      checkPartName(name);
      const data = await inflateCapped(file, Math.min(maxPart, budget.left), name);
      budget.left -= data.length;
      const text = decodeXml(data);
      if (declaresDoctype(text)) {
        throw new DocxFormatError(
          "doctype",
          `${name} contains a DOCTYPE or entity declaration, which a .docx never needs.`,
        );
      }
      texts.set(name, text);
    }
    const mainPart = findMainPart(texts);
    if (!mainPart || !texts.has(mainPart)) {
      throw new DocxFormatError(
        "missing-document-part",
        "The zip has no word/document.xml: it is not a Word document.",
      );
    }
    const pkg = new DocxPackage(zip, texts, mainPart);
    const root = pkg.xml(mainPart).documentElement as unknown as XmlElement | null;
    const body = root && isW(root, "document") ? wChild(root, "body") : undefined;
    if (!body)
      throw new DocxFormatError("corrupt", `${mainPart} is not a WordprocessingML document (no w:document/w:body).`);
    return pkg;
  }

  has(name: string): boolean {
    return this.texts.has(name) || this.docs.has(name);
  }

  /** The parsed part (parsed once, then shared). */
  xml(name: string): XmlDocument {
    let doc = this.docs.get(name);
    if (!doc) {
      const text = this.texts.get(name);
      if (text === undefined) throw new Error(`docx: no part ${name}`);
      doc = parseXml(text, name);
      this.docs.set(name, doc);
      this.baselines.delete(name); // a re-added part: its baseline is that of its new text
    }
    return doc;
  }

  /** The text of a part: as stored, or as serialised after edits. */
  text(name: string): string {
    const doc = this.docs.get(name);
    if (doc && this.dirty.has(name)) return serializeXml(doc);
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`docx: no part ${name}`);
    return text;
  }

  xmlOrUndefined(name: string): XmlDocument | undefined {
    return this.has(name) ? this.xml(name) : undefined;
  }

  /** Marks a part as edited: it will be serialised on save. */
  touch(name: string): void {
    this.dirty.add(name);
  }

  /** Adds a new XML part (and its content-type override). */
  addPart(name: string, xmlText: string, contentType: string): XmlDocument {
    checkPartName(name);
    this.texts.set(name, xmlText);
    this.docs.delete(name);
    this.touch(name);
    const types = this.xml("[Content_Types].xml");
    const root = types.documentElement as unknown as XmlElement;
    const partName = "/" + name;
    const ext = name.split(".").pop()?.toLowerCase();
    const byDefault = children(root).some(
      (c) =>
        c.localName === "Default" &&
        c.getAttribute("Extension")?.toLowerCase() === ext &&
        c.getAttribute("ContentType") === contentType,
    );
    if (
      !byDefault &&
      !children(root).some((c) => c.localName === "Override" && c.getAttribute("PartName") === partName)
    ) {
      const o = types.createElementNS(NS.ct, "Override");
      o.setAttribute("PartName", partName);
      o.setAttribute("ContentType", contentType);
      root.appendChild(o);
      this.touch("[Content_Types].xml");
    }
    return this.xml(name);
  }

  removePart(name: string): void {
    this.texts.delete(name);
    this.docs.delete(name);
    this.dirty.delete(name);
    this.zip.remove(name);
    const types = this.xml("[Content_Types].xml");
    const root = types.documentElement as unknown as XmlElement;
    for (const c of children(root)) if (c.getAttribute("PartName") === "/" + name) root.removeChild(c);
    this.touch("[Content_Types].xml");
  }

  /** Relationships of a part (e.g. word/_rels/document.xml.rels for word/document.xml). */
  relationships(source: string): Relationship[] {
    const relsName = relsPartName(source);
    const doc = this.xmlOrUndefined(relsName);
    if (!doc) return [];
    return children(doc.documentElement as unknown as XmlElement).map((r) => ({
      id: r.getAttribute("Id") ?? "",
      type: r.getAttribute("Type") ?? "",
      target: r.getAttribute("Target") ?? "",
    }));
  }

  /** Resolves the target part of the first relationship of `type` from `source`, if any. */
  relatedPart(source: string, typeSuffix: string): string | undefined {
    const rel = this.relationships(source).find((r) => r.type.endsWith(typeSuffix));
    return rel ? resolveTarget(source, rel.target) : undefined;
  }

  /** Adds a relationship from `source` to `target` (package path) and returns its id. */
  addRelationship(source: string, type: string, target: string): string {
    const relsName = relsPartName(source);
    if (!this.has(relsName)) {
      this.texts.set(
        relsName,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`,
      );
    }
    const doc = this.xml(relsName);
    const root = doc.documentElement as unknown as XmlElement;
    const ids = new Set(children(root).map((r) => r.getAttribute("Id")));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = doc.createElementNS(NS.rels, "Relationship");
    rel.setAttribute("Id", `rId${n}`);
    rel.setAttribute("Type", type);
    rel.setAttribute("Target", relativeTarget(source, target));
    root.appendChild(rel);
    this.touch(relsName);
    return `rId${n}`;
  }

  removeRelationshipTo(source: string, target: string): void {
    const relsName = relsPartName(source);
    const doc = this.xmlOrUndefined(relsName);
    if (!doc) return;
    const root = doc.documentElement as unknown as XmlElement;
    for (const r of children(root))
      if (resolveTarget(source, r.getAttribute("Target") ?? "") === target) root.removeChild(r);
    this.touch(relsName);
  }

  partNames(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  /** What the part serialised to before any edit (the texts map holds what it was parsed from until saved). */
  private baseline(name: string): string | undefined {
    let baseline = this.baselines.get(name);
    if (baseline === undefined) {
      const original = this.texts.get(name);
      if (original === undefined) return undefined;
      baseline = serializeXml(parseXml(original, name));
      this.baselines.set(name, baseline);
    }
    return baseline;
  }

  async save(): Promise<Uint8Array> {
    for (const [name, doc] of this.docs) {
      const text = serializeXml(doc);
      if (!this.dirty.has(name) && text === this.baseline(name)) continue;
      this.texts.set(name, text);
      this.baselines.set(name, text);
      this.zip.file(name, text);
    }
    for (const name of this.dirty) {
      if (this.docs.has(name)) continue;
      const text = this.texts.get(name);
      if (text !== undefined) this.zip.file(name, text);
    }
    this.dirty.clear();
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  return new TextDecoder("utf-8").decode(data);
}

function findMainPart(texts: Map<string, string>): string | undefined {
  const rels = texts.get("_rels/.rels");
  if (rels) {
    const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
    const target = m && /Target="([^"]+)"/.exec(m[0]);
    if (target) {
      const name = target[1].replace(/^\//, "");
      if (texts.has(name) && /document\.xml$/.test(name)) return name;
    }
  }
  return texts.has("word/document.xml") ? "word/document.xml" : undefined;
}

export function relsPartName(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relativeTarget(source: string, target: string): string {
  const dir = source.split("/").slice(0, -1).join("/");
  return dir && target.startsWith(dir + "/") ? target.slice(dir.length + 1) : "/" + target;
}

export function rootOf(doc: XmlDocument): XmlElement {
  const el = doc.documentElement;
  if (!isElement(el as unknown as XmlElement)) throw new Error("docx: part without a root element");
  return el as unknown as XmlElement;
}
