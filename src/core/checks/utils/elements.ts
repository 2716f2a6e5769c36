import { joinLines, normalise } from "../../detect/text";
import type { DocModel, Ref } from "../../model";
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
  // The labels down a table's first column name the parts of a DPIA written as one table ("Data Minimisation | …").
  for (const table of model.tables)
    for (const row of table.rows) {
      const label = row.cells[0]?.text.trim() ?? "";
      if (row.cells.length > 1 && label && label.split(/\s+/).length <= MAX_LABEL_WORDS)
        headings.push({
          title: normalise(label),
          filled: row.cells.slice(1).some((c) => c.text.trim()),
          raw: label,
        });
    }
  return headings;
}

/** The body text outside headings and section titles, normalised: where a part can be discussed without a heading. */
export function bodyText(structure: DocumentStructure, model: DocModel): string {
  const titles = new Set(structure.sections.map((x) => x.title.trim()));
  // joinLines: the whole body's normalised form from each paragraph's (already memoised) one, not NFKC and the
  // regexes run again over a megabyte of text at every scan.
  return normalise(
    joinLines(model.paragraphs.filter((p) => p.headingLevel === 0 && !titles.has(p.text.trim())).map((p) => p.text)),
  );
}

export type Presence = { present: true } | { present: false; empty?: Heading };

export function presence(
  element: AssessmentElement,
  headings: Heading[],
  body: string,
  structure: DocumentStructure,
): Presence {
  const named = headings.filter((h) => element.heading.test(h.title));
  if (named.some((h) => h.filled)) return { present: true };
  if (element.content.test(body)) return { present: true };
  // A form that asks for the part has it, even while the answer is still empty (that is another finding).
  const asked = structure.slots.some((s) => {
    const text = normalise(`${s.question} ${s.section}`);
    return element.heading.test(text) || element.content.test(text);
  });
  if (asked) return { present: true };
  return { present: false, empty: named.find((h) => h.ref) };
}
