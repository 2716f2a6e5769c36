import { findPlaceholders } from "../detect/placeholders";
import { hasDate } from "../detect/dates";
import { isBlank, memoText, normalise, oneLine } from "../detect/text";
import { ukDate } from "../guidance";
import type { Cell, DocModel, Ref, Row, Table } from "../model";
import type { GuidedAnswer } from "../report";
import { allMeasures } from "../risk/check-helpers";
import { isHighLevel } from "../risk/matrices";
import { restsOnGdpr } from "../templates/jurisdiction";
import { ASSESSMENT_ELEMENTS, REVIEW_MENTION, REVIEW_SCHEDULE } from "../vocabulary/assessment-elements";
import { phrasePattern } from "../vocabulary/prompts";
import { APPROVAL_WORDS } from "../vocabulary/signoff";
import type { Check, CheckContext } from "./types";
import { isImpactAssessment } from "./utils/assessment";
import { bodyText, headingsOf, presence, type Body } from "./utils/elements";

/**
 * No date by which the assessment will be reviewed. The ICO asks that a DPIA be kept under review and revisited when
 * the processing changes; "will be reviewed regularly" names no date, so nobody can tell when it is due. A review
 * line that gives a date or a schedule ("annually", "every 6 months") is fine; an empty or template review field is
 * the unanswered or placeholder check's finding.
 *
 * An assessment that never speaks of a review at all is reported once, and only when it is a finished DPIA under the
 * GDPR (Art. 35(11); the ICO's "keep your DPIA under review"), on a template or written out: it has the four parts of
 * Art. 35(7)(a)–(d) (the element vocabulary), its approval is recorded with a date (the outcome, where the ICO's Step 7
 * and the EDPB template's conclusion record it, and where the review date belongs), and no residual risk is left high
 * (then the Article 36 consultation comes first, and the authority's advice may change the assessment). Drafts,
 * unanswered templates, question banks, LIAs and non-assessments are not: their gaps are other checks' findings.
 */

function inOneYear(today: string): string {
  const [y, m, d] = today.split("-");
  return ukDate(`${Number(y) + 1}-${m}-${d}`);
}

function answers(today: string): GuidedAnswer[] {
  return [
    {
      label: "In one year",
      text: inOneYear(today),
      why: "Keep the assessment under review: a yearly review, or sooner when the processing changes.",
      citation: "ICO: How do we carry out a DPIA? (keep the DPIA under review); Art. 35(11) GDPR",
    },
  ];
}

/** Art. 35(7)(a)–(d): the parts without which an assessment is not finished. */
const FINISHED_PARTS = new Set(["description", "necessity", "risks", "measures"]);
const APPROVAL = new RegExp(`\\b(?:${phrasePattern(APPROVAL_WORDS)})\\b`, "i");
/** An approval is recorded on a line or a table row: longer text is prose that mentions approving. */
const MAX_APPROVAL = 400;
const CITATION = "Art. 35(11) GDPR; ICO: How do we carry out a DPIA? (keep the DPIA under review); EDPB WP248 rev.01";

/** A line or table row that records an approval with a date (the date is read last: parseDate is memoised). */
const recordsApproval = (text: string): boolean => text.length <= MAX_APPROVAL && APPROVAL.test(text) && hasDate(text);

/** The first row of a table that records an approval with a date, if any: a table the re-check kept is not read again. */
const approvalRows = new WeakMap<Table, Row | null>();
function approvalRowOf(table: Table): Row | undefined {
  let row = approvalRows.get(table);
  if (row === undefined) {
    row = table.rows.find((r) => recordsApproval(r.cells.map((c) => c.text).join(" | "))) ?? null;
    approvalRows.set(table, row);
  }
  return row ?? undefined;
}

/** The line (paragraph or table row) where the assessment's approval is recorded with a date, if any. */
function recordedApproval(model: DocModel): { ref: Ref; text: string } | undefined {
  for (const p of model.paragraphs)
    if (p.tableNestingLevel === 0 && recordsApproval(p.text)) return { ref: { paragraph: p.index }, text: p.text };
  for (const t of model.tables) {
    const r = approvalRowOf(t);
    if (r) return { ref: r.cells[r.cells.length - 1].ref, text: r.cells[r.cells.length - 1].text };
  }
  return undefined;
}

