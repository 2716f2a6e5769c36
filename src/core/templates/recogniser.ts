import type { TemplateId } from "../report";
import type { DocumentFeatures, ReaderPattern } from "./features";

/** One recogniser per template family: how well the document's structure and vocabulary fit it (0–1). */
export interface Recogniser {
  id: TemplateId;
  name: string;
  /** Every pattern `score` asks of the document's text, and how far (the text reader is made with them). */
  patterns: readonly ReaderPattern[];
  score(features: DocumentFeatures): number;
}
