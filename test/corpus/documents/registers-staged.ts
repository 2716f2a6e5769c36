/**
 * Registers that score each risk twice, before and after its measures: rows labelled "Inherent" / "Residual" under
 * each risk's row, a "Stage" column beside a merged risk cell, "Rating" rows holding the values of the risk above,
 * small sideways scoring tables headed "Rating" under a heading naming the risk, and one sideways table per risk
 * with an "Inherent" and a "Residual" column. Each is one risk per risk, with its residual level: never a risk named
 * "Inherent", "Residual" or "Rating". Precision twins: a risk whose own text starts with "Residual".
 */
import { cell, heading, p, row, table } from "../../fixtures/docx-builder";
import { built } from "../built";
import { head } from "./bodies";

const merged = (text: string) => cell(text, { vMerge: "restart" });
const continued = () => cell({ vMerge: "continue" });

/** One risk set out under its own heading: an assessment table, its measures, a residual table (ICO words). */
function sidewaysRisk(
  title: string,
  inherent: [string, string, string],
  measure: string,
  residual: [string, string, string],
) {
  return [
    heading(title, 2),
    heading("Assessment", 3),
    table(
      head("Factor", "Rating", "Notes"),
      row("Likelihood (before measures)", inherent[0], ""),
      row("Severity", inherent[1], ""),
      row("Overall risk", inherent[2], ""),
    ),
    heading("Measures", 3),
    p(measure),
    heading("Residual risk (after measures)", 3),
    table(
      head("Factor", "Rating", "Notes"),
      row("Likelihood (after measures)", residual[0], ""),
      row("Severity", residual[1], ""),
      row("Residual risk", residual[2], ""),
    ),
  ];
}

