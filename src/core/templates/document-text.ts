import type { DocModel } from "../model";
import { joinLines } from "../detect/text";
import { isHeadingLike, isInstruction, isPrompt } from "./classify";
import type { DocumentStructure } from "./types";

/**
 * What the document says in its answers, not in its printed prompts, for the document-level checks: a prompt
 * that asks "is it special category data?" or a definition printed on the form must not count as saying that it
 * is. Slot answers, plus every paragraph that is not a heading, prompt or instruction (answers written under a
 * heading with no question before them).
 */
const cache = new WeakMap<DocumentStructure, string>();

export function answerText(structure: DocumentStructure, model: DocModel): string {
  const cached = cache.get(structure);
  if (cached !== undefined) return cached;
  const answers = structure.slots.filter((s) => s.answer.trim() !== "").map((s) => s.answer);
  const prose = model.paragraphs
    .filter(
      (p) =>
        p.headingLevel === 0 && p.text.trim() && !isPrompt(p.text) && !isInstruction(p.text) && !isHeadingLike(p.text),
    )
    .map((p) => p.text);
  const text = joinLines([...answers, ...prose]);
  cache.set(structure, text);
  return text;
}

/** Every paragraph of the document (including those in tables), one per line. */
export function fullText(model: DocModel): string {
  return joinLines(model.paragraphs.map((p) => p.text));
}
