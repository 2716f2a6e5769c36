/**
 * Lawful basis read right: an Article 6(1)(a)–(f) option list with none selected, or the article quoted, states no
 * basis; an LIA is itself the Article 6(1)(f) assessment; "working with X Council" does not make a charity a public
 * authority, while a council relying on legitimate interests for its own tasks is flagged; health data on consent
 * alone lacks an Article 9 condition.
 */
import { heading, p, row, table, type BlockSpec } from "../../fixtures/docx-builder";
import { built } from "../built";
import { head } from "./bodies";

/** An LIA in the ICO's three-part shape (purpose, necessity, balancing), answered in our own words. */
function lia(org: string, project: string, decision: BlockSpec[]): BlockSpec[] {
  return [
    heading(`${org} – Legitimate interests assessment: ${project}`, 1),
    heading("Part 1: Purpose test", 2),
    table(
      row(
        "Why do you want to process the data?",
        "To tell past customers when their boiler service is due, by post or email.",
      ),
      row("What benefit do you expect?", "Fewer missed safety checks; repeat business for the company."),
      row(
        "Would individuals expect it?",
        "Yes: the service date is printed on their invoice and most customers ask for reminders.",
      ),
    ),
    heading("Part 2: Necessity test", 2),
    table(
      row("Will the processing help you reach your purpose?", "Yes, reminders are the purpose."),
      row("Is there a less intrusive way?", "No; we use only name, address, email and the last service date."),
    ),
    heading("Part 3: Balancing test", 2),
    table(
      row("Is any data special category or about children?", "No."),
      row("What is the impact on individuals?", "Low: one reminder a year; an unsubscribe link in every email."),
      row("Can individuals opt out?", "Yes, by email, phone or the link in each reminder."),
    ),
    heading("Part 4: Decision", 2),
    ...decision,
  ];
}

const COMPLETE = [
  heading("Purpose and description", 2),
  p(
    "The scheme lends home-energy monitors to households in fuel poverty. A monitor records electricity use every " +
      "30 minutes; advisers use the readings to give tailored advice for six months.",
  ),
  heading("Necessity", 2),
  p("Half-hourly readings are the least detailed that show heating patterns; readings are deleted when the loan ends."),
];

const RISKS_AND_REST = [
  heading("Risks", 2),
  table(
    head("Risk", "Likelihood", "Severity", "Overall", "Measure"),
    row(
      "Readings reveal when a home is empty",
      "Possible",
      "Significant",
      "Medium",
      "Advisers see daily totals only; raw readings stay with the supplier",
    ),
  ),
  heading("Sign-off and review", 2),
  p("Approved by Joanna Pike, Programme Manager, 2 October 2026. Review by 2 October 2027."),
];

