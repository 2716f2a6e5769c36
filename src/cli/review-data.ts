import type { ReviewData } from "../core/review/model";
import { ReviewDataError } from "../core/review/parse";
import type { OpenDocument } from "./host";

/** The review kept in a document, or why it could not be read in full (never silently dropped). */
export interface DocumentReview {
  review?: ReviewData;
  /** One line per entry left out, or the reason the whole review data is unreadable. */
  problems: string[];
}

/**
 * Reads the verdicts and actions through the same service the task pane uses. Data that is not a review at all is a
 * problem line, not an exception: the rest of the document's report still stands.
 */
export async function readDocumentReview(document: OpenDocument): Promise<DocumentReview> {
  try {
    const { review, problems } = await document.service.loadReview();
    return { review, problems: problems.map((p) => `review data: ${p} (left out)`) };
  } catch (error) {
    if (error instanceof ReviewDataError) return { problems: [error.message] };
    throw error;
  }
}
