import { analyze } from "../../src/core/analyze";
import { clearTextMemos } from "../../src/core/detect/text";
import type { DocModel } from "../../src/core/model";
import { cellMapOf, withParagraphTexts } from "../../src/core/model-patch";
import { doc, heading, p, row, table } from "../support/model-builder";

/**
 * Several checks keep what they read of a table per table object (the live re-check's patched model shares every table
 * it did not change). After an edit in one cell, the re-check must report what a full analysis of the edited document
 * reports: the changed table read again, the others kept. Each row: the cell text before and after, and the finding
 * kinds (of the check concerned) the edited document has.
 */

const TODAY = "2026-11-23";

const dpia = (cell: string, description = "Bookings are taken by the front desk team during opening hours.") =>
  doc(
    p("Data protection impact assessment"),
    heading("Step 2: Describe the processing"),
    table(row("Describe the nature of the processing.", "We collect names and emails for bookings.")),
    // Prose in a table of its own, not an answer to a question: read as a cell (not as a slot's answer).
    table(row(description)),
    heading("Step 7: Sign off and record outcomes"),
    table(row("Measures approved by:", "J Smith, 1 March 2026"), row("Residual risks approved by:", cell)),
    table(row("DPO advice provided:", "Yes, on 2 March 2026")),
  );

function edited(before: string, after: string, build = dpia): DocModel {
  const model = build(before);
  const index = model.paragraphs.find((x) => x.tableNestingLevel === 1 && x.text === before)!.index;
  return withParagraphTexts(model, cellMapOf(model), new Map([[index, after]]))!;
}

afterEach(() => clearTextMemos());

const cases: [string, string, string, string, string[]][] = [
  [
    "review-overdue: a past review date typed",
    "Next review: 2027",
    "Next review: 2025",
    "review-overdue",
    ["review-overdue"],
  ],
  ["review-overdue: a past review date corrected", "Next review: 2025", "Next review: 2027", "review-overdue", []],
  ["placeholder: a prompt typed", "A Jones", "[Insert name]", "placeholder", ["placeholder"]],
  ["placeholder: a prompt replaced", "[Insert name]", "A Jones", "placeholder", []],
  ["unresolved-choice: both options typed", "Yes", "Yes / No", "unresolved-choice", ["unresolved-choice"]],
  ["unresolved-choice: one option kept", "Yes / No", "Yes", "unresolved-choice", []],
  [
    "review-date-missing: a review line without a date",
    "A Jones, 1 March 2026",
    "Review: the assessment will be reviewed regularly.",
    "review-date-missing",
    ["review-date-missing"],
  ],
  [
    "review-date-missing: the review line given a date",
    "Review: the assessment will be reviewed regularly.",
    "Review: the assessment will be reviewed by 1 March 2027.",
    "review-date-missing",
    [],
  ],
];

describe("re-check after one cell edit equals a full analysis", () => {
  it.each(cases)("%s", (_, before, after, kind, expected) => {
    const original = dpia(before);
    // The first analysis fills the per-table and per-text memos, as the live session's previous check did.
    analyze(original, { today: TODAY }, { keepTextMemos: true });
    const rechecked = analyze(edited(before, after), { today: TODAY }, { keepTextMemos: true });
    clearTextMemos();
    const full = analyze(dpia(after), { today: TODAY });
    expect(rechecked).toEqual(full);
    expect(rechecked.findings.filter((f) => f.kind === kind).map((f) => f.kind)).toEqual(expected);
  });
});

describe("re-check after an edit of the description equals a full analysis (dpia-screening)", () => {
  const described = (description: string) => dpia("A Jones, 1 March 2026", description);
  const cases: [string, string, string, string[]][] = [
    [
      "a criterion written in",
      "Our team answers questions about bookings by email every working day.",
      "We use CCTV to watch the car park and record everyone who enters it.",
      ["systematic-monitoring"],
    ],
    [
      "the criterion taken out",
      "We use CCTV to watch the car park and record everyone who enters it.",
      "Our team answers questions about bookings by email every working day.",
      [],
    ],
  ];
  it.each(cases)("%s", (_, before, after, expected) => {
    analyze(described(before), { today: TODAY }, { keepTextMemos: true });
    const rechecked = analyze(edited(before, after, described), { today: TODAY }, { keepTextMemos: true });
    clearTextMemos();
    const full = analyze(described(after), { today: TODAY });
    expect(rechecked).toEqual(full);
    expect((rechecked.screening?.criteria ?? []).map((c) => c.id)).toEqual(expected);
  });
});
