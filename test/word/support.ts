import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { openDocx } from "../../src/headless-word";
import type { Edit, EditResult } from "../../src/core/edits";
import type { DocModel } from "../../src/core/model";
import { applyEdits, type ApplyOptions } from "../../src/word/apply";
import { readModel } from "../../src/word/read";

/** The shared real documents, beside the repository (../shared/fixtures/real), wherever it is cloned. */
export const REAL = resolve(__dirname, "../../../shared/fixtures/real");

export type HeadlessDocument = Awaited<ReturnType<typeof openDocx>>;

export function realBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(REAL, name)));
}

export async function open(bytes: Uint8Array): Promise<HeadlessDocument> {
  return openDocx(bytes);
}

export function read(document: HeadlessDocument): Promise<DocModel> {
  return document.run((context) => readModel(context));
}

/** Applies edits and returns the results with the number of syncs they took. */
export async function apply(
  document: HeadlessDocument,
  edits: Edit[],
  options?: ApplyOptions,
): Promise<{ results: EditResult[]; syncs: number }> {
  const before = document.syncCount;
  const results = await document.run((context) => applyEdits(context, edits, options));
  return { results, syncs: document.syncCount - before };
}

/** Saves and reopens, so assertions see what a user opening the file would see. */
export async function reopen(document: HeadlessDocument): Promise<HeadlessDocument> {
  return openDocx(await document.save());
}

/** Every paragraph and cell text of a model, keyed by place, for "nothing else changed" assertions. */
export function texts(model: DocModel): Map<string, string> {
  const map = new Map<string, string>();
  model.paragraphs.forEach((p) => map.set(`p${p.index}`, p.text));
  model.tables.forEach((t) =>
    t.rows.forEach((r, ri) => r.cells.forEach((c, ci) => map.set(`t${t.index}r${ri}c${ci}`, c.text))),
  );
  return map;
}

export function findCell(
  model: DocModel,
  predicate: (text: string) => boolean,
): { table: number; row: number; cell: number; text: string } {
  for (const table of model.tables) {
    for (const [r, row] of table.rows.entries()) {
      for (const [c, cell] of row.cells.entries())
        if (predicate(cell.text)) return { table: table.index, row: r, cell: c, text: cell.text };
    }
  }
  throw new Error("no such cell");
}

/**
 * The body as runs of text with their character formatting, adjacent runs with the same formatting
 * merged, content-control wrappers ignored: two documents with the same result look the same on the page.
 */
export async function formattedRuns(
  bytes: Uint8Array,
  options: { ignoreHighlight?: boolean } = {},
): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const dom = new DOMParser().parseFromString(xml, "text/xml");
  const paragraphs = Array.from(dom.getElementsByTagName("w:p"));
  return paragraphs.map((p) => {
    const runs: string[] = [];
    let last = "";
    for (const run of Array.from(p.getElementsByTagName("w:r"))) {
      const text = Array.from(run.getElementsByTagName("w:t"))
        .map((t) => t.textContent ?? "")
        .join("");
      if (text === "") continue;
      const rPr = Array.from(run.childNodes).find((n) => n.nodeName === "w:rPr") as Element | undefined;
      const props = rPr
        ? Array.from(rPr.childNodes)
            .filter((n): n is Element => n.nodeType === 1)
            .filter((n) => !(options.ignoreHighlight && n.nodeName === "w:highlight"))
            .map(
              (n) =>
                `${n.nodeName}${Array.from(n.attributes)
                  .map((a) => `${a.name}=${a.value}`)
                  .sort()
                  .join(",")}`,
            )
            .sort()
            .join(";")
        : "";
      if (runs.length > 0 && props === last) runs[runs.length - 1] += text;
      else {
        runs.push(`[${props}]`, text);
        last = props;
      }
    }
    return runs;
  });
}
