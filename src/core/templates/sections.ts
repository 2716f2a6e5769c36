import { isBlank, shorten } from "../detect/text";
import type { TemplateId } from "../report";
import { isHeadingLike, QUESTION_NUMBER } from "./classify";
import { isHeadingUnit } from "./paragraph-slots";
import type { Paragraph, Ref, Table } from "../model";
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
  if (template === "question-form" && QUESTION_NUMBER.test(text) && cells[0] === unit.table.rows[unit.row].cells[0])
    return text;
  return undefined;
}

function paragraphHeading(unit: Extract<Unit, { kind: "paragraph" }>, template: TemplateId): string | undefined {
  const text = unit.paragraph.text.trim();
  if (!text) return undefined;
  if (isHeadingUnit(unit)) return text;
  if (template === "question-form" && /^\s*\d{1,2}[a-z]?\s*:/i.test(text)) return text;
  return undefined;
}

/** Level of a heading: numbered steps and parts are top level; Heading styles give their own level; other titles sit below. */
function levelOf(unit: Unit, title: string): number {
  if (unit.kind === "paragraph" && unit.paragraph.headingLevel > 0) return unit.paragraph.headingLevel;
  if (/^(?:step|part|section|stage)\s+\d/i.test(title)) return 1;
  if (
    /^(?:making the decision|what'?s next|submitting controller details|approval|sign[- ]?off|conclusion)\b/i.test(
      title,
    )
  )
    return 1;
  return 9;
}

/** The place of a heading: its paragraph, or the one non-blank cell of the row that names the section. */
function headingRef(unit: Unit): Ref {
  if (unit.kind === "paragraph") return { paragraph: unit.paragraph.index };
  const cells = unit.table.rows[unit.row].cells;
  const cell = Math.max(
    0,
    cells.findIndex((c) => !isBlank(c.text)),
  );
  return { table: unit.table.index, row: unit.row, cell };
}

/** The heading a unit gives (its shortened title and level), or null. */
type OwnHeading = { title: string; level: number } | null;

function ownHeading(unit: Unit, template: TemplateId): OwnHeading {
  const own = unit.kind === "row" ? rowHeading(unit, template) : paragraphHeading(unit, template);
  return own ? { title: shorten(own, 90), level: levelOf(unit, own) } : null;
}

/**
 * The headings of each table's rows and of each paragraph, kept per Table and Paragraph object for the template they
 * were read for: they depend on nothing else, and a live re-check's model shares every one an edit did not touch.
 */
const rowHeadings = new WeakMap<Table, { template: TemplateId; headings: OwnHeading[] }>();
const paragraphHeadings = new WeakMap<Paragraph, { template: TemplateId; heading: OwnHeading }>();

function keptHeading(unit: Unit, template: TemplateId): OwnHeading {
  if (unit.kind === "paragraph") {
    const kept = paragraphHeadings.get(unit.paragraph);
    if (kept?.template === template) return kept.heading;
    const heading = ownHeading(unit, template);
    paragraphHeadings.set(unit.paragraph, { template, heading });
    return heading;
  }
  let kept = rowHeadings.get(unit.table);
  if (kept?.template !== template) rowHeadings.set(unit.table, (kept = { template, headings: [] }));
  const heading = kept.headings[unit.row];
  if (heading !== undefined) return heading;
  return (kept.headings[unit.row] = ownHeading(unit, template));
}

export function buildSections(units: Unit[], template: TemplateId): SectionIndex {
  const starts: { position: number; title: string; subsection?: boolean }[] = [];
  // A subsection is named with its parent ("Part 3: Balancing test › Likely impact") so both can be found.
  let parent: { title: string; level: number } | undefined;
  units.forEach((unit, position) => {
    const heading = keptHeading(unit, template);
    if (!heading) return;
    const { title, level } = heading;
    if (parent && level > parent.level && /^(?:step|part|section|stage)\s+\d/i.test(parent.title)) {
      starts.push({ position, title: `${parent.title} › ${title}`, subsection: true });
      return;
    }
    parent = { title, level };
    starts.push({ position, title });
  });
  const sections: Section[] = starts.map((s, i) => {
    const next = i + 1 < starts.length ? starts[i + 1].position : units.length;
    return {
      title: s.title,
      startBlock: units[s.position].block,
      endBlock: i + 1 < starts.length ? units[next].block : (units[units.length - 1]?.block ?? 0),
      heading: headingRef(units[s.position]),
      ...(s.subsection ? { subsection: true } : {}),
      // A heading followed at once by its own subsections is not empty: they are its content.
      ...(next === s.position + 1 && !starts[i + 1]?.subsection ? { empty: true } : {}),
    };
  });
  // Binary search: the last section starting at or before the position.
  const at = (position: number): string => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid].position <= position) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? starts[found].title : "Start of document";
  };
  return { sections, at };
}
