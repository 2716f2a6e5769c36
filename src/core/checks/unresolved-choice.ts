import { findBothOptions, type BothOptions } from "../detect/choices";
import { subjectOf } from "../detect/subject";
import { oneLine, shorten } from "../detect/text";
import { RISK_SUMMARY_TAG } from "../edits";
import { yesNoAnswers } from "../guidance";
import { refKey, type Cell, type Ref, type Table } from "../model";
import type { GuidedAnswer } from "../report";
import type { RegisterMeasure } from "../risk/types";
import type { ChoiceGroup } from "../templates/types";
import { isQuestionBank } from "../templates/question-form";
import type { Check } from "./types";
import { RefSet } from "./utils/ref-set";

/**
 * A choice left open: "Yes / No" written as the answer, or a check-box group (any labels, in cells, rows or
 * paragraphs) with no box ticked. Several ticks where one is expected are contradictory-choice's. When the form writes "N/A" beside the pair it is reported as information only. The Step 6
 * "Yes/no" of the risk tables is a placeholder (reported by placeholder).
 */
function isHeaderRow(table: Table): boolean {
  const first = table.rows[0]?.cells ?? [];
  return table.rows.length > 1 && first.length >= 2 && first.every((c) => c.text.trim() && c.text.trim().length <= 30);
}

/** One answer per option, written as the option's own word: answer-edits ticks that option's box. */
function boxAnswers(group: ChoiceGroup): GuidedAnswer[] {
  const explained = yesNoAnswers(group.question);
  return group.options.map((o) => {
    const same = explained.find((a) => a.label.toLowerCase() === o.label.toLowerCase());
    return { label: o.label, text: o.label, why: same?.why ?? `Tick "${o.label}".`, citation: same?.citation };
  });
}

/** Anything but whitespace: what `text.trim()` keeps (the same white space), without building the trimmed string. */
const NOT_BLANK = /\S/;

interface TableChoices {
  /** The cells left "Yes / No", in order, each with the last non-blank text read before it in the table (if any). */
  hits: { cell: Cell; found: BothOptions; before?: string }[];
  /** The last non-blank text read in the table: what the next paragraph's question falls back on. */
  last?: string;
}

/**
 * The "Yes / No" answers of a table. A questionnaire's design names answer types ("Yes/No", "Low / Medium / High"):
 * nothing there is left open. Per table object: a table the re-check kept is not read again.
 */
const tableChoices = new WeakMap<Table, TableChoices>();
function bothOptionsIn(table: Table): TableChoices {
  let result = tableChoices.get(table);
  if (result) return result;
  result = { hits: [] };
  if (!isQuestionBank(table)) {
    let last: string | undefined;
    table.rows.forEach((row, r) => {
      // "Question | Yes/No | Comments": a column title, not an answer left open.
      if (r === 0 && isHeaderRow(table)) return;
      for (const cell of row.cells) {
        if (cell.verticallyMergedContinuation) continue;
        const found = findBothOptions(cell.text);
        if (found) result!.hits.push({ cell, found, before: last });
        if (NOT_BLANK.test(cell.text)) last = cell.text;
      }
    });
    result.last = last;
  }
  tableChoices.set(table, result);
  return result;
}

export const unresolvedChoice: Check = {
  meta: {
    id: "unresolved-choice",
    kind: "unresolved-choice",
    description: "Both options left (“Yes / No”), or a check-box group with no box ticked.",
    defaultSeverity: "error",
    messages: {
      both: '"{{question}}" is still answered "{{choice}}": keep one option.',
      neither: 'No box is ticked for "{{question}}" ({{options}}).',
      notApplicable:
        'No box is ticked for "{{question}}" ({{options}}), marked not applicable: confirm it does not apply.',
    },
    shortMessages: {
      both: '"{{choice}}" left: {{subject}}',
      neither: "No box ticked: {{subject}}",
      notApplicable: "No box ticked (not applicable?): {{subject}}",
    },
  },
  check(context) {
    const { structure, model, register } = context;
    for (const group of structure.choices ?? []) {
      const ticked = group.options.filter((o) => o.ticked).length;
      // Several ticks in a one-answer group, or a typed mark, are contradictory-choice's: one finding per problem.
      if (ticked > 0 || group.options.some((o) => o.typed)) continue;
      const question = shorten(group.question || group.options.map((o) => o.label).join(" / "), 100);
      // Boxes in one cell holding this group only can be ticked by an edit; others are ticked by the user in Word.
      const sameCell =
        group.options.every((o) => refKey(o.ref) === refKey(group.ref)) &&
        (group.expected.match(/[☐☒☑■□]/g) ?? []).length === group.options.length;
      const messageId = group.notApplicable ? "notApplicable" : "neither";
      context.report({
        messageId,
        // The options named in the message: the question alone ("Decision:") does not say what is to be chosen.
        data: {
          question,
          subject: subjectOf(group.question) || subjectOf(group.options.map((o) => o.label.trim()).join(" / ")),
          options: shorten(group.options.map((o) => o.label.trim()).join(" / "), 120),
        },
        severity: messageId === "notApplicable" ? "info" : undefined,
        ref: group.ref,
        text: group.question || group.expected,
        section: group.section,
        slot: "yes-no",
        answers: sameCell ? boxAnswers(group) : undefined,
      });
    }

    const covered = new RefSet();
    // The measures' "approved" cells: a set needs no grouping of measures by risk (allMeasures), only every measure.
    const cover = (measure: RegisterMeasure) => {
      if (measure.cells.approved) covered.add(measure.cells.approved.ref);
    };
    for (const risk of register.risks) risk.measures.forEach(cover);
    register.orphanMeasures.forEach(cover);
    const questionAt = new Map(structure.slots.map((s) => [refKey(s.ref), s.question]));
    let previous = "";
    const scan = (ref: Ref, text: string, found: BothOptions | undefined, before: string) => {
      if (!found || covered.has(ref)) return;
      const lead = oneLine(text.slice(0, found.start));
      const question = questionAt.get(refKey(ref)) ?? (lead || before);
      context.report({
        messageId: "both",
        data: {
          question: shorten(question, 100),
          subject: subjectOf(question) || "this question",
          choice: found.text,
        },
        ref,
        text: found.text,
        target: found.text,
        section: structure.sectionOf(ref),
        slot: "yes-no",
        answers: yesNoAnswers(question),
      });
    };
    for (const block of model.blocks) {
      if (block.kind === "paragraph") {
        const { text } = block.paragraph;
        scan({ paragraph: block.paragraph.index }, text, findBothOptions(text), previous);
        if (NOT_BLANK.test(text)) previous = text;
      } else if (block.table.tag !== RISK_SUMMARY_TAG) {
        const table = bothOptionsIn(block.table);
        for (const hit of table.hits) scan(hit.cell.ref, hit.cell.text, hit.found, hit.before ?? previous);
        previous = table.last ?? previous;
      }
    }
  },
};

export const { meta, check } = unresolvedChoice;
export default unresolvedChoice;
