import type { DocModel } from "../model";
import type { DocumentStructure } from "../templates/types";

/**
 * What the document says in its answers (not in its printed prompts), for the document-level checks: a
 * prompt that asks "is it special category data?" must not count as saying that it is.
 */
export function answerText(structure: DocumentStructure, model: DocModel): string {
  const answered = structure.slots.filter((s) => s.answer.trim() !== "").map((s) => s.answer);
  if (answered.length) return answered.join("\n");
  return model.paragraphs.map((p) => p.text).join("\n");
}

/** Every paragraph of the document (including those in tables), one per line. */
export function fullText(model: DocModel): string {
  return model.paragraphs.map((p) => p.text).join("\n");
}
