import { byPosition } from "../../detect/by-position";
import { memoText, normalise } from "../../detect/text";
import type { DocModel, Paragraph, Ref, Table } from "../../model";
import type { DocumentStructure } from "../../templates/types";
import type { AssessmentElement } from "../../vocabulary/assessment-elements";

/**
 * Whether an assessment has each part Art. 35(7) GDPR and the ICO / EDPB criteria require (src/core/vocabulary/
 * assessment-elements): named by a heading with something under it, discussed in the text, or asked for by a form.
 * Shared by section-missing (which reports the missing parts) and review-date-missing (which asks a finished
 * assessment for its review date).
 */

const MAX_LABEL_WORDS = 6;

export interface Heading {
  title: string;
  /** Something is written under it (a heading left empty does not make the part present). */
  filled: boolean;
  /** Where it is, for an empty heading's finding. */
  ref?: Ref;
  raw: string;
}

export function headingsOf(structure: DocumentStructure, model: DocModel): Heading[] {
  const sections = structure.sections;
  const headings: Heading[] = sections.map((section, i) => {
    const end = i + 1 < sections.length ? sections[i + 1].startBlock : model.blocks.length;
    const under = model.blocks.slice(section.startBlock + 1, end);
    const filled = under.some((b) => (b.kind === "table" ? true : b.paragraph.text.trim() !== ""));
    const block = model.blocks[section.startBlock];
    const ref = block?.kind === "paragraph" ? { paragraph: block.paragraph.index } : undefined;
    return { title: normalise(section.title), filled, ref, raw: section.title };
  });
  for (const table of model.tables) headings.push(...labelsOf(table));
  return headings;
}

/**
 * The labels down a table's first column name the parts of a DPIA written as one table ("Data Minimisation | …").
 * Kept by table: they depend on its cells only, and a live re-check's model keeps every unchanged table the same object.
 */
const tableLabels = new WeakMap<Table, readonly Heading[]>();
function labelsOf(table: Table): readonly Heading[] {
  let labels = tableLabels.get(table);
  if (!labels) {
    const found: Heading[] = [];
    for (const row of table.rows) {
      const label = row.cells[0]?.text.trim() ?? "";
      if (row.cells.length > 1 && label && label.split(/\s+/).length <= MAX_LABEL_WORDS)
        found.push({
          title: normalise(label),
          filled: row.cells.slice(1).some((c) => c.text.trim()),
          raw: label,
        });
    }
    labels = found;
    tableLabels.set(table, labels);
  }
  return labels;
}

/**
 * The body outside headings and section titles: where a part can be discussed without a heading. Read paragraph by
 * paragraph (see `discussed`), never joined nor even listed: a live re-check then reads only the edited paragraph
 * again instead of a megabyte of text.
 */
export interface Body {
  paragraphs: readonly Pick<Paragraph, "text" | "headingLevel">[];
  /** Section titles (trimmed): paragraphs that are titles are not body. */
  titles: ReadonlySet<string>;
}

const bodies = new WeakMap<DocumentStructure, Body>();

export function bodyText(structure: DocumentStructure, model: DocModel): Body {
  let body = bodies.get(structure);
  if (!body) {
    body = { paragraphs: model.paragraphs, titles: new Set(structure.sections.map((x) => x.title.trim())) };
    bodies.set(structure, body);
  }
  return body;
}

/** Each pattern's answer for one paragraph's text, memoised by the text (kept between the scans of a live session). */
const matchers = new WeakMap<RegExp, (text: string, at: number) => boolean>();

/**
 * Whether some paragraph of the body matches `pattern` (normalised): the pattern tested on the body joined line by
 * line, paragraph by paragraph. Words split over two paragraphs do not make a match (an accident of layout).
 */
export function discussed(body: Body, pattern: RegExp): boolean {
  let matches = matchers.get(pattern);
  if (!matches) {
    const nonGlobal = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));
    matches = byPosition(memoText((text: string) => nonGlobal.test(normalise(text))));
    matchers.set(pattern, matches);
  }
  // Whether a paragraph is a section title is asked only of the few that match.
  const { paragraphs, titles } = body;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.headingLevel === 0 && matches(p.text, i) && !titles.has(p.text.trim())) return true;
  }
  return false;
}

export type Presence = { present: true } | { present: false; empty?: Heading };

export function presence(
  element: AssessmentElement,
  headings: Heading[],
  body: Body,
  structure: DocumentStructure,
): Presence {
  const named = headings.filter((h) => element.heading.test(h.title));
  if (named.some((h) => h.filled)) return { present: true };
  if (discussed(body, element.content)) return { present: true };
  // A form that asks for the part has it, even while the answer is still empty (that is another finding).
  const asked = structure.slots.some((s) => {
    const text = normalise(`${s.question} ${s.section}`);
    return element.heading.test(text) || element.content.test(text);
  });
  if (asked) return { present: true };
  return { present: false, empty: named.find((h) => h.ref) };
}
