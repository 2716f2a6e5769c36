/**
 * Placeholder habits: template-engine fields, fill-in blanks (underscores, dotted and "…" leaders, masks), the prompts
 * Word and other suites leave in forms, content controls still showing their placeholder whatever it says, and option
 * lists left unchosen — each next to filled answers that look a little like them.
 */
import { cell, contentControl, heading, p, row, run, table } from "../../fixtures/docx-builder";
import { built } from "../built";

const head = (...texts: string[]) => row(...texts.map((t) => cell(p(run(t, { bold: true })), { shading: "D9D9D9" })));
const OPTION_LIST = ["placeholder", "unresolved-choice"] as const;

export const placeholderDocuments = [
  built({
    name: "placeholders-template-engines",
    group: "placeholders: template-engine fields",
    blocks: [
      heading("Privacy impact assessment", 1),
      table(
        row("Project", "{{ project_name }}"),
        row("Prepared by", "{ author }"),
        row("Business unit", "${business_unit}"),
        row("Data owner", "[[data_owner]]"),
        row("Version", "0.3"),
        row("Hosting region", "eu-west-2 (London)"),
      ),
      heading("Data flows", 2),
      p(
        'Usage events reach the collector as JSON, for example {"event": "login", "ts": 1700000000}; no other field is stored.',
      ),
      p("Customer records are exported every night to ${export_target}."),
      p("Raw events are deleted after {{retention_days}} days."),
      p("Only the analytics team can query the warehouse (see the access matrix in section 4 [1])."),
    ],
    expectations: {
      gaps: [
        { kind: "placeholder", text: "{{ project_name }}" },
        { kind: "placeholder", text: "{ author }" },
        { kind: "placeholder", text: "${business_unit}" },
        { kind: "placeholder", text: "[[data_owner]]" },
        { kind: "placeholder", text: "${export_target}" },
        { kind: "placeholder", text: "{{retention_days}}" },
      ],
      mustNotReport: [
        { text: '"event": "login"', why: "a JSON example, not a template field" },
        { text: "eu-west-2" },
        { text: "access matrix in section 4", why: "a footnote mark is not a placeholder" },
      ],
    },
  }),
  built({
    name: "placeholders-blanks-and-masks",
    group: "placeholders: blanks, leaders, masks",
    blocks: [
      heading("Event photography – consent and privacy checklist", 1),
      p("Event name: ______________________"),
      p("Date of event: dd/mm/yyyy"),
      p("Photographer: .............................."),
      p("Venue: Castlegate Community Hall, Lowther Street"),
      p("Checklist reference: REF-YYYY-NN"),
      p("Consent form batch: REF-2026-07"),
      p("Consent forms collected on: 14/03/2026"),
      p("Contact for take-down requests: …………………"),
      p("Children photographed: yes – only those whose parent signed the form on the day."),
      p("Photos are kept in the communications team's picture library and deleted after two years."),
      p("Signed: ____________________    Date: ____________"),
    ],
    expectations: {
      gaps: [
        { kindIn: ["placeholder", "unanswered"], at: "Event name" },
        { kindIn: ["placeholder", "unanswered"], at: "Date of event" },
        { kindIn: ["placeholder", "unanswered"], at: "Photographer" },
        { kindIn: ["placeholder", "unanswered"], at: "Checklist reference" },
        { kindIn: ["placeholder", "unanswered"], at: "Contact for take-down requests" },
        {
          kindIn: ["signoff-missing", "placeholder", "unanswered"],
          at: "Signed",
          min: 1,
          max: 2,
          why: "signature and date blank: one gap, reported once or per blank",
        },
      ],
      mustNotReport: [
        { text: "Castlegate Community Hall" },
        { text: "REF-2026-07", why: "a filled reference in the mask's shape" },
        { text: "14/03/2026" },
        { text: "Children photographed" },
        { text: "deleted after two years" },
      ],
    },
  }),
  built({
    name: "placeholders-word-prompts",
    group: "placeholders: Word's prompts as text",
    blocks: [
      heading("Payroll system replacement – data protection screening", 1),
      table(
        head("Item", "Answer"),
        row("Name of the system", "Click or tap here to enter text."),
        row("Go-live date", "Click here to enter a date."),
        row("Data category", "Choose an item."),
        row("System owner", "Insert name"),
        row("Supplier contact", "Type here"),
        row("Author", "Your name goes here"),
        row("Hosting", "Microsoft Azure, UK South region"),
        row("Users", "About forty staff in the payroll and pensions team"),
      ),
    ],
    expectations: {
      gaps: [
        { kind: "placeholder", text: "Click or tap here to enter text." },
        { kind: "placeholder", text: "Click here to enter a date." },
        { kind: "placeholder", text: "Choose an item." },
        { kind: "placeholder", text: "Insert name" },
        { kind: "placeholder", text: "Type here" },
        { kind: "placeholder", text: "Your name goes here" },
      ],
      mustNotReport: [{ text: "UK South region" }, { text: "payroll and pensions team" }],
    },
  }),
  built({
    name: "placeholders-content-controls",
    group: "placeholders: content controls showing their prompt",
    blocks: [
      heading("Visitor Wi-Fi portal – privacy checklist", 1),
      table(
        row("Project name", cell(p(contentControl("project", "Visitor Wi-Fi portal")))),
        row(
          "Project manager",
          cell(p(contentControl("pm", "", { placeholder: true, prompt: "Enter the project manager's name" }))),
        ),
        row("Start date", cell(p(contentControl("start", "", { placeholder: true, type: "date" })))),
        row(
          "Risk category",
          cell(
            p(
              contentControl("category", "", { placeholder: true, type: "dropDown", items: ["Low", "Medium", "High"] }),
            ),
          ),
        ),
        row("Network used by", cell(p(contentControl("users", "", { placeholder: true, prompt: "Guests" })))),
        row("Data kept", cell(p(contentControl("kept", "Device MAC address and connection times, for 30 days")))),
        row(
          "Decision",
          cell(p(contentControl("decision", "Approved", { type: "dropDown", items: ["Approved", "Rejected"] }))),
        ),
      ),
    ],
    expectations: {
      gaps: [
        { kind: "placeholder", text: "Enter the project manager's name" },
        { kind: "placeholder", text: "Click or tap to enter a date" },
        { kind: "placeholder", text: "Choose an item" },
        {
          kind: "placeholder",
          text: "Guests",
          why: "a control still showing its placeholder, though the prompt reads like an answer",
        },
      ],
      mustNotReport: [
        { text: "Visitor Wi-Fi portal" },
        { text: "Device MAC address" },
        { text: "Approved", why: "a drop-down with its item chosen" },
      ],
    },
  }),
  built({
    name: "option-lists-unchosen",
    group: "placeholders: option lists",
    blocks: [
      heading("Pupil data export – measures tracker", 1),
      table(
        head("Measure", "Risk", "Status", "Owner"),
        row("Pseudonymise pupil numbers before the export", "R1", "Proposed / In progress / Done", "Data manager"),
        row("Two-factor sign-in for staff accounts", "R2", "Done", "IT lead"),
        row("Termly review of who can run exports", "R3", "In progress", "Business manager"),
      ),
      p(run("Status key: Proposed / In progress / Done", { italic: true })),
      heading("Decision of the governing board", 2),
      p("Approve / Approve with conditions / Reject"),
    ],
    expectations: {
      gaps: [
        { kindIn: [...OPTION_LIST], at: "Pseudonymise pupil numbers", text: "Proposed / In progress / Done" },
        { kindIn: [...OPTION_LIST], text: "Approve / Approve with conditions / Reject" },
      ],
      mustNotReport: [
        { text: "Status key", why: "a legend explaining the options" },
        { at: "Two-factor sign-in" },
        { at: "Termly review" },
      ],
    },
  }),
  built({
    name: "option-lists-chosen",
    group: "precision: option labels that are answers",
    blocks: [
      heading("Library self-service kiosks – measures and decision", 1),
      table(
        head("Measure", "Status (Proposed / In progress / Done)", "Owner"),
        row("Kiosk screens time out after 60 seconds", "Done", "Library systems officer"),
        row("Receipts show only the last four digits of the card", "In progress", "Supplier account manager"),
        row("Staff guidance on helping at the kiosk", "Proposed", "Service manager"),
      ),
      heading("Decision", 2),
      p(
        "Decision (approve / approve with conditions / reject): approve with conditions – guidance to be issued first.",
      ),
    ],
    expectations: {
      gaps: [],
      mustNotReport: [
        { kindIn: ["placeholder", "unresolved-choice", "unanswered"], why: "every status and the decision are chosen" },
      ],
    },
  }),
];