export const lawfulBasisDocuments = [
  built({
    name: "basis-options-none-selected",
    group: "lawful basis: Article 6(1) option list, none ticked",
    blocks: [
      heading("Warmer Homes Project – DPIA: energy monitor loans", 1),
      ...COMPLETE,
      heading("Lawful basis", 2),
      p("Tick the lawful basis under Article 6(1) UK GDPR:"),
      p("☐ (a) Consent"),
      p("☐ (b) Contract"),
      p("☐ (c) Legal obligation"),
      p("☐ (d) Vital interests"),
      p("☐ (e) Public task"),
      p("☐ (f) Legitimate interests"),
      ...RISKS_AND_REST,
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [{ kindIn: ["lawful-basis-missing", "unresolved-choice"], why: "an option list is not a choice" }],
      acceptable: [
        { kind: "unresolved-choice", text: "Consent", why: "the same unticked list seen as a choice left open" },
        { kind: "lawful-basis-missing", why: "the same gap seen as no basis stated" },
      ],
      mustNotReport: [{ kind: "unmitigated-risk" }, { kindIn: ["section-missing", "review-date-missing"] }],
    },
  }),
  built({
    name: "basis-article-quoted",
    group: "lawful basis: Article 6(1) quoted, nothing chosen",
    blocks: [
      heading("Warmer Homes Project – DPIA: energy monitor loans (second draft)", 1),
      ...COMPLETE,
      heading("Lawful basis", 2),
      p(
        "Article 6(1) UK GDPR: processing shall be lawful only if and to the extent that at least one of the following " +
          "applies: (a) the data subject has given consent; (b) processing is necessary for the performance of a " +
          "contract; (c) for compliance with a legal obligation; (d) to protect vital interests; (e) for a task carried " +
          "out in the public interest; (f) for the purposes of the legitimate interests pursued by the controller.",
      ),
      ...RISKS_AND_REST,
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [{ kind: "lawful-basis-missing", why: "quoting the article is not choosing a basis" }],
      mustNotReport: [{ kind: "unmitigated-risk" }, { kindIn: ["section-missing", "review-date-missing"] }],
    },
  }),
  built({
    name: "lia-complete",
    group: "lawful basis: an LIA is the 6(1)(f) assessment",
    blocks: lia("Brennan Heating Services Ltd", "annual service reminders", [
      table(
        row("Can you rely on legitimate interests?", "Yes."),
        row("Completed by", "Niamh Brennan, Director"),
        row("Date", "18/08/2026"),
      ),
    ]),
    expectations: {
      template: "ico-lia",
      gaps: [],
      mustNotReport: [
        { kind: "lawful-basis-missing", why: "the LIA is itself the Article 6(1)(f) assessment" },
        { kindIn: ["unanswered", "placeholder", "signoff-missing", "unresolved-choice", "section-missing"] },
      ],
    },
  }),
  built({
    name: "lia-completed-by-empty",
    group: "sign-off: LIA 'completed by' and 'date' empty",
    blocks: lia("Brennan Heating Services Ltd", "annual service reminders (draft)", [
      table(row("Can you rely on legitimate interests?", "Yes."), row("Completed by", ""), row("Date", "")),
    ]),
    expectations: {
      template: "ico-lia",
      gaps: [
        { kindIn: ["signoff-missing", "unanswered"], at: "Completed by" },
        {
          kindIn: ["signoff-missing", "unanswered"],
          at: "Date",
          min: 0,
          max: 1,
          why: "same sign-off; its date may be reported on its own",
        },
      ],
      mustNotReport: [{ kind: "lawful-basis-missing" }, { at: "rely on legitimate interests" }],
    },
  }),
  built({
    name: "basis-working-with-council",
    group: "lawful basis: a charity working with a council",
    blocks: [
      heading("Warmer Homes Project – DPIA: energy monitor loans with the council", 1),
      p(
        "Warmer Homes Project is a registered charity working with Harlow District Council, which refers households to us.",
      ),
      ...COMPLETE,
      heading("Lawful basis", 2),
      p(
        "Article 6(1)(f) UK GDPR, the charity's legitimate interests in its charitable purposes; our LIA is at Annex B.",
      ),
      ...RISKS_AND_REST,
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [],
      mustNotReport: [
        { kind: "legitimate-interests-public-authority", why: "the charity is not a public authority" },
        { kindIn: ["lawful-basis-missing", "section-missing", "review-date-missing", "unmitigated-risk"] },
      ],
    },
  }),
  built({
    name: "basis-council-legitimate-interests",
    group: "lawful basis: a council relying on legitimate interests for its task",
    blocks: [
      heading("Harlow District Council – DPIA: council tax reminder texts", 1),
      heading("Description and purposes", 2),
      p(
        "The revenues team will text residents whose council tax instalment is overdue, using the mobile number on their account.",
      ),
      heading("Necessity and proportionality", 2),
      p("Texts are cheaper and faster than reminder letters; a letter is still sent where no number is held."),
      heading("Lawful basis", 2),
      p("Legitimate interests (Article 6(1)(f) UK GDPR): the council's interest in collecting the tax it is owed."),
      heading("Risks", 2),
      table(
        head("Risk", "Likelihood", "Severity", "Overall", "Measure"),
        row(
          "A text reaches someone else's phone",
          "Possible",
          "Minimal",
          "Low",
          "Message names no amount and no address",
        ),
      ),
      heading("Approval and review", 2),
      p("Approved by the Head of Revenues, Carl Dunmore, 9 November 2026. Next review: November 2027."),
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [
        {
          kind: "legitimate-interests-public-authority",
          why: "a council collecting tax performs its public task; Article 6(1) last sentence bars 6(1)(f) for it",
        },
      ],
      mustNotReport: [
        { kindIn: ["section-missing", "review-date-missing", "unmitigated-risk", "lawful-basis-missing"] },
      ],
    },
  }),
  built({
    name: "basis-health-data-no-condition",
    group: "lawful basis: health data on consent with no Article 9 condition",
    blocks: [
      heading("StepUp Physio Ltd – DPIA: home exercise app", 1),
      heading("Description and purposes", 2),
      p(
        "Patients recovering from knee and hip surgery log pain scores and completed exercises in an app; their " +
          "physiotherapist reviews the log before each appointment and adjusts the programme.",
      ),
      heading("Necessity and proportionality", 2),
      p(
        "Only pain scores, exercises done and a free-text note are collected; logs are deleted a year after discharge.",
      ),
      heading("Lawful basis", 2),
      p("Consent, Article 6(1)(a) UK GDPR, given when the patient activates the app."),
      heading("Risks", 2),
      table(
        head("Risk", "Likelihood", "Severity", "Overall", "Measure"),
        row(
          "Pain notes seen by the app supplier",
          "Remote",
          "Significant",
          "Low",
          "Notes encrypted; supplier has no key",
        ),
      ),
      heading("Sign-off and review", 2),
      p("Approved by Ben Adair, Clinical Director, 1 September 2026. Review date: 1 September 2027."),
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [{ kind: "special-category-condition-missing", why: "health data, and no Article 9(2) condition named" }],
      mustNotReport: [
        { kindIn: ["lawful-basis-missing", "section-missing", "review-date-missing", "unmitigated-risk"] },
      ],
    },
  }),
];
