/**
 * Choices in every form: ☐/☒ glyphs inline, legacy form-field boxes, Wingdings boxes, Word checkbox content controls
 * (their checked state decides, not the glyph they show), a Yes | ☐ | No | ☐ row (one choice, not two questions), none
 * ticked (unresolved-choice), "choose one" with several ticked or a typed "x" beside an unticked box
 * (contradictory-choice) — and the same forms answered.
 */
import { cell, checkboxCC, formCheckbox, heading, p, row, run, table, wingdingsBox } from "../../fixtures/docx-builder";
import { built } from "../built";

const head = (...texts: string[]) => row(...texts.map((t) => cell(p(run(t, { bold: true })), { shading: "D9D9D9" })));

export const choiceDocuments = [
  built({
    name: "choices-inline-glyphs",
    group: "choices: ☐/☒ inline",
    blocks: [
      heading("Fleet telematics – screening questions", 1),
      p("1. Will drivers be tracked outside working hours?  ☐Yes ☐No"),
      p("2. Will the data be used in disciplinary cases?  ☒ Yes ☐ No"),
      p("3. Have the drivers' union representatives been consulted?  ☐ Yes ☒ No"),
      p("4. Does the supplier process data outside the UK?  ☐Yes ☐No ☐Don't know"),
      p("5. How will drivers be told? (choose one)"),
      p("☒ Staff handbook   ☒ Letter to each driver   ☐ Team briefing"),
      p("6. Is location history kept for more than 90 days?  x ☐ Yes   ☐ No"),
    ],
    expectations: {
      gaps: [
        { kind: "unresolved-choice", at: "tracked outside working hours" },
        { kind: "unresolved-choice", at: "outside the UK" },
        { kind: "contradictory-choice", at: "Staff handbook", why: "choose one, two ticked" },
        {
          kindIn: ["contradictory-choice", "unresolved-choice"],
          at: "location history",
          why: "a typed x beside an unticked box: the form says nothing is ticked, the x says Yes",
        },
      ],
      mustNotReport: [{ text: "disciplinary cases" }, { text: "union representatives" }],
    },
  }),
  built({
    name: "choices-form-fields-and-symbols",
    group: "choices: legacy form fields, Wingdings, checkbox controls",
    blocks: [
      heading("Research data request – screening", 1),
      table(
        head("Question", "Answer"),
        row(
          "Does the request involve special category data?",
          cell(p("Yes ", formCheckbox(false), "   No ", formCheckbox(false))),
        ),
        row("Will any data leave the UK?", cell(p("Yes ", formCheckbox(false), "   No ", formCheckbox(true)))),
        row(
          "Is there a data processing agreement?",
          cell(p(wingdingsBox(false), " Yes   ", wingdingsBox(false), " No")),
        ),
        row(
          "Has the data protection officer been consulted?",
          cell(p(wingdingsBox(true), " Yes   ", wingdingsBox(false), " No")),
        ),
        row(
          "Will records of children be included?",
          cell(p(checkboxCC(true, "children-yes", { glyph: "☐" }), " Yes   ", checkboxCC(false, "children-no"), " No")),
        ),
        row(
          "Will decisions be made automatically about anyone?",
          cell(p(checkboxCC(false, "adm-yes", { glyph: "☒" }), " Yes   ", checkboxCC(false, "adm-no"), " No")),
        ),
      ),
    ],
    expectations: {
      gaps: [
        { kind: "unresolved-choice", at: "special category data" },
        { kind: "unresolved-choice", at: "data processing agreement" },
        {
          kind: "unresolved-choice",
          at: "decisions be made automatically",
          why: "both controls unchecked; the ☒ glyph on Yes is not its state",
        },
      ],
      mustNotReport: [
        { at: "leave the UK" },
        { at: "data protection officer been consulted" },
        { at: "records of children", why: "Yes is checked (its glyph was not updated)" },
        { kind: "unanswered", why: "every question has its boxes: a choice, not an empty answer" },
      ],
    },
  }),
  built({
    name: "choices-yes-no-row",
    group: "choices: Yes | ☐ | No | ☐ rows",
    blocks: [
      heading("Estate CCTV – operating questions", 1),
      table(
        row(
          "Will images be shared with the police?",
          "Yes",
          cell(p(checkboxCC(false))),
          "No",
          cell(p(checkboxCC(false))),
        ),
        row(
          "Are signs displayed at each entrance?",
          "Yes",
          cell(p(checkboxCC(true))),
          "No",
          cell(p(checkboxCC(false))),
        ),
        row("Is footage encrypted at rest?", "Yes", cell(p(checkboxCC(false))), "No", cell(p(checkboxCC(true)))),
        row(
          "Can residents ask for copies of footage?",
          "Yes",
          cell(p(checkboxCC(false))),
          "No",
          cell(p(checkboxCC(false))),
        ),
      ),
    ],
    expectations: {
      jurisdiction: "unknown",
      gaps: [
        { kind: "unresolved-choice", at: "shared with the police", why: "one choice, reported once" },
        { kind: "unresolved-choice", at: "ask for copies of footage" },
      ],
      mustNotReport: [
        { kind: "unanswered", why: "a Yes | ☐ | No | ☐ row is one choice, not questions with empty cells" },
        { at: "signs displayed" },
        { at: "encrypted at rest" },
      ],
    },
  }),
  built({
    name: "choices-choose-one-controls",
    group: "choices: 'choose one' with checkbox controls",
    blocks: [
      heading("Membership data export – options", 1),
      p("How often will the export run? (choose one)"),
      p(checkboxCC(true), " Daily   ", checkboxCC(false), " Weekly   ", checkboxCC(true), " Monthly"),
      p("Where will the export be stored? (choose one)"),
      p(checkboxCC(false), " Shared drive   ", checkboxCC(true), " Finance system   ", checkboxCC(false), " Email"),
      p("Who receives the export? (tick all that apply)"),
      p(checkboxCC(true), " Treasurer   ", checkboxCC(true), " Membership secretary   ", checkboxCC(false), " Auditor"),
    ],
    expectations: {
      jurisdiction: "unknown",
      gaps: [{ kind: "contradictory-choice", at: "Monthly", why: "choose one, two ticked" }],
      mustNotReport: [
        { at: "Finance system", why: "exactly one ticked" },
        { at: "Treasurer", why: "tick all that apply: several ticks are the answer" },
        { kind: "unresolved-choice" },
      ],
    },
  }),
  built({
    name: "choices-answered",
    group: "precision: choices made",
    blocks: [
      heading("Staff wellbeing app – screening", 1),
      p("Is the app optional for staff? ☒Yes ☐No"),
      p("Will managers see individual scores?  Yes ☐  No ☒"),
      table(
        head("Question", "Yes/No", "Notes"),
        row("Is the supplier certified to ISO 27001?", "Yes", "Certificate checked in March"),
        row("Are scores shared with HR?", "No", "Only anonymous totals for teams of ten or more"),
      ),
      p("Where is the data hosted? (tick one)"),
      p(checkboxCC(false), " United States   ", checkboxCC(true), " United Kingdom   ", checkboxCC(false), " Other"),
      p("Has the staff forum been consulted?"),
      p("Yes ", formCheckbox(true), "   No ", formCheckbox(false)),
    ],
    expectations: {
      gaps: [],
      mustNotReport: [
        {
          kindIn: ["unresolved-choice", "contradictory-choice", "unanswered", "placeholder"],
          why: "every choice is made",
        },
      ],
    },
  }),
];
