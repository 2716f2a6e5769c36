import { isBlank, shorten } from "../detect/text";
import type { TemplateId } from "../report";
import { isHeadingLike, QUESTION_NUMBER } from "./classify";
import { isHeadingUnit } from "./paragraph-slots";
import type { Section } from "./types";
import type { Unit } from "./units";

/**
 * Sections by the document's own headings: Heading styles, but also bold lines and table rows that name a
 * step or part ("Step 5: Identify and assess risks" in a table row, "Part 3: Balancing test" in plain text).
 * In question forms each numbered question ("3a: …") is a section of its own.
 */

export interface SectionIndex {
  sections: Section[];
  /** Title of the section holding the unit at `position`. */
  at(position: number): string;
}

function rowHeading(unit: Extract<Unit, { kind: "row" }>, template: TemplateId): string | undefined {
  const cells = unit.table.rows[unit.row].cells.filter((c) => !isBlank(c.text));
  if (cells.length !== 1) return undefined;
  const text = cells[0].text.trim();
  const firstLine = text.split("\n")[0];
  if (isHeadingLike(firstLine)) return firstLine;
  if (template === "question-form" && QUESTION_NUMBER.test(text) && cells[0] === unit.table.rows[unit.row].cells[0]) return text;
  return undefined;
}

function paragraphHeading(unit: Extract<Unit, { kind: "paragraph" }>, template: TemplateId): string | undefined {
  const text = unit.paragraph.text.trim();
  if (!text) return undefined;
  if (isHeadingUnit(unit)) return text;
  if (template === "question-form" && /^\s*\d{1,2}[a-z]?\s*:/i.test(text)) return text;
  return undefined;
}

export function buildSections(units: Unit[], template: TemplateId): SectionIndex {
  const starts: { position: number; title: string }[] = [];
  units.forEach((unit, position) => {
    const title = unit.kind === "row" ? rowHeading(unit, template) : paragraphHeading(unit, template);
    if (title) starts.push({ position, title: shorten(title, 90) });
  });
  const sections: Section[] = starts.map((s, i) => ({
    title: s.title,
    startBlock: units[s.position].block,
    endBlock: i + 1 < starts.length ? units[starts[i + 1].position].block : (units[units.length - 1]?.block ?? 0),
  }));
  const at = (position: number): string => {
    let title = "Start of document";
    for (const s of starts) {
      if (s.position > position) break;
      title = s.title;
    }
    return title;
  };
  return { sections, at };
}
