/**
 * Questions in any numbering ("1.", "2)", "Q3", "3a", "(a)", "1.1", none) and mood (question "?", "Please describe …:",
 * Describe / List / Outline / Explain / Provide / Give details of / Tell us, labels "Directorate:") in each layout:
 * paragraph then answer paragraph, label | answer row, question row with the answer row below, question cell with the
 * answer cell below. Each document mixes unanswered prompts with answered ones (precision).
 */
import { cell, heading, numberedItem, p, row, run, table } from "../../fixtures/docx-builder";
import { built } from "../built";

const q = (text: string) => p(run(text, { bold: true }));
const shaded = (text: string) => cell(text, { shading: "D9E2F3" });

export const questionDocuments = [
  built({
    name: "questions-paragraphs",
    group: "numbering × mood: paragraphs",
    blocks: [
      heading("Harbourside Food Bank – volunteer rota app: privacy questionnaire", 1),
      p("Write each answer in the paragraph under its question."),
      heading("Section 1: The project", 2),
      q("1. What is the name of the project?"),
      p("Volunteer rota app (RotaMate)"),
      q("2) Who is the project lead?"),
      p(""),
      q("Q3 Please describe the project:"),
      p(""),
      q("3a Outline how volunteers will sign up."),
      p(
        "Volunteers download the app and register with an email address and mobile number; a coordinator approves each account.",
      ),
      heading("Section 2: The data", 2),
      q("(a) List the personal data the app will hold."),
      p("Name, email, mobile number, availability and an emergency contact."),
      q("(b) Explain why each item is needed."),
      p(""),
      q("1.1 Provide the retention period for volunteer records."),
      p("Twelve months after a volunteer's last shift."),
      q("Give details of any other organisation that will see the data."),
      p(""),
      q("Tell us whether any volunteers are under 18."),
      p("Yes – 16 and 17 year olds volunteer with a parent's written agreement."),
      q("Team responsible:"),
      p("Operations"),
    ],
    expectations: {
      jurisdiction: "unknown",
      gaps: [
        { kind: "unanswered", text: "Who is the project lead" },
        { kind: "unanswered", text: "Please describe the project" },
        { kind: "unanswered", text: "Explain why each item is needed" },
        { kind: "unanswered", text: "Give details of any other organisation" },
      ],
      mustNotReport: [
        { text: "What is the name of the project", why: "answered in the next paragraph" },
        { text: "RotaMate" },
        { text: "Outline how volunteers will sign up" },
        { text: "List the personal data the app will hold" },
        { text: "Provide the retention period" },
        { text: "Tell us whether any volunteers" },
        { text: "16 and 17 year olds" },
        { text: "Team responsible" },
      ],
    },
  }),
  built({
    name: "questions-label-rows",
    group: "numbering × mood: label | answer rows",
    blocks: [
      heading("Adult Social Care – project privacy questionnaire", 1),
      p("Fill in the right-hand column. Ask the information governance team if a question does not apply."),
      table(
        row("Directorate:", ""),
        row("Service area:", "Reablement"),
        row("Project title", "Falls-prevention sensor pilot"),
        row("Q4 What personal data will be collected?", ""),
        row(
          "5. Describe how the sensors record movement.",
          "Passive infrared sensors log room-to-room movement every ten minutes; there are no cameras or microphones.",
        ),
        row(
          "6) Will readings be shared outside the council?",
          "Yes, with the community falls team at the local NHS trust, under the joint care record agreement.",
        ),
        row("List the staff roles with access:", ""),
        row("Explain how long readings are kept.", "Ninety days, then only weekly totals are kept."),
        row("Provide the name of the supplier.", ""),
      ),
    ],
    expectations: {
      gaps: [
        { kind: "unanswered", text: "Directorate" },
        { kind: "unanswered", text: "What personal data will be collected" },
        { kind: "unanswered", text: "List the staff roles with access" },
        { kind: "unanswered", text: "Provide the name of the supplier" },
      ],
      mustNotReport: [
        { text: "Reablement" },
        { text: "Falls-prevention sensor pilot" },
        { text: "Passive infrared sensors" },
        { text: "community falls team" },
        { text: "Ninety days" },
      ],
    },
  }),
  built({
    name: "questions-row-below",
    group: "numbering × mood: answer in the row below",
    blocks: [
      heading("Meadowbank Homes – CCTV upgrade in communal entrances", 1),
      heading("Part 1: Describe the processing", 2),
      table(
        row(shaded("1.1 Describe the purpose of the CCTV upgrade.")),
        row("To deter antisocial behaviour in the communal entrances of three blocks."),
        row(shaded("1.2 What areas will the cameras cover?")),
        row(""),
        row(shaded("1.3 Give details of who can view recordings.")),
        row("The estate manager and the housing officer for the block; the police on written request."),
        row(shaded("1.4 How long will footage be retained?")),
        row(""),
        row(shaded("1.5 Outline how residents will be told about the cameras.")),
        row(""),
        row(shaded("1.6 Tell us whether audio is recorded.")),
        row("No. Audio recording is switched off on every unit."),
      ),
    ],
    expectations: {
      gaps: [
        { kind: "unanswered", text: "What areas will the cameras cover" },
        { kind: "unanswered", text: "How long will footage be retained" },
        { kind: "unanswered", text: "Outline how residents will be told" },
      ],
      mustNotReport: [
        { text: "Describe the purpose of the CCTV upgrade" },
        { text: "deter antisocial behaviour" },
        { text: "Give details of who can view recordings" },
        { text: "estate manager" },
        { text: "Tell us whether audio is recorded" },
        { text: "Audio recording is switched off" },
      ],
    },
  }),
  built({
    name: "questions-cell-below",
    group: "numbering × mood: answer in the cell below",
    blocks: [
      heading("Brightwater Academy Trust – lesson recording for absent pupils", 1),
      heading("A. Who is responsible", 2),
      table(
        row(shaded("Name of the controller"), shaded("Data protection officer"), shaded("Date of assessment")),
        row("Brightwater Academy Trust", "", ""),
      ),
      heading("B. The processing", 2),
      table(
        row(
          shaded("What is the purpose?"),
          shaded("Who are the data subjects?"),
          shaded("Where is the recording stored?"),
        ),
        row(
          "Recording lessons so that pupils off sick can catch up",
          "Pupils in years 10 and 11 and their teachers",
          "",
        ),
      ),
    ],
    expectations: {
      gaps: [
        { kind: "unanswered", text: "Data protection officer" },
        { kind: "unanswered", text: "Date of assessment" },
        { kind: "unanswered", text: "Where is the recording stored" },
      ],
      mustNotReport: [
        { text: "Name of the controller" },
        { text: "What is the purpose" },
        { text: "Who are the data subjects" },
        { text: "Pupils in years 10 and 11" },
      ],
    },
  }),
  built({
    name: "questions-answers-lower",
    group: "precision: guidance rows, answers a few rows lower",
    blocks: [
      heading("Riverside Surgery – text message reminders", 1),
      table(
        row(shaded("2. What data will be used for the reminders?")),
        row(
          cell(
            p(
              run("Guidance: think about identifiers, contact details and anything about the appointment itself.", {
                italic: true,
              }),
            ),
          ),
        ),
        row(cell(p(run("For example: NHS number, mobile number, clinic name.", { italic: true, color: "808080" })))),
        row(
          "Patient first name, mobile number, appointment date, time and surgery site. The clinic type is not included.",
        ),
        row(shaded("3. Explain how patients can opt out.")),
        row(cell(p(run("Tip: say what happens to a patient who replies STOP.", { italic: true })))),
        row(
          "Replying STOP removes the number from the reminder list the same day; reception can also record an opt-out.",
        ),
      ),
      q("4. Who sends the messages?"),
      p(run("Name the supplier and say where its servers are.", { italic: true })),
      p("Our practice system's messaging module, hosted in UK data centres by the system supplier."),
    ],
    expectations: {
      gaps: [],
      mustNotReport: [
        {
          kindIn: ["unanswered", "placeholder", "unresolved-choice"],
          why: "every question is answered, under its guidance",
        },
      ],
    },
  }),
];

