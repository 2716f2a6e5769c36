/**
 * Every corpus document is read the way the product reads it, through this one function, so that switching the product
 * to another reader (the .docx file reader of DESIGN.md) changes the corpus in one place.
 */
import { openDocx } from "../../src/headless-word";
import { readModel } from "../../src/word/read";
import { analyze } from "../../src/core/analyze";
import type { DocModel } from "../../src/core/model";
import type { Report } from "../../src/core/report";
import type { CorpusDocument } from "./types";

/** The date every corpus document is judged on (the real documents' labels are written for it too). */
export const CORPUS_TODAY = "2026-11-23";

export async function readCorpusDocument(bytes: Uint8Array): Promise<DocModel> {
  const doc = await openDocx(bytes);
  return doc.run((context) => readModel(context));
}

export interface AnalysedDocument {
  model: DocModel;
  report: Report;
}

export async function analyseCorpusDocument(document: CorpusDocument): Promise<AnalysedDocument> {
  const model = await readCorpusDocument(await document.load());
  const report = analyze(model, { ...document.options, today: CORPUS_TODAY });
  return { model, report };
}

/** All the text of a model (paragraphs, which include those in tables), normalised, for the quoted-text guard. */
export function modelText(model: DocModel): string {
  return model.paragraphs.map((p) => p.text).join("\n");
}