export const stagedRegisterDocuments = [
  built({
    name: "register-stage-rows",
    group: "registers: 'Inherent' / 'Residual' rows under each risk",
    blocks: [
      heading("Parish hall CCTV – risk register", 1),
      p("Each risk is scored before its measures (inherent) and after them (residual) on the ICO matrix."),
      table(
        head("Risk", "Likelihood", "Severity", "Overall risk"),
        row("1. Footage of people queuing for the food bank is viewed by hall hirers", "", "", ""),
        row("Inherent", "Possible", "Severe", "High"),
        row("Residual", "Remote", "Severe", "Low"),
        row("2. Residual recordings stay on the old recorder after it is replaced", "", "", ""),
        row("Inherent", "Possible", "Significant", "Medium"),
        row("Residual", "Remote", "Significant", "Low"),
        row("3. A camera covers the neighbouring garden", "", "", ""),
        row("Inherent", "Probable", "Significant", "High"),
        row("Residual", "Possible", "Severe", "High"),
      ),
      heading("Measures", 2),
      table(
        head("Risk", "Measure"),
        row("1", "Only the hall manager can view recordings; hirers have no access to the recorder"),
        row("2", "The old recorder's disk is wiped and certified before disposal"),
        row("3", "Privacy masking on the garden side of camera 2"),
      ),
    ],
    expectations: {
      gaps: [
        {
          kind: "prior-consultation",
          why: "risk 3 stays high after its measure (possible × severe): Article 36 consultation before processing",
        },
      ],
      risks: {
        count: 3,
        entries: [
          { id: "1", likelihood: "possible", severity: "severe", overall: "high", computed: "high" },
          { id: "2", description: "old recorder", likelihood: "possible", severity: "significant", overall: "medium" },
          { id: "3", likelihood: "probable", severity: "significant", overall: "high", computed: "high" },
        ],
      },
      mustNotReport: [
        { kind: "unmitigated-risk", why: "every risk has a measure and a residual score" },
        { kind: "risk-score-mismatch", why: "every stated level agrees with the matrix" },
        { kind: "invalid-value" },
        { at: "food bank", kindIn: ["unanswered", "placeholder"], why: "the risk's values sit in the rows below it" },
        {
          at: "old recorder",
          kindIn: ["unanswered", "placeholder"],
          why: "the risk's values sit in the rows below it",
        },
      ],
    },
  }),
  built({
    name: "register-stage-column-merged",
    group: "registers: 'Stage' column beside merged risk cells, numeric 5×5 before / after controls",
    options: { matrix: "nhs-5x5" },
    blocks: [
      heading("Home care scheduling app – privacy risk register", 1),
      p(
        "Likelihood and impact are scored 1–5 before and after controls; score = likelihood × impact (Low 1–3, " +
          "Moderate 4–6, High 8–12, Extreme 15–25).",
      ),
      table(
        head("Ref", "Risk", "Stage", "Likelihood", "Impact", "Score", "Controls"),
        row(
          merged("HC1"),
          merged("Carers' phones keep full client medical notes offline"),
          "Inherent",
          "4",
          "4",
          "16",
          merged("Notes shown on the day of the visit only; remote wipe"),
        ),
        row(continued(), continued(), "Residual", "1", "4", "4", continued()),
        row(
          merged("HC2"),
          merged("Key-safe codes written in the visit notes"),
          "Inherent",
          "3",
          "4",
          "6",
          merged("Codes held in the app's locked field, shown at the door only"),
        ),
        row(continued(), continued(), "Residual", "1", "4", "4", continued()),
        row(
          merged("HC3"),
          merged("Carers' locations tracked outside working hours"),
          "Inherent",
          "3",
          "2",
          "6",
          merged("Tracking starts and stops with the shift"),
        ),
        row(continued(), continued(), "Residual", "1", "2", "2", continued()),
      ),
    ],
    expectations: {
      gaps: [{ kind: "risk-score-mismatch", at: "Key-safe codes", why: "3 × 4 = 12 is High, written 6" }],
      risks: {
        count: 3,
        entries: [
          { id: "HC1", likelihood: "likely", severity: "major", overall: "extreme", computed: "extreme" },
          { id: "HC2", likelihood: "possible", severity: "major", computed: "high" },
          { id: "HC3", likelihood: "possible", severity: "minor", overall: "moderate", computed: "moderate" },
        ],
      },
      mustNotReport: [
        { kind: "prior-consultation", why: "every residual score is moderate or low" },
        { kind: "unmitigated-risk" },
        { kind: "invalid-value" },
        { at: "Residual", kindIn: ["unanswered", "placeholder", "risk-score-mismatch"] },
      ],
    },
  }),
  built({
    name: "register-rating-rows",
    group: "registers: risk rows alternating with 'Rating' rows that hold their values",
    blocks: [
      heading("Youth club sign-in tablet – risks and measures", 1),
      table(
        head("Risk", "Likelihood", "Severity", "Overall risk", "Mitigation"),
        row("Sign-in screen shows earlier visitors' names", "", "", "", "Screen clears after each sign-in"),
        row("Rating", "Probable", "Minimal", "Low", ""),
        row("Tablet left unlocked in the hall", "", "", "", "Auto-lock after one minute; PIN known to staff only"),
        row("Rating", "Possible", "Significant", "Medium", ""),
        row("Parents' phone numbers exported to a volunteer's own phone", "", "", "", ""),
        row("Rating", "Possible", "Severe", "Medium", ""),
      ),
    ],
    expectations: {
      gaps: [
        { kind: "risk-score-mismatch", why: "possible × severe is high on the ICO matrix, written medium" },
        {
          kindIn: ["unmitigated-risk", "unanswered"],
          at: "exported to a volunteer",
          why: "a high risk with its mitigation cell empty",
        },
      ],
      risks: {
        count: 3,
        entries: [
          { description: "earlier visitors", likelihood: "probable", severity: "minimal", overall: "low" },
          { description: "unlocked", likelihood: "possible", severity: "significant", computed: "medium" },
          { description: "phone numbers", overall: "medium", computed: "high" },
        ],
      },
      mustNotReport: [
        { at: "Tablet left unlocked", kind: "unmitigated-risk" },
        { at: "earlier visitors", kindIn: ["unanswered", "unmitigated-risk"] },
        { kind: "invalid-value" },
      ],
      acceptable: [{ kind: "lawful-basis-missing", why: "the fragment names no lawful basis at all" }],
    },
  }),
  built({
    name: "register-sideways-stage-tables",
    group: "registers: a heading per risk, sideways 'Rating' tables before and after measures",
    blocks: [
      heading("Allotment society members' portal – DPIA risk section", 1),
      p("Each risk is scored on the ICO matrix before and after its measures."),
      ...sidewaysRisk(
        "Risk 1: Plot holders' home addresses shown on the waiting list page",
        ["Possible", "Significant", "Medium"],
        "The waiting list shows plot numbers only.",
        ["Remote", "Significant", "Low"],
      ),
      ...sidewaysRisk(
        "Risk 2: Committee emails go to all members with every address visible",
        ["Probable", "Significant", "High"],
        "Member emails are sent through the mailing tool, one recipient per message.",
        ["Possible", "Significant", "Medium"],
      ),
      ...sidewaysRisk(
        "Risk 3: Bank details for plot fees kept in a shared spreadsheet",
        ["Possible", "Severe", "High"],
        "The spreadsheet is password protected.",
        ["Possible", "Severe", "High"],
      ),
    ],
    expectations: {
      gaps: [
        {
          kind: "prior-consultation",
          why: "risk 3 stays high after its measure: Article 36 consultation before processing",
        },
      ],
      risks: {
        count: 3,
        entries: [
          {
            id: "1",
            description: "home addresses",
            likelihood: "possible",
            severity: "significant",
            overall: "medium",
          },
          { id: "2", description: "every address visible", likelihood: "probable", computed: "high" },
          { id: "3", description: "Bank details", severity: "severe", overall: "high", computed: "high" },
        ],
      },
      mustNotReport: [
        { kind: "unmitigated-risk", why: "each risk has its measures and a residual score" },
        { kind: "risk-score-mismatch" },
        { kind: "invalid-value" },
        { at: "Rating", kindIn: ["unanswered", "placeholder"], why: "'Rating' heads the value column" },
      ],
      acceptable: [
        {
          kind: "section-missing",
          why: "the extract calls itself part of a DPIA and holds only its risk section: no description, necessity or sign-off",
        },
      ],
    },
  }),
  built({
    name: "register-sideways-inherent-residual-columns",
    group: "registers: one sideways table per risk with 'Inherent' and 'Residual' columns",
    blocks: [
      heading("Church hall booking system – risk assessment", 1),
      p(
        "Risks are scored on the ICO matrix: likelihood remote / possible / probable, severity minimal / significant / severe.",
      ),
      heading("R1 – Hirers' card details emailed to the bookings secretary", 2),
      table(
        head("", "Inherent", "Residual"),
        row("Likelihood", "Probable", "Remote"),
        row("Severity", "Severe", "Severe"),
        row("Overall risk", "High", "Low"),
      ),
      p("Measure: card payments move to the payment provider's hosted page."),
      heading("R2 – The booking calendar shows hirers' full names publicly", 2),
      table(
        head("", "Inherent", "Residual"),
        row("Likelihood", "Possible", "Possible"),
        row("Severity", "Significant", "Minimal"),
        row("Overall risk", "Medium", "Low"),
      ),
      p("Measure: the public calendar shows 'Booked' only."),
    ],
    expectations: {
      gaps: [],
      risks: {
        count: 2,
        entries: [
          { id: "1", description: "card details", likelihood: "probable", severity: "severe", overall: "high" },
          { id: "2", description: "booking calendar", likelihood: "possible", overall: "medium", computed: "medium" },
        ],
      },
      mustNotReport: [
        { kind: "unmitigated-risk", why: "both risks have a measure and a residual score" },
        { kind: "risk-score-mismatch" },
        { kind: "prior-consultation", why: "both residual scores are low" },
        { kind: "invalid-value" },
      ],
    },
  }),
];
