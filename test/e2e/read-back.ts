/**
 * Reads a downloaded .docx back in Node with the same code the add-in uses (headless-word + src/word/read),
 * so a journey can check what landed in which cell, and what comments the file carries.
 */
import JSZip from "jszip";
import { openDocx } from "../../src/headless-word";
import type { DocModel } from "../../src/core/model";
import { readModel } from "../../src/word/read";

export async function readBack(bytes: Uint8Array): Promise<DocModel> {
  const doc = await openDocx(bytes);
  return doc.run((context) => readModel(context));
}

/** Every paragraph and every cell, in order: the text of the document as a reader sees it. */
export function textOf(model: DocModel): string[] {
  const out = model.paragraphs.map((p) => `p: ${p.text}`);
  for (const table of model.tables) {
    table.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => out.push(`t${table.index} r${r} c${c}: ${cell.text}`)),
    );
  }
  return out;
}

/** Comment texts from word/comments.xml (empty when the part is absent). */
export async function commentsOf(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/comments.xml")?.async("string");
  if (!xml) return [];
  return Array.from(xml.matchAll(/<w:comment\b[\s\S]*?<\/w:comment>/g)).map((m) =>
    Array.from(m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g))
      .map((t) => t[1])
      .join(""),
  );
}

/** Highlight runs in the main document part (w:highlight elements). */
export async function highlightCount(bytes: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return (xml.match(/<w:highlight\b/g) ?? []).length;
}

/** Content controls (w:sdt) in the main part whose tag is `tag`. */
export async function taggedBlocks(bytes: Uint8Array, tag: string): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return (xml.match(new RegExp(`<w:tag w:val="${escaped}"\\s*/>`, "g")) ?? []).length;
}
