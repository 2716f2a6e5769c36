import {
  findPlaceholders,
  occurrenceOf,
  placeholdersWithSpans,
  type PlaceholderHit,
  type PlaceholderKind,
} from "../detect/placeholders";
import { oneLine, shorten } from "../detect/text";
import { RISK_SUMMARY_TAG } from "../edits";
import { answersFor } from "../guidance";
import { refKey, type Cell, type Ref, type Table, type TextSpan } from "../model";
import type { SlotType } from "../report";
import { allMeasures, measureSubject, riskName } from "../risk/check-helpers";
import { subjectOf } from "../detect/subject";
import type { ParsedValue } from "../detect/risk-values";
import type { RegisterCell } from "../risk/types";
import { allowedWords, type Axis } from "../vocabulary/risk-levels";
import { isQuestionBank } from "../templates/question-form";
import type { AnswerSlot } from "../templates/types";
import type { Check, CheckContext } from "./types";
import { RefSet } from "./utils/ref-set";

/**
 * Template text left where an answer belongs: the ICO option lists in risk tables (one finding per risk in a
 * multi-risk cell), bracketed prompts, mail-merge fields, "Enter … here", Word form prompts, TBC, XX/XX/XXXX.
 * "Yes / No" outside the risk tables is an unresolved choice, reported by unresolved-choice.
 */

const MESSAGE_FOR: Record<PlaceholderKind, string> = {
  "option-list": "optionList",
  "choice-list": "optionList",
  bracket: "bracket",
  "merge-field": "mergeField",
  "enter-here": "prompt",
  "form-prompt": "prompt",
  "to-be-confirmed": "toBeConfirmed",
  "date-mask": "dateMask",
  blank: "blank",
  control: "control",
};

const COLUMN: Record<Axis, string> = {
  likelihood: "likelihood of harm",
  severity: "severity of harm",
  overall: "overall risk",
  effect: "effect on risk",
  residual: "residual risk",
  approved: "measure approved",
};

/** The column in a word or two, for the one-line label ("Risk 3: likelihood still template text"). */
const FIELD: Record<Axis, string> = {
  likelihood: "likelihood",
  severity: "severity",
  overall: "overall",
  effect: "effect",
  residual: "residual risk",
  approved: "approval",
};

function reportRegisterValue(
  context: CheckContext,
  axis: Axis,
  value: ParsedValue,
  cell: RegisterCell,
  whoOf: () => string,
  subject: string,
  section: string,
) {
  if (value.state !== "placeholder") return;
  const who = whoOf();
  const hit = findPlaceholders(cell.raw)[0];
  const target = hit?.text ?? cell.raw.trim();
  const within = cell.raw.indexOf(target);
  const start = (cell.offset ?? cell.expected.indexOf(cell.raw)) + Math.max(0, within);
  context.report({
    messageId: "riskValue",
    data: { risk: who, subject, column: COLUMN[axis], field: FIELD[axis], placeholder: oneLine(target) },
    ref: cell.ref,
    text: target,
    target,
    occurrence: occurrenceOf(cell.expected, target, Math.max(0, start)),
    section,
    slot: axis,
    answers: answersFor(axis, COLUMN[axis], section, { matrix: context.matrix, today: context.options.today }),
    discriminator: `${who}:${axis}`,
  });
}

/** The axis whose words an option list uses ("Remote, possible or probable" → likelihood). */
function axisOfList(text: string, context: CheckContext): Axis | undefined {
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && w !== "or" && w !== "and");
  const axes: Axis[] = ["likelihood", "severity", "overall", "effect", "approved"];
  return axes.find((axis) =>
    words.every((w) => allowedWords(axis, context.matrix).some((a) => a.split(" ").includes(w))),
  );
}

/** Up to this many characters, the question names the place better than the template text does. */
const SHORT_SUBJECT = 40;

/**
 * The place in a few words for the one-line label: the question or label it answers ("Name of controller"), else (or
 * when the question is long and the template text shorter) the template text itself in quotes. A row of dots or
 * underscores says nothing by itself, so it is never quoted.
 */
function whereOf(subject: string, hit: PlaceholderHit): string {
  if (hit.kind === "blank") return subject || "no label beside it";
  const quoted = `"${oneLine(hit.text)}"`;
  if (!subject) return quoted;
  return subject.length <= SHORT_SUBJECT || subject.length <= quoted.length ? subject : quoted;
}

function label(text: string, hit: PlaceholderHit): string {
  const before = oneLine(text.slice(0, hit.start));
  return before ? shorten(before, 80) : "";
}

/**
 * The cells of a table that hold template text, in order; none in a questionnaire's design, which names answer types
 * ("Yes/No", "Low / Medium / High") with nothing left open. Per table object: a table the re-check kept is not read
 * again.
 */
const placeholderCells = new WeakMap<Table, readonly Cell[]>();
function placeholderCellsOf(table: Table): readonly Cell[] {
  let cells = placeholderCells.get(table);
  if (!cells) {
    cells = isQuestionBank(table)
      ? []
      : table.rows.flatMap((row) =>
          row.cells.filter(
            (cell) =>
              !cell.verticallyMergedContinuation && placeholdersWithSpans(cell.text, cell.placeholderSpans).length > 0,
          ),
        );
    placeholderCells.set(table, cells);
  }
  return cells;
}

