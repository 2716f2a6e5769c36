import type { DocModel } from "../model";
import { byPosition } from "../detect/by-position";
import { memoText } from "../detect/text";
import { isHeadingLike, isInstruction, isPrompt } from "./classify";
import type { DocumentStructure } from "./types";

/** A paragraph's text that reads as an answer written under a heading, not a prompt, instruction or heading. */
const isProse = byPosition(
  memoText((text: string) => text.trim() !== "" && !isPrompt(text) && !isInstruction(text) && !isHeadingLike(text)),
);

/**
 * What the document says in its answers, not in its printed prompts, for the document-level checks: a prompt
 * that asks "is it special category data?" or a definition printed on the form must not count as saying that it
 * is. Slot answers, plus every paragraph that is not a heading, prompt or instruction (answers written under a
 * heading with no question before them), in that order.
 * The checks read the parts one by one through memos keyed by each part's text, so a live re-check after one edit
 * reads only the changed part again instead of megabytes of joined text.
 */
const partsCache = new WeakMap<DocumentStructure, readonly string[]>();

export function answerParts(structure: DocumentStructure, model: DocModel): readonly string[] {
  const cached = partsCache.get(structure);
  if (cached) return cached;
  const parts: string[] = [];
  for (const s of structure.slots) if (s.answer.trim() !== "") parts.push(s.answer);
  model.paragraphs.forEach((p, i) => {
    if (p.headingLevel === 0 && isProse(p.text, i)) parts.push(p.text);
  });
  partsCache.set(structure, parts);
  return parts;
}
