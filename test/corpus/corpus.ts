/**
 * The whole labelled corpus: documents written here with the fixture builder, the seed rebuilds, and the real documents
 * of ../shared/fixtures/real (when present). `runCorpus` reads and analyses each one and scores it.
 */
import { choiceDocuments } from "./documents/choices";
import { freeFormDocuments } from "./documents/free-form";
import { registerDocuments } from "./documents/registers";
import { stagedRegisterDocuments } from "./documents/registers-staged";
import { signoffDocuments } from "./documents/signoff";
import { edpbAndNonAssessmentDocuments } from "./documents/edpb-and-non-assessments";
import { lawDocuments } from "./documents/law";
import { lawfulBasisDocuments } from "./documents/lawful-basis";
import { measureDocuments } from "./documents/measures";
import { revisionDocuments } from "./documents/revisions-and-form-fields";
import { placeholderDocuments } from "./documents/placeholders";
import { moreQuestionDocuments, questionDocuments } from "./documents/questions";
import { realDocuments } from "./real";
import { analyseCorpusDocument, type AnalysedDocument } from "./read";
import { scoreReport, type DocumentScore } from "./score";
import { screeningDocuments } from "./documents/screening";
import { seedDocuments } from "./seeds";
import type { CorpusDocument } from "./types";

export function builtDocuments(): CorpusDocument[] {
  return [
    ...questionDocuments,
    ...moreQuestionDocuments,
    ...placeholderDocuments,
    ...choiceDocuments,
    ...freeFormDocuments,
    ...signoffDocuments,
    ...registerDocuments,
    ...stagedRegisterDocuments,
    ...measureDocuments,
    ...lawDocuments,
    ...lawfulBasisDocuments,
    ...edpbAndNonAssessmentDocuments,
    ...revisionDocuments,
    ...screeningDocuments,
  ];
}

export function corpusDocuments(options: { realDir?: string } = {}): CorpusDocument[] {
  const all = [...builtDocuments(), ...seedDocuments(), ...realDocuments(options.realDir)];
  const names = new Set<string>();
  for (const d of all) {
    if (names.has(d.name)) throw new RangeError(`Two corpus documents are named "${d.name}".`);
    names.add(d.name);
  }
  return all;
}

export interface CorpusResult extends AnalysedDocument {
  document: CorpusDocument;
  score: DocumentScore;
}

export async function runDocument(document: CorpusDocument): Promise<CorpusResult> {
  const analysed = await analyseCorpusDocument(document);
  return { ...analysed, document, score: scoreReport(document.expectations, analysed.report, analysed.model) };
}

export async function runCorpus(documents = corpusDocuments()): Promise<CorpusResult[]> {
  const results: CorpusResult[] = [];
  // One at a time: the machine is shared, and the whole corpus takes a few seconds.
  for (const d of documents) results.push(await runDocument(d));
  return results;
}