export const placeholder: Check = {
  meta: {
    id: "placeholder",
    kind: "placeholder",
    description: "Template text (option lists, [prompts], <<fields>>, “Enter … here”, TBC) left in place of an answer.",
    defaultSeverity: "error",
    messages: {
      riskValue: 'Risk {{risk}}: {{column}} is still the template\'s option list "{{placeholder}}". Choose one value.',
      optionList: 'The option list "{{placeholder}}" is still here: choose one value.',
      bracket: 'The prompt "{{placeholder}}" has not been replaced with an answer.',
      mergeField: 'The merge field "{{placeholder}}" was never filled in.',
      prompt: 'The prompt "{{placeholder}}" is still here instead of an answer.',
      toBeConfirmed: '"{{placeholder}}" is still written here: confirm the answer.',
      dateMask: 'The value is still the mask "{{placeholder}}".',
      blank: 'The blank "{{placeholder}}" has not been filled in.',
      control: 'The form control still shows its placeholder "{{placeholder}}".',
    },
    shortMessages: {
      riskValue: "{{subject}}: {{field}} still template text",
      optionList: "Option list, choose one: {{where}}",
      bracket: "Template text left: {{where}}",
      mergeField: "Merge field not filled in: {{where}}",
      prompt: "Prompt left in: {{where}}",
      toBeConfirmed: "To be confirmed: {{where}}",
      dateMask: "Date not filled in: {{where}}",
      blank: "Blank not filled in: {{where}}",
      control: "Form field not filled in: {{where}}",
    },
  },
  check(context) {
    const { register, model, structure } = context;
    const covered = new RefSet();
    // Column titles of the risk tables ("Likelihood of harm (remote, possible or probable)") are not answers.
    for (const t of register.tables ?? [])
      for (let r = 0; r <= t.headerRow; r++)
        for (const c of model.tables[t.table]?.rows[r]?.cells ?? []) covered.add(c.ref);
    for (const risk of register.risks) {
      for (const axis of ["likelihood", "severity", "overall"] as const) {
        const cell = risk.cells[axis];
        if (!cell) continue;
        covered.add(cell.ref);
        if (risk[axis].state === "placeholder")
          reportRegisterValue(context, axis, risk[axis], cell, () => riskName(risk), `Risk ${risk.id}`, risk.section);
      }
    }
    for (const { measure, risks } of allMeasures(register)) {
      for (const axis of ["effect", "residual", "approved"] as const) {
        const cell = measure.cells[axis];
        if (!cell) continue;
        covered.add(cell.ref);
        if (measure[axis].state !== "placeholder") continue;
        const who = () =>
          risks.length
            ? risks.map((r) => r.id).join(", ")
            : measure.description
              ? shorten(measure.description, 40)
              : "(none named)";
        reportRegisterValue(
          context,
          axis,
          measure[axis],
          cell,
          who,
          measureSubject(risks),
          structure.sectionOf(cell.ref),
        );
      }
    }

    // The slots by place, built at the first text holding a placeholder (most documents have few or none).
    let slotAt: Map<string, AnswerSlot> | undefined;
    const scan = (ref: Ref, text: string, spans: readonly TextSpan[] | undefined) => {
      // Most texts hold no placeholder (memoised): the ref's key is built only for those that do.
      const hits = placeholdersWithSpans(text, spans);
      if (hits.length === 0 || covered.has(ref)) return;
      for (const hit of hits) {
        if (hit.kind === "choice-list") continue;
        slotAt ??= new Map(structure.slots.map((s) => [refKey(s.ref), s]));
        const slotHere = slotAt.get(refKey(ref));
        const axis = hit.kind === "option-list" ? axisOfList(hit.text, context) : undefined;
        const slot: SlotType = axis ?? slotHere?.type ?? "free-text";
        const section = structure.sectionOf(ref);
        const question = slotHere?.question ?? label(text, hit);
        const subject = question ? subjectOf(question) : "";
        context.report({
          messageId: MESSAGE_FOR[hit.kind],
          data: { placeholder: oneLine(hit.text), where: whereOf(subject, hit) },
          ref,
          text: hit.text,
          target: hit.text,
          occurrence: occurrenceOf(text, hit.text, hit.start),
          severity: hit.kind === "to-be-confirmed" ? "warning" : undefined,
          section,
          slot,
          answers:
            hit.kind === "merge-field"
              ? []
              : answersFor(slot, question || hit.text, section, {
                  matrix: context.matrix,
                  today: context.options.today,
                  organisation: context.options.organisation,
                }),
        });
      }
    };
    for (const block of model.blocks) {
      if (block.kind === "paragraph")
        scan({ paragraph: block.paragraph.index }, block.paragraph.text, block.paragraph.placeholderSpans);
      else if (block.table.tag !== RISK_SUMMARY_TAG)
        for (const cell of placeholderCellsOf(block.table)) scan(cell.ref, cell.text, cell.placeholderSpans);
    }
  },
};

export const { meta, check } = placeholder;
export default placeholder;
