/**
 * Free-form DPIAs written as plain sections (no template). Art. 35(7) GDPR and the ICO's and EDPB's criteria for an
 * acceptable DPIA require: a description of the processing and its purposes, necessity and proportionality, the lawful
 * basis, risks assessed for likelihood and severity, measures, sign-off (who, when) and a review date. One complete
 * document (no finding), then documents each missing different parts.
 * Labels for section-missing name the element by a word its message must contain: "purpose", "necessity", "basis",
 * "risk", "measure", "sign", "review".
 */
import { cell, heading, li, p, row, run, table } from "../../fixtures/docx-builder";
import { built } from "../built";

const head = (...texts: string[]) => row(...texts.map((t) => cell(p(run(t, { bold: true })), { shading: "D9D9D9" })));

export const freeFormDocuments = [
  built({
    name: "freeform-complete",
    group: "free-form: complete (precision)",
    blocks: [
      heading("Northfield Leisure Trust: Data protection impact assessment – membership app", 1),
      heading("1. The processing and why we do it", 2),
      p(
        "The Trust is replacing plastic membership cards with a phone app. Members sign up with their name, email " +
          "address, date of birth and payment details; the app shows a QR code that the turnstiles at our four centres " +
          "scan on entry. We record each visit (centre, date and time) so that we can enforce off-peak memberships and " +
          "report attendance figures to the council that funds us.",
      ),
      p("About 11,000 adult members will use the app. Children's memberships stay on paper cards."),
      heading("2. Is it necessary and proportionate?", 2),
      p(
        "Visit records are needed to check off-peak memberships; we considered recording only a daily count but that " +
          "cannot tell an off-peak member from a peak one. Visits are kept for 13 months, then reduced to monthly " +
          "totals per centre. We do not track location inside a centre and the app asks for no location permission.",
      ),
      heading("3. Lawful basis", 2),
      p(
        "Article 6(1)(b) UK GDPR: the processing is necessary for the membership contract. Marketing emails are sent " +
          "only with consent (Article 6(1)(a)), asked for separately at sign-up. No special category data is processed.",
      ),
      heading("4. Risks to members", 2),
      table(
        head("No.", "Risk", "Likelihood", "Severity", "Overall risk"),
        row("1", "A member shares their QR code so that a non-member gets in", "Possible", "Minimal", "Low"),
        row("2", "A breach at the app supplier exposes members' contact details", "Remote", "Significant", "Low"),
        row("3", "Members who refused marketing are emailed offers", "Possible", "Significant", "Medium"),
      ),
      heading("5. Measures", 2),
      table(
        head("Risk", "Measure", "Result"),
        row("1", "QR codes change every 30 seconds and show the member's photo to reception", "Reduced"),
        row("2", "Supplier contract with security schedule; ISO 27001 certificate checked yearly", "Reduced"),
        row("3", "Marketing list built only from the consent field; monthly check of a sample", "Reduced"),
      ),
      heading("6. Sign-off", 2),
      p("Approved by Grace Mensah, Head of Operations, on 12 October 2026."),
      p("DPO advice: proceed once the supplier contract is signed. Advice accepted."),
      heading("7. Review", 2),
      p("Next review: 12 October 2027, or earlier if the app starts collecting anything new."),
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [],
      risks: {
        count: 3,
        entries: [
          { description: "shares their QR code", likelihood: "possible", severity: "minimal", computed: "low" },
          { description: "breach at the app supplier", computed: "low" },
          { description: "refused marketing", computed: "medium", overall: "medium" },
        ],
      },
      mustNotReport: [
        {
          kindIn: [
            "section-missing",
            "risk-not-scored",
            "review-date-missing",
            "lawful-basis-missing",
            "signoff-missing",
          ],
        },
        { kind: "unmitigated-risk", why: "every risk has a measure in section 5" },
        { kind: "risk-score-mismatch" },
      ],
    },
  }),
  built({
    name: "freeform-no-necessity-review-regularly",
    group: "free-form: necessity missing, review 'regularly'",
    blocks: [
      heading("Kestrel Logistics – DPIA: warehouse badge access logs", 1),
      heading("Description of the processing", 2),
      p(
        "Every warehouse door reads staff badges. From January the access logs (badge number, door, time, granted or " +
          "refused) will be sent to the HR system so that shift managers can see who was on site during an incident.",
      ),
      p("Purposes: site security, investigating incidents and evacuation roll-calls."),
      heading("Lawful basis", 2),
      p("Legitimate interests (Article 6(1)(f) UK GDPR) in keeping the site and its staff safe."),
      heading("Risks", 2),
      table(
        head("Risk", "Likelihood", "Severity", "Rating"),
        row("Logs used to monitor productivity rather than security", "Possible", "Significant", "Medium"),
        row("Logs kept longer than needed", "Probable", "Minimal", "Low"),
      ),
      heading("Measures", 2),
      li("HR policy limits log searches to named incidents; every search is itself logged (risk 1)."),
      li("Logs deleted automatically after 90 days (risk 2)."),
      heading("Approval", 2),
      p("Approved: Tomasz Wrona, Operations Director, 3 November 2026."),
      p("This DPIA will be reviewed regularly."),
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [
        {
          kind: "section-missing",
          text: "necessity",
          why: "nothing on why badge logs in HR are needed or proportionate",
        },
        { kind: "review-date-missing", why: "'reviewed regularly' is not a date" },
      ],
      risks: { count: 2, entries: [{ description: "monitor productivity", computed: "medium", overall: "medium" }] },
      mustNotReport: [{ kind: "unmitigated-risk" }, { kind: "lawful-basis-missing" }],
    },
  }),
  built({
    name: "freeform-no-basis-no-signoff",
    group: "free-form: lawful basis and sign-off missing",
    blocks: [
      heading("Cityline Taxis – ride history in the driver app: impact assessment", 1),
      heading("What we want to do", 2),
      p(
        "Drivers will see the last 30 days of their own rides in the app: pick-up and drop-off streets, fares and " +
          "passenger first names. The purpose is to let drivers check their earnings and answer fare queries.",
      ),
      heading("Why this is necessary and proportionate", 2),
      p(
        "Drivers asked for it after disputes over fares. Full addresses are cut to street level and passenger " +
          "surnames and phone numbers are never shown; 30 days covers the dispute window in our terms.",
      ),
      heading("Risks and how likely and serious they are", 2),
      table(
        head("Risk", "Likelihood", "Impact", "Overall"),
        row("A driver finds where a passenger lives and contacts them", "Remote", "Severe", "Medium"),
        row("A lost phone shows ride history to someone else", "Possible", "Significant", "Medium"),
      ),
      heading("What we will do about them", 2),
      p(
        "Street-level only, no house numbers (risk 1). The app locks after two minutes and history needs the PIN again (risk 2).",
      ),
      heading("Review", 2),
      p("We will review this assessment by 1 June 2027."),
    ],
    expectations: {
      gaps: [
        { kindIn: ["section-missing", "lawful-basis-missing"], text: "basis", why: "no Article 6 basis anywhere" },
        { kindIn: ["section-missing", "signoff-missing"], text: "sign", why: "nobody approved it, no date" },
      ],
      risks: { count: 2 },
      mustNotReport: [{ kind: "unmitigated-risk" }, { kind: "review-date-missing" }],
      acceptable: [
        {
          kind: "risk-score-mismatch",
          text: "passenger lives",
          why: "remote × severe is low on the ICO 3×3 but medium on its stricter variant; the document names no matrix",
        },
      ],
    },
  }),
  built({
    name: "freeform-risks-not-scored",
    group: "free-form: risks listed but never scored",
    blocks: [
      heading("Greenway Housing – tenant satisfaction survey by text message: DPIA", 1),
      heading("Processing and purposes", 2),
      p(
        "A survey company texts tenants a link to a ten-question survey after a repair is completed. It receives the " +
          "tenant's first name, mobile number and the repair category. Results come back to us linked to the repair " +
          "job, so that we can follow up poor experiences.",
      ),
      heading("Necessity and proportionality", 2),
      p("We need feedback per repair to manage contractors. Tenants can reply STOP; no more than one text per month."),
      heading("Lawful basis", 2),
      p("Article 6(1)(f) UK GDPR (legitimate interests); our legitimate interests assessment is on file."),
      heading("Risks", 2),
      li("Texts sent to a number that now belongs to someone else."),
      li("The survey company uses the numbers for its own marketing."),
      li("Vulnerable tenants feel pressured to answer."),
      heading("Measures", 2),
      li("Mobile numbers are checked at each tenancy review."),
      li("Processor contract forbids any other use; audit right."),
      li("Survey wording reviewed by the tenant panel; no reminders."),
      heading("Sign-off", 2),
      p("Signed off by Aisha Rahman, Director of Customer Services, 20 September 2026."),
      p("Review date: 20 September 2027"),
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [{ kind: "risk-not-scored", min: 1, max: 3, why: "three risks, no likelihood or severity for any" }],
      mustNotReport: [
        { kind: "section-missing" },
        { kind: "review-date-missing" },
        { kind: "unmitigated-risk", why: "each risk has a measure" },
      ],
    },
  }),
  built({
    name: "freeform-no-risks-no-measures",
    group: "free-form: risk and measure sections missing",
    blocks: [
      heading("Ashdown Parish Council – DPIA: allotment waiting list", 1),
      heading("About the processing", 2),
      p(
        "The clerk keeps the allotment waiting list in a spreadsheet: name, address, phone, date joined and plot " +
          "preference. It is used to offer plots in order and to contact tenants about rent and plot inspections.",
      ),
      heading("Necessity", 2),
      p(
        "The council must let allotments in a fair order; the list holds only what is needed to offer and manage plots.",
      ),
      heading("Lawful basis", 2),
      p(
        "Public task, Article 6(1)(e) UK GDPR: the council's duty to provide allotments under the Small Holdings and " +
          "Allotments Act 1908.",
      ),
      heading("Approval", 2),
      p("Approved at the council meeting of 8 July 2026, minute 26/114, by the chair, Cllr Helen Pryce."),
      p("Next review: July 2027."),
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [
        { kind: "section-missing", text: "risk", why: "no risks to individuals assessed" },
        { kind: "section-missing", text: "measure", why: "no measures" },
      ],
      mustNotReport: [{ kind: "lawful-basis-missing" }, { kind: "review-date-missing" }, { kind: "review-overdue" }],
    },
  }),
  built({
    name: "freeform-no-description-empty-necessity",
    group: "free-form: no description; necessity heading left empty",
    blocks: [
      heading("Data Protection Impact Assessment – Parkside Medical Practice: online consultations", 1),
      heading("Necessity and proportionality", 2),
      heading("Lawful basis and condition", 2),
      p(
        "Article 6(1)(e) UK GDPR, public task (provision of NHS primary care), and Article 9(2)(h), health or social " +
          "care, with the Data Protection Act 2018, Schedule 1, paragraph 2.",
      ),
      heading("Risk assessment", 2),
      table(
        head("Risk", "Likelihood", "Severity", "Overall"),
        row("A consultation form is attached to the wrong patient record", "Possible", "Severe", "High"),
        row("The supplier's support staff read clinical messages", "Remote", "Significant", "Low"),
      ),
      heading("Measures", 2),
      table(
        head("Risk", "Measure", "Residual risk"),
        row(
          "Wrong patient record",
          "NHS number and date of birth checked by the care navigator before filing",
          "Medium",
        ),
        row("Supplier access", "Support access only with practice approval, logged", "Low"),
      ),
      heading("Approval", 2),
      p("Approved by Dr Owen Pritchard (Caldicott Guardian) on 2 November 2026; DPO advice accepted."),
      p("Review by 2 November 2027."),
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [
        { kind: "section-missing", text: "purpose", why: "no description of what is processed, how, and why" },
        {
          kindIn: ["section-missing", "unanswered"],
          text: "necessity",
          why: "the heading is there with nothing under it",
        },
      ],
      risks: { count: 2, entries: [{ description: "wrong patient record", computed: "high", overall: "high" }] },
      mustNotReport: [
        { kind: "special-category-condition-missing", why: "Article 9(2)(h) is named" },
        { kind: "lawful-basis-missing" },
        { kind: "unmitigated-risk" },
        { kind: "prior-consultation", why: "the high risk is reduced to medium" },
      ],
    },
  }),
];