/** A finished GDPR assessment (see above): where it was approved, or undefined when it is not finished. */
function finishedAt(context: CheckContext): { ref: Ref; text: string } | undefined {
  const { structure, model, register, matrix } = context;
  if (!restsOnGdpr(structure.jurisdiction)) return undefined;
  if (
    allMeasures(register).some(
      ({ measure }) => measure.residual.state === "value" && isHighLevel(matrix, measure.residual.id),
    )
  )
    return undefined;
  const approval = recordedApproval(model);
  if (!approval) return undefined;
  const headings = headingsOf(structure, model);
  // The body only when a part is not named by a filled heading: presence() looks at the headings first.
  let body: Body | undefined;
  const complete = ASSESSMENT_ELEMENTS.filter((e) => FINISHED_PARTS.has(e.id)).every((element) => {
    // A risk register is the risk assessment; measures in it (or linked to it) are the measures.
    if (element.id === "risks" && register.risks.length) return true;
    if (element.id === "measures" && register.risks.some((r) => r.measures.length)) return true;
    if (headings.some((h) => h.filled && element.heading.test(h.title))) return true;
    body ??= bodyText(structure, model);
    return presence(element, headings, body, structure).present;
  });
  return complete ? approval : undefined;
}

const REVIEW_WORD = /review/i;
/** A review statement is a line or two; long answers that mention reviewing are prose about something else. */
const MAX_LINE = 300;
const speaksOfReview = (text: string) => text.length <= MAX_LINE && REVIEW_WORD.test(text);

/** The cells of a table that speak of a review, in order: a table the re-check kept is not read again. */
const reviewCells = new WeakMap<Table, readonly Cell[]>();
function reviewCellsOf(table: Table): readonly Cell[] {
  let cells = reviewCells.get(table);
  if (!cells) {
    cells = table.rows.flatMap((r) => r.cells.filter((c) => speaksOfReview(c.text)));
    reviewCells.set(table, cells);
  }
  return cells;
}

/** A form's field that asks about the review ("Next review date", "Review:"). Memoised by the question. */
const asksAboutReview = memoText(
  (question: string): boolean => REVIEW_MENTION.test(normalise(`${question}:`)) || /\breview\b/i.test(question),
);

export const reviewDateMissing: Check = {
  meta: {
    id: "review-date-missing",
    kind: "review-date-missing",
    description: "The assessment gives no date by which it will be reviewed.",
    defaultSeverity: "warning",
    messages: {
      noDate: '"{{text}}" names no review date: say when the assessment will next be reviewed.',
      noReview:
        "The assessment never says when it will be reviewed: add the date of its next review, and review it sooner if the processing changes ({{citation}}).",
    },
    shortMessages: {
      noDate: "Review promised, but no date given",
      noReview: "No review date",
    },
  },
  check(context) {
    const { structure, model, options } = context;
    if (!isImpactAssessment(structure, model)) return;
    // Only the lines that speak of a review at all (a cheap test first: a long document has thousands of lines).
    const lines: { ref: Ref; text: string }[] = [];
    for (const p of model.paragraphs)
      if (p.tableNestingLevel === 0 && speaksOfReview(p.text))
        lines.push({ ref: { paragraph: p.index }, text: p.text });
    for (const t of model.tables) for (const c of reviewCellsOf(t)) lines.push({ ref: c.ref, text: c.text });
    const mentions = lines.filter(
      (l) => !/\bunder review by\b|\breview(?:ed)? by\s*:?\s*$/i.test(l.text) && REVIEW_MENTION.test(normalise(l.text)),
    );
    const dated = (text: string) => hasDate(text) || REVIEW_SCHEDULE.test(normalise(text));
    // Any line that speaks of reviewing and gives a date will do ("We will review this assessment by 1 June 2027").
    if (lines.some((l) => /\breview/i.test(l.text) && !/\bunder review by\b/i.test(l.text) && dated(l.text))) return;
    // A review field of a form: its value may sit in the slot beside it.
    const slots = structure.slots.filter((s) => asksAboutReview(s.question));
    if (slots.some((s) => dated(s.answer) || isBlank(s.answer) || findPlaceholders(s.answer).length)) return;
    if (mentions.some((m) => findPlaceholders(m.text).length)) return;
    const vague = mentions.find((m) => /\breview/i.test(m.text));
    if (vague) {
      context.report({
        messageId: "noDate",
        data: { text: oneLine(vague.text).slice(0, 80) },
        ref: vague.ref,
        text: oneLine(vague.text),
        section: structure.sectionOf(vague.ref),
        slot: "date",
        append: true,
        answers: answers(options.today),
      });
      return;
    }
    // Nothing about a review anywhere (no review line, no review field): a finished assessment still needs a date.
    if (mentions.length || slots.length) return;
    const approval = finishedAt(context);
    if (!approval) return;
    const date = inOneYear(options.today);
    context.report({
      messageId: "noReview",
      data: { citation: CITATION },
      ref: approval.ref,
      text: "No review date",
      section: structure.sectionOf(approval.ref),
      slot: "date",
      append: true,
      answers: [
        {
          label: "In one year",
          text: `\nNext review: ${date}`,
          why: "Keep the assessment under review: a yearly review, or sooner when the processing changes.",
          citation: CITATION,
        },
      ],
    });
  },
};

export const { meta, check } = reviewDateMissing;
export default reviewDateMissing;
