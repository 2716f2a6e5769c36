/**
 * Risk registers as people draw them: a merged "Risk" header over an ID and a description column (the merge must not
 * shift columns), numeric 5×5 scores, registers without an overall column, rows indented with gridBefore, reference
 * heat maps and band legends that are not registers, an empty template register, and risk rows whose values are all
 * template text (placeholder findings, nothing more).
 */
import { cell, heading, p, row, rowAfterGap, run, table } from "../../fixtures/docx-builder";
import { built } from "../built";
import { head } from "./bodies";

const bold = (t: string, options: { span?: number; vMerge?: "restart" | "continue" } = {}) =>
  cell(p(run(t, { bold: true })), { shading: "D9D9D9", ...options });

export const registerDocuments = [
  built({
    name: "register-merged-risk-header",
    group: "registers: merged 'Risk' header over ID | description",
    blocks: [
      heading("Volunteer rota sharing – risk assessment", 1),
      p(
        "Risks scored on the ICO matrix (likelihood remote / possible / probable, severity minimal / significant / severe).",
      ),
      table(
        row(
          bold("Risk", { span: 2 }),
          bold("Likelihood", { vMerge: "restart" }),
          bold("Severity", { vMerge: "restart" }),
          bold("Overall risk", { vMerge: "restart" }),
        ),
        row(
          bold("ID"),
          bold("Description"),
          cell({ vMerge: "continue" }),
          cell({ vMerge: "continue" }),
          cell({ vMerge: "continue" }),
        ),
        row("R1", "Volunteers see each other's home phone numbers on the shared rota", "Probable", "Minimal", "Low"),
        row(
          "R2",
          "The rota spreadsheet is emailed outside the organisation by mistake",
          "Possible",
          "Severe",
          "Medium",
        ),
        row("R3", "Old rotas are kept indefinitely in personal inboxes", "Possible", "Significant", "Medium"),
      ),
      heading("Measures", 2),
      table(
        head("Risk", "Measure"),
        row("R1", "Rota shows first names and a relay number only"),
        row("R2", "Rota moved to a shared calendar; sharing outside the domain blocked"),
        row("R3", "Calendar entries older than three months deleted automatically"),
      ),
    ],
    expectations: {
      gaps: [
        {
          kind: "risk-score-mismatch",
          at: "emailed outside the organisation",
          why: "possible × severe is high on the ICO matrix, written medium",
        },
      ],
      risks: {
        count: 3,
        entries: [
          { id: "R1", likelihood: "probable", severity: "minimal", overall: "low", computed: "low" },
          { id: "R2", likelihood: "possible", severity: "severe", overall: "medium", computed: "high" },
          { id: "R3", likelihood: "possible", severity: "significant", overall: "medium", computed: "medium" },
        ],
      },
      mustNotReport: [
        { kind: "invalid-value", why: "every value is an ICO matrix word" },
        { kind: "unmitigated-risk" },
        { at: "Volunteers see each other's", kindIn: ["invalid-value", "placeholder", "unanswered"] },
      ],
    },
  }),
  built({
    name: "register-numeric-5x5",
    group: "registers: numeric 5×5 with a mitigation column",
    options: { matrix: "nhs-5x5" },
    blocks: [
      heading("Community pharmacy delivery app – privacy risk register", 1),
      p(
        "Probability and impact are scored 1–5; score = probability × impact (Low 1–3, Moderate 4–6, High 8–12, Extreme 15–25).",
      ),
      table(
        head("Ref", "Risk description", "Probability (1-5)", "Impact (1-5)", "Score", "Rating", "Mitigation"),
        row(
          "PR-01",
          "Delivery driver leaves medicines with a neighbour who sees the label",
          "3",
          "3",
          "9",
          "High",
          "Plain packaging; signature from the patient only",
        ),
        row(
          "PR-02",
          "Driver app shows full prescription details",
          "2",
          "4",
          "8",
          "High",
          "App shows address and parcel number only",
        ),
        row(
          "PR-03",
          "Location history of drivers retained beyond need",
          "4",
          "2",
          "8",
          "High",
          "Trips deleted after 30 days",
        ),
        row(
          "PR-04",
          "Breach of the delivery platform exposes patient addresses",
          "2",
          "5",
          "10",
          "Moderate",
          "Supplier certified to ISO 27001; encryption at rest",
        ),
      ),
    ],
    expectations: {
      gaps: [{ kind: "risk-score-mismatch", at: "PR-04", why: "2 × 5 = 10 is High, written Moderate" }],
      risks: { count: 4 },
      mustNotReport: [{ kind: "unmitigated-risk", why: "every row has its mitigation" }, { kind: "invalid-value" }],
    },
  }),
  built({
    name: "register-no-overall-column",
    group: "registers: no overall column, mitigation column partly empty",
    blocks: [
      heading("Swim school booking system – risks", 1),
      table(
        head("Risk", "Likelihood", "Impact", "Mitigation"),
        row(
          "Parents' card details stored by the booking page",
          "Possible",
          "Severe",
          "Card payments taken by the payment provider's hosted page",
        ),
        row("Children's medical notes visible to all instructors", "Probable", "Significant", ""),
        row("Waiting list kept after a child starts lessons", "Probable", "Minimal", "Removed when the child starts"),
      ),
    ],
    expectations: {
      gaps: [
        {
          kindIn: ["unmitigated-risk", "unanswered"],
          at: "medical notes visible",
          why: "probable × significant = high, and its mitigation cell is empty",
        },
      ],
      risks: {
        count: 3,
        entries: [
          { description: "card details", computed: "high", overall: null },
          { description: "medical notes", computed: "high" },
          { description: "Waiting list", computed: "low" },
        ],
      },
      mustNotReport: [{ at: "card details", kind: "unmitigated-risk" }, { kind: "risk-score-mismatch" }],
      acceptable: [
        {
          kind: "special-category-condition-missing",
          why: "children's medical notes are health data and no Article 9 condition is named",
        },
        { kind: "lawful-basis-missing", why: "the fragment names no lawful basis at all" },
      ],
    },
  }),
  built({
    name: "register-grid-before",
    group: "registers: rows indented with gridBefore",
    blocks: [
      heading("Mobile library van – risk table", 1),
      table(
        head("No.", "Risk", "Likelihood", "Severity", "Overall"),
        rowAfterGap(1, "Borrower list printed and left in the van", "Possible", "Significant", "Medium"),
        rowAfterGap(1, "Tablet with the loans app stolen", "Possible", "Minimal", "Low"),
      ),
      p("Measures: borrower lists are no longer printed; the tablet is encrypted and can be wiped remotely."),
    ],
    expectations: {
      gaps: [],
      risks: {
        count: 2,
        entries: [
          {
            description: "Borrower list printed",
            likelihood: "possible",
            severity: "significant",
            overall: "medium",
            computed: "medium",
          },
          { description: "Tablet", likelihood: "possible", severity: "minimal", overall: "low", computed: "low" },
        ],
      },
      mustNotReport: [{ kindIn: ["risk-score-mismatch", "invalid-value", "unanswered", "placeholder"] }],
      acceptable: [
        {
          kind: "unmitigated-risk",
          at: "Borrower list printed",
          why: "the measures sentence does not name the risk by number; pairing it is a judgement",
        },
      ],
    },
  }),
  built({
    name: "register-heat-map-not-a-register",
    group: "registers: reference heat map and band legend beside a real register",
    blocks: [
      heading("Customer loyalty scheme – risk assessment", 1),
      heading("How we score risk", 2),
      table(
        head("Severity \\ Likelihood", "Remote", "Possible", "Probable"),
        row("Severe", "Low", "High", "High"),
        row("Significant", "Low", "Medium", "High"),
        row("Minimal", "Low", "Low", "Low"),
      ),
      table(
        head("Band", "Meaning"),
        row("Low", "Accept and monitor"),
        row("Medium", "Reduce where practicable"),
        row("High", "Reduce before launch"),
      ),
      heading("Risks", 2),
      table(
        head("Risk", "Likelihood", "Severity", "Overall", "Measure"),
        row(
          "Purchase history used to infer health conditions",
          "Possible",
          "Significant",
          "Medium",
          "No product-level profiling of pharmacy lines",
        ),
        row(
          "Points balance visible to other household members",
          "Probable",
          "Minimal",
          "Low",
          "Balance only after sign-in",
        ),
      ),
    ],
    expectations: {
      gaps: [],
      risks: {
        count: 2,
        entries: [
          { description: "infer health conditions", computed: "medium" },
          { description: "Points balance", computed: "low" },
        ],
      },
      mustNotReport: [
        { kindIn: ["risk-score-mismatch", "invalid-value", "unmitigated-risk", "unanswered", "placeholder"] },
        { at: "Accept and monitor" },
      ],
    },
  }),
  built({
    name: "register-empty-template",
    group: "registers: empty template register",
    blocks: [
      heading("Staff travel booking tool – DPIA: risks", 1),
      p("List each risk to individuals and score it."),
      table(
        head("Risk", "Likelihood", "Severity", "Overall risk"),
        row("____________", "____", "____", "____"),
        row("", "", "", ""),
        row("", "", "", ""),
      ),
    ],
    expectations: {
      gaps: [
        {
          kindIn: ["unanswered", "placeholder", "section-missing", "risk-not-scored"],
          min: 1,
          max: 4,
          why: "no risk has been written in: the register is still the template",
        },
      ],
      risks: { count: 0 },
      mustNotReport: [{ kind: "risk-score-mismatch" }, { kind: "unmitigated-risk" }, { kind: "invalid-value" }],
    },
  }),
  built({
    name: "register-values-template-text",
    group: "registers: values left as the template's option lists",
    blocks: [
      heading("DPIA – Friends of Elm Park: volunteer and donor lists (extract: Steps 5 and 6)", 1),
      heading("Step 5: Identify and assess risks", 2),
      table(
        head(
          "Describe the source of risk and nature of potential impact on individuals",
          "Likelihood of harm",
          "Severity of harm",
          "Overall risk",
        ),
        row(
          "Volunteer rota shared on a public link",
          "Remote, possible or probable",
          "Minimal, significant or severe",
          "Low, medium or high",
        ),
        row("Donor emails copied into a personal account", "Possible", "Significant", "Medium"),
      ),
      heading("Step 6: Identify measures to reduce risk", 2),
      table(
        head("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
        row(
          "Donor emails copied into a personal account",
          "Block forwarding to personal domains",
          "Reduced",
          "Low",
          "Yes",
        ),
      ),
    ],
    expectations: {
      gaps: [
        { kindIn: ["placeholder", "unresolved-choice"], text: "Remote, possible or probable" },
        { kindIn: ["placeholder", "unresolved-choice"], text: "Minimal, significant or severe" },
        { kindIn: ["placeholder", "unresolved-choice"], text: "Low, medium or high" },
      ],
      mustNotReport: [
        {
          kind: "risk-score-mismatch",
          at: "public link",
          why: "one finding per problem: its values are template text",
        },
        { kind: "risk-not-scored", why: "its placeholders are the findings" },
        { kind: "unmitigated-risk", at: "Donor emails" },
      ],
      acceptable: [
        {
          kind: "unmitigated-risk",
          at: "public link",
          why: "no Step 6 measure for it, though its level is unknown until scored",
        },
      ],
    },
  }),
];
