/**
 * The DocModel of a .docx, read from its bytes: what Word's API would list (same paragraph and table indices, same
 * text) plus what only the file says — merged cells, check-box states, controls showing placeholder text,
 * highlighting — with tracked deletions left out and fields shown by their results.
 */
import type { DocModel } from "../core/model";
import { DocxFormatError } from "./errors";
import { StyleSheet } from "./ooxml/styles";
import { Numbering } from "./ooxml/numbering";
import { DocxPackage, rootOf, type OpenOptions } from "./package/docx-package";
import { wChild } from "./xml";
import { readBody } from "./model/read-body";

/** Reads .docx bytes. Throws DocxFormatError (with a `code`) for anything that is not a usable .docx. */
export async function readDocx(bytes: Uint8Array | ArrayBuffer, options: OpenOptions = {}): Promise<DocModel> {
  return readPackage(await DocxPackage.open(bytes, options));
}

/**
 * The model of an opened package, as its XML trees are now. A host that already holds the package (headless-word,
 * whose edits change those trees) reads it here without zipping and unzipping the document again.
 */
export function readPackage(pkg: DocxPackage, styles: StyleSheet = new StyleSheet(pkg)): DocModel {
  const body = wChild(rootOf(pkg.xml(pkg.mainPart)), "body");
  if (!body) throw new DocxFormatError("corrupt", `${pkg.mainPart} has no w:body.`);
  return readBody(body, styles, new Numbering(pkg).counter());
}
