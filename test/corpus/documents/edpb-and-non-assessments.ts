/**
 * The EDPB's harmonised DPIA template (sections 0–6 and a conclusion whose decision is approve / conditionally approve /
 * reject / consult), recognised as "edpb-dpia" with its decision, DPO advice and data-subject views checked; and two
 * documents that are not assessments (a questionnaire design, a policy), which get no gap findings.
 */
import { checkboxCC, heading, p, row, run, table, type BlockSpec } from "../../fixtures/docx-builder";
import { built } from "../built";
import { head } from "./bodies";

interface EdpbAnswers {
  dpoAdvice: string;
  views: string;
  decision: [boolean, boolean, boolean, boolean];
  reasons: string;
}

function edpb(answers: EdpbAnswers): BlockSpec[] {
  const [approve, conditional, reject, consult] = answers.decision;
  return [
    heading("Data protection impact assessment", 1),
    p(run("Based on the European Data Protection Board's harmonised DPIA template", { italic: true })),
    heading("0. Administrative information", 2),
    table(
      row("Controller", "Stadtwerke Lindenau GmbH"),
      row("Data protection officer", "Katrin Vogel, dpo@stadtwerke-lindenau.example"),
      row("Processing operation", "Smart meter readings at 15-minute intervals for time-of-use tariffs"),
    ),
    heading("1. Description of the processing", 2),
    p(
      "Smart meters send consumption every 15 minutes to the metering operator; customers on a time-of-use tariff " +
        "are billed from these readings. Purposes: billing and, in aggregate, grid planning.",
    ),
    heading("2. Necessity and proportionality", 2),
    p(
      "Legal basis: Article 6(1)(b) GDPR for customers who chose the tariff; Article 6(1)(c) for the statutory " +
        "metering duties. Other customers' readings are kept at monthly resolution only.",
    ),
    heading("3. Risks to the rights and freedoms of data subjects", 2),
    table(
      head("Risk", "Likelihood", "Severity", "Level"),
      row("Daily routines inferred from 15-minute readings", "Possible", "Significant", "Medium"),
    ),
    heading("4. Measures envisaged to address the risks", 2),
    p("Readings older than the billing period are aggregated to daily values; staff access is role-based and logged."),
    heading("5. Advice of the data protection officer", 2),
    p(answers.dpoAdvice),
    heading("6. Views of data subjects or their representatives", 2),
    p(answers.views),
    heading("Conclusion", 2),
    p("Decision of the controller:"),
    p(checkboxCC(approve), " Approve"),
    p(checkboxCC(conditional), " Conditionally approve"),
    p(checkboxCC(reject), " Reject"),
    p(checkboxCC(consult), " Consult the supervisory authority (Article 36 GDPR)"),
    p(answers.reasons),
  ];
}