export const moreQuestionDocuments = [
  built({
    name: "questions-word-numbering-and-labels",
    group: "numbering × mood: Word list numbering, inline labels",
    blocks: [
      heading("Libraries service – e-book lending platform: privacy questions", 1),
      p(run("Directorate:", { bold: true })),
      p(run("Service: ", { bold: true }), "Libraries and archives"),
      p(run("Project lead: ", { bold: true }), "________________"),
      numberedItem("What is the platform called?"),
      p("BorrowBox-style lending through the county's library card (procured as 'Read Anywhere')."),
      numberedItem("Will any reading history be shared with the publisher?"),
      numberedItem("Please describe the project:"),
      numberedItem("Describe how borrowers sign in."),
      p("With their library card number and PIN; no separate account is created."),
      numberedItem("List the data the supplier receives."),
      p(""),
    ],
    expectations: {
      gaps: [
        { kindIn: ["unanswered", "placeholder"], at: "Directorate", why: "a label with nothing after it" },
        { kindIn: ["placeholder", "unanswered"], at: "Project lead" },
        { kind: "unanswered", text: "Will any reading history be shared" },
        { kind: "unanswered", text: "Please describe the project" },
        { kind: "unanswered", text: "List the data the supplier receives" },
      ],
      mustNotReport: [
        { at: "Libraries and archives" },
        { text: "What is the platform called" },
        { text: "Read Anywhere" },
        { text: "Describe how borrowers sign in" },
        { text: "library card number and PIN" },
      ],
    },
  }),
  built({
    name: "questions-numbered-column",
    group: "numbering × mood: number | question | response columns",
    blocks: [
      heading("Coastal Ambulance Charity – donor database migration: screening", 1),
      table(
        row(shaded("No."), shaded("Question"), shaded("Response")),
        row(
          "Q1",
          "Outline the purpose of the migration.",
          "Moving donor records from spreadsheets to a CRM so that Gift Aid claims can be checked.",
        ),
        row("Q2", "Explain which records will not be migrated.", ""),
        row(
          "(c)",
          "Give details of the CRM supplier's hosting.",
          "UK data centres; supplier is a processor under a written contract.",
        ),
        row("4a", "Tell us who will have access after the migration.", ""),
        row("4b", "Is any donor under 18?", "No – donors must be 18 or over to give through our forms."),
        row("", "Any other comments?", "None"),
      ),
    ],
    expectations: {
      gaps: [
        { kind: "unanswered", text: "Explain which records will not be migrated" },
        { kind: "unanswered", text: "Tell us who will have access" },
      ],
      mustNotReport: [
        { at: "Outline the purpose of the migration" },
        { at: "CRM supplier's hosting" },
        { at: "donor under 18" },
        { at: "Any other comments", why: "answered 'None'" },
      ],
    },
  }),
];
