/**
 * Shared helpers of the reliability suites: open a .docx with headless-word behind the same DocumentService the
 * task pane and the CLI use, read it, and look inside its XML for the things a user would notice (run formatting,
 * highlights, comments, content controls).
 */
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from "@xmldom/xmldom";
import JSZip from "jszip";
import { openDocx, type HeadlessDocument } from "../../../src/headless-word";
import type { DocModel } from "../../../src/core/model";
import { createDocumentService } from "../../../src/word/document-service";
import { readModel } from "../../../src/word/read";
import type { DocumentService } from "../../../src/word/service";

/** A fixed date, so findings that depend on "today" (review dates) are the same in every run. */
export const TODAY = "2026-11-23";

export interface Session {
  document: HeadlessDocument;
  service: DocumentService;
  read(): Promise<DocModel>;
}

export async function session(bytes: Uint8Array): Promise<Session> {
  const document = await openDocx(bytes, { author: "DPIA Assist", now: () => new Date(Date.UTC(2026, 10, 23)) });
  const service = createDocumentService(
    (batch) => document.run(batch),
    { comments: true, trackChanges: true },
    () => TODAY,
  );
  return { document, service, read: () => document.run((context) => readModel(context)) };
}

export async function modelOf(bytes: Uint8Array): Promise<DocModel> {
  return (await session(bytes)).read();
}

/** Rewrites one part of a package (string in, string out); other parts are kept as they are. */
export async function patchPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  zip.file(name, edit(await file.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Adds or replaces parts of a package. */
export async function withParts(bytes: Uint8Array, parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function partText(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)?.async("string");
}

export async function partBytes(bytes: Uint8Array, name: string): Promise<Uint8Array | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)?.async("uint8array");
}

function elements(node: XmlNode): XmlElement[] {
  return Array.from(node.childNodes).filter((n): n is XmlElement => n.nodeType === 1);
}

/**
 * What the page looks like, run by run: for every paragraph of the body, its text split where the character
 * formatting changes, each piece prefixed by the sorted run properties (highlight included). Adjacent runs with
 * the same properties are merged, so splitting a run without changing its look does not count as a change;
 * content-control wrappers are looked through.
 */
export function formattedParagraphs(documentXml: string): string[] {
  return pieceParagraphs(documentXml).map(
    ({ pPr, pieces }) => `${pPr}|${pieces.map((x) => `[${x.props}]${x.text}`).join("")}`,
  );
}

const HIGHLIGHT = /w:highlight\{|w:shd\{[^}]*w:fill=FFFF00/;

/**
 * Highlighted stretches of text as a reader sees them (adjacent runs with the same look are one stretch, so a run
 * split without changing its look does not count), plus highlighted paragraph marks.
 */
export function highlightCount(documentXml: string): number {
  return pieceParagraphs(documentXml).reduce(
    (n, { pPr, pieces }) =>
      n + (/<w:highlight\b/.test(pPr) ? 1 : 0) + pieces.filter((x) => HIGHLIGHT.test(x.props)).length,
    0,
  );
}

function pieceParagraphs(documentXml: string): { pPr: string; pieces: { props: string; text: string }[] }[] {
  const dom = new DOMParser().parseFromString(documentXml, "text/xml");
  return Array.from(dom.getElementsByTagName("w:p")).map((p) => {
    const pieces: { props: string; text: string }[] = [];
    let last: string | undefined;
    for (const run of Array.from(p.getElementsByTagName("w:r"))) {
      const text = Array.from(run.getElementsByTagName("w:t"))
        .map((t) => t.textContent ?? "")
        .join("");
      if (text === "") continue;
      const rPr = elements(run).find((n) => n.nodeName === "w:rPr");
      const props = rPr
        ? elements(rPr)
            .map(
              (n) =>
                `${n.nodeName}{${Array.from(n.attributes)
                  .map((a) => `${a.name}=${a.value}`)
                  .sort()
                  .join(",")}}`,
            )
            .sort()
            .join(";")
        : "";
      if (props === last) pieces[pieces.length - 1]!.text += text;
      else pieces.push({ props, text });
      last = props;
    }
    const pPr = elements(p).find((n) => n.nodeName === "w:pPr");
    return { pPr: pPr ? pPr.toString() : "", pieces };
  });
}

/** Counts of the review artefacts in a package: comments, comment anchors, highlights, content controls. */
export async function reviewState(bytes: Uint8Array): Promise<{
  comments: number;
  commentAnchors: number;
  highlights: number;
  contentControls: number;
  formatted: string[];
}> {
  const document = (await partText(bytes, "word/document.xml")) ?? "";
  const comments = (await partText(bytes, "word/comments.xml")) ?? "";
  const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
  return {
    comments: count(comments, /<w:comment\b/g),
    commentAnchors: count(document, /<w:commentRangeStart\b|<w:commentReference\b/g),
    highlights: highlightCount(document),
    contentControls: count(document, /<w:sdt\b/g),
    formatted: formattedParagraphs(document),
  };
}
