import { isBlank } from "../detect/text";
import type { DocModel } from "../model";
import type { AnswerSlot, Section } from "./types";

/**
 * A section whose heading is itself the entry to fill ("Advice of the data protection officer") and whose body is
 * left empty: an answer slot at its first empty paragraph (or under the heading), so an empty entry is reported like
 * an empty cell. Sections holding a table or any text are left to the other readers; `label` decides which headings
 * are entries (a template's sign-off vocabulary), so ordinary headings make no slot.
 */
export function emptyHeadingSlots(model: DocModel, sections: readonly Section[], label: RegExp): AnswerSlot[] {
  const slots: AnswerSlot[] = [];
  // A section ends at the next one's heading (or at the last block): that heading is not its body.
  const starts = new Set(sections.map((s) => s.startBlock));
  for (const section of sections) {
    if (section.startBlock < 0 || !label.test(section.title)) continue;
    const heading = model.blocks[section.startBlock];
    if (heading?.kind !== "paragraph") continue;
    const body = model.blocks
      .slice(section.startBlock + 1, section.endBlock + 1)
      .filter((_, k) => !starts.has(section.startBlock + 1 + k));
    if (body.some((b) => b.kind !== "paragraph" || !isBlank(b.paragraph.text))) continue;
    const empty = body.find((b) => b.kind === "paragraph");
    const target = empty?.kind === "paragraph" ? empty.paragraph : heading.paragraph;
    slots.push({
      question: section.title,
      section: section.title,
      ref: { paragraph: target.index },
      answer: "",
      expected: target.text,
      type: "free-text",
      required: true,
      role: "signoff",
      // Under the heading itself the answer is added after it, never over it.
      ...(target === heading.paragraph ? { inline: true } : {}),
    });
  }
  return slots;
}