export const edpbAndNonAssessmentDocuments = [
  built({
    name: "edpb-template-gaps",
    group: "EDPB template: DPO advice, views and decision missing",
    blocks: edpb({
      dpoAdvice: "",
      views: "",
      decision: [false, false, false, false],
      reasons: "Reasons for the decision:",
    }),
    expectations: {
      template: "edpb-dpia",
      jurisdiction: "eu-gdpr",
      gaps: [
        { kindIn: ["signoff-missing", "unanswered"], text: "data protection officer", why: "section 5 is empty" },
        { kindIn: ["unanswered", "signoff-missing"], text: "views of data subjects", why: "section 6 is empty" },
        { kind: "unresolved-choice", text: "approve", why: "no decision ticked" },
        {
          kindIn: ["unanswered", "signoff-missing"],
          at: "Reasons for the decision",
          min: 0,
          max: 1,
          why: "no reasons given; part of the same open decision",
        },
      ],
      risks: { count: 1 },
      mustNotReport: [{ at: "Stadtwerke Lindenau" }, { kind: "lawful-basis-missing" }],
      acceptable: [
        {
          kind: "dpia-screening",
          text: "smart meter",
          why: "WP248 (8) and the ICO's examples (smart technologies): innovative technology, listed (info)",
        },
        { kind: "review-date-missing", why: "the draft names no review date" },
        {
          kind: "signoff-missing",
          text: "decision",
          why: "nobody is named as deciding, and no date: part of the open decision",
        },
      ],
    },
  }),
  built({
    name: "edpb-template-complete",
    group: "EDPB template: complete (precision)",
    blocks: edpb({
      dpoAdvice: "The DPO advises proceeding once the aggregation job is tested (opinion of 4 November 2026).",
      views:
        "The consumer advice centre was consulted; it asked for a clear opt-out from 15-minute readings, now offered.",
      decision: [false, true, false, false],
      reasons:
        "Reasons for the decision: approved on condition that the aggregation job runs before go-live. Decided by " +
        "Tobias Keller, managing director, on 12 November 2026. Review by 1 December 2027.",
    }),
    expectations: {
      acceptable: [
        {
          kind: "dpia-screening",
          text: "smart meter",
          why: "WP248 (8) and the ICO's examples (smart technologies): innovative technology, listed (info)",
        },
      ],
      template: "edpb-dpia",
      jurisdiction: "eu-gdpr",
      gaps: [],
      risks: { count: 1 },
      mustNotReport: [
        { kindIn: ["signoff-missing", "unanswered", "unresolved-choice", "contradictory-choice", "placeholder"] },
        { kindIn: ["lawful-basis-missing", "section-missing", "review-date-missing"] },
      ],
    },
  }),
  built({
    name: "not-assessment-question-bank",
    group: "not an assessment: questionnaire design",
    blocks: [
      heading("Supplier privacy questionnaire – question bank (v2 design)", 1),
      p(
        "The procurement team will build the online questionnaire from this table. Answer types are for the form designer.",
      ),
      table(
        head("No.", "Question", "Answer type", "GDPR reference"),
        row("1", "Will you process personal data on our behalf?", "Yes/No", "Art. 28"),
        row("2", "Which countries will the data be stored in?", "Free text", "Art. 44–49"),
        row("3", "Do you hold ISO 27001 certification?", "Yes/No + upload", "Art. 32"),
        row("4", "Describe how you notify us of a breach.", "Free text", "Art. 33(2)"),
        row("5", "Will any special category data be processed?", "Yes/No", "Art. 9"),
      ),
    ],
    expectations: {
      gaps: [],
      mustNotReport: [
        {
          kindIn: [
            "unanswered",
            "placeholder",
            "unresolved-choice",
            "lawful-basis-missing",
            "special-category-condition-missing",
            "section-missing",
            "signoff-missing",
            "review-date-missing",
          ],
          why: "a question bank: its questions are not left unanswered and 'Yes/No' is an answer type",
        },
      ],
    },
  }),
  built({
    name: "not-assessment-policy",
    group: "not an assessment: a policy",
    blocks: [
      heading("Records retention policy", 1),
      table(
        row("Policy owner", "Head of Legal Services"),
        row("Applies to", "All staff and contractors"),
        row("Version", "4.0"),
      ),
      heading("1. Purpose", 2),
      p(
        "This policy sets how long the company keeps its records and how they are destroyed at the end of that period.",
      ),
      heading("2. Principles", 2),
      p(
        "Records are kept no longer than the retention schedule allows (UK GDPR Article 5(1)(e)). Personal data in " +
          "records is destroyed securely; paper is shredded on site and electronic copies are deleted from backups within 90 days.",
      ),
      heading("3. Responsibilities", 2),
      p(
        "Each department head makes sure their team follows the schedule. Questions go to the data protection officer.",
      ),
      heading("4. Review", 2),
      p("This policy is reviewed regularly by the Head of Legal Services."),
      p("Approved by the board."),
    ],
    expectations: {
      gaps: [],
      mustNotReport: [
        {
          kindIn: [
            "unanswered",
            "placeholder",
            "unresolved-choice",
            "lawful-basis-missing",
            "section-missing",
            "signoff-missing",
            "review-date-missing",
            "risk-not-scored",
          ],
          why: "a policy, not an assessment: no gap findings",
        },
      ],
    },
  }),
];
