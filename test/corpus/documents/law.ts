/**
 * Which law applies: US privacy impact assessments (a federal one under the E-Government Act §208, the Privacy Act and
 * FedRAMP; a state agency's) get no GDPR Article 6/9/10 or Article 36 findings and the law "us"; an EU controller's
 * DPIA under Regulation (EU) 2016/679 is "eu-gdpr".
 */
import { cell, checkboxCC, heading, p, row, run, table } from "../../fixtures/docx-builder";
import { built } from "../built";
import { head } from "./bodies";

const GDPR_ONLY = [
  { kind: "lawful-basis-missing" as const, why: "no GDPR here" },
  { kind: "special-category-condition-missing" as const, why: "no GDPR here" },
  { kind: "legitimate-interests-public-authority" as const, why: "no GDPR here" },
  { kind: "prior-consultation" as const, why: "Article 36 is GDPR" },
];

export const lawDocuments = [
  built({
    name: "law-us-federal-pia",
    group: "law: US federal PIA",
    blocks: [
      heading("U.S. Department of the Interior – Privacy Impact Assessment", 1),
      p("Prepared under Section 208 of the E-Government Act of 2002 and OMB Memorandum M-03-22."),
      heading("Section 1: System overview", 2),
      table(
        row("System name", "Seasonal Ranger Hiring Portal (SRHP)"),
        row("FedRAMP authorization", "Moderate; hosted on a FedRAMP-authorized commercial cloud"),
        row("Legal authority", "5 U.S.C. 301; 5 U.S.C. 3301; Executive Order 9397 as amended"),
        row("System of records notice", "[SORN number]"),
      ),
      heading("Section 2: Information collected", 2),
      table(
        head("Question", "Response"),
        row(
          "2.1 What PII is collected?",
          "Name, home address, Social Security number, date of birth, veterans' preference and disability status for hiring preference.",
        ),
        row("2.2 Why is the SSN necessary?", "Required to complete the background investigation (E.O. 10450)."),
        row("2.3 How long is the information retained?", ""),
        row(
          "2.4 Is a Privacy Act statement provided at collection?",
          "Yes, on the first page of the application form.",
        ),
      ),
      heading("Section 3: Sharing", 2),
      p(
        "Records are shared with the Office of Personnel Management for background investigations under routine use 4.",
      ),
    ],
    expectations: {
      jurisdiction: "us",
      gaps: [
        { kindIn: ["placeholder"], text: "[SORN number]" },
        { kind: "unanswered", text: "How long is the information retained" },
      ],
      mustNotReport: [...GDPR_ONLY, { text: "Social Security number" }],
    },
  }),
  built({
    name: "law-us-state-agency-pia",
    group: "law: US state agency PIA",
    blocks: [
      heading("State Department of Motor Vehicles – Privacy Impact Assessment: online licence renewal", 1),
      p(
        "This assessment follows the state's information privacy statute and the federal Driver's Privacy Protection " +
          "Act (18 U.S.C. 2721). It covers the online renewal service for standard driver licences.",
      ),
      heading("Personal information in the system", 2),
      p(
        "Licence number, name, residential address, date of birth, photograph, and the last four digits of the Social " +
          "Security number for identity verification. Medical conditions reported for fitness to drive stay on paper.",
      ),
      heading("Notice", 2),
      p("Is a privacy notice shown before the applicant submits?  ☐ Yes  ☐ No"),
      heading("Retention and security", 2),
      p(
        "Renewal records are kept for five years under the state records schedule; the service is hosted in the state data centre.",
      ),
      heading("Approval", 2),
      p("Agency privacy officer: Dana Whitfield, approved 10/02/2026."),
    ],
    expectations: {
      jurisdiction: "us",
      gaps: [{ kind: "unresolved-choice", at: "privacy notice shown" }],
      mustNotReport: [...GDPR_ONLY, { kind: "section-missing", why: "GDPR Art. 35(7) does not apply" }],
    },
  }),
  built({
    name: "law-eu-gdpr-dpia",
    group: "law: EU GDPR DPIA",
    blocks: [
      heading(
        "Datenschutz-Folgenabschätzung / Data protection impact assessment – Vitalis Kliniken GmbH: patient portal",
        1,
      ),
      p(
        "Controller: Vitalis Kliniken GmbH, Munich. Assessment under Article 35 of Regulation (EU) 2016/679 (GDPR), " +
          "following the EDPB-endorsed WP248 criteria and the Bavarian supervisory authority's list of processing operations.",
      ),
      heading("1. Systematic description and purposes", 2),
      p(
        "Patients of our three clinics can see appointments, discharge letters and lab results in a web portal and " +
          "send messages to the ward. Purposes: giving patients access to their own records and reducing phone queries.",
      ),
      heading("2. Necessity and proportionality", 2),
      p("Results appear only after a clinician releases them; the portal keeps no copy beyond the hospital record."),
      heading("3. Legal basis", 2),
      p(
        "Article 6(1)(c) and Article 9(2)(h) GDPR with § 22(1)(1)(b) BDSG for care; the portal itself is offered on the " +
          "basis of the patient's explicit consent, Article 9(2)(a) GDPR.",
      ),
      heading("4. Risks", 2),
      table(
        head("Risk", "Likelihood", "Severity", "Level"),
        row("Account takeover exposes lab results", "Possible", "Severe", "High"),
        row("Messages read by staff outside the treating team", "Remote", "Significant", "Low"),
      ),
      heading("5. Measures", 2),
      p(
        "Two-factor login for every patient account (account takeover). Message routing by ward; access is logged (messages).",
      ),
      p("Residual risk after measures: low for both risks."),
      heading("6. Opinion of the DPO and sign-off", 2),
      p(
        "DPO opinion (Dr. Jana Fischer, 15 October 2026): processing may start. Approved by the managing director, Stefan Roth, 20 October 2026.",
      ),
    ],
    expectations: {
      jurisdiction: "eu-gdpr",
      gaps: [{ kindIn: ["review-date-missing", "section-missing"], text: "review", why: "no review date anywhere" }],
      risks: { count: 2, entries: [{ description: "Account takeover", computed: "high", overall: "high" }] },
      mustNotReport: [
        { kind: "special-category-condition-missing", why: "Article 9(2)(h) and 9(2)(a) named" },
        { kind: "lawful-basis-missing" },
        { kind: "unmitigated-risk" },
        { kind: "prior-consultation", why: "residual risk low" },
      ],
    },
  }),
  built({
    name: "law-us-pia-checkbox-form",
    group: "law: US PIA as a form with check boxes",
    blocks: [
      heading("County Health Department – privacy threshold analysis and PIA", 1),
      p("Applies to county systems holding protected health information under HIPAA (45 CFR Parts 160 and 164)."),
      table(
        head("Question", "Answer"),
        row("System name", "Immunization reminder service"),
        row(
          "Does the system hold protected health information?",
          cell(p(checkboxCC(true), " Yes  ", checkboxCC(false), " No")),
        ),
        row(
          "Is a business associate agreement in place with the vendor?",
          cell(p(checkboxCC(false), " Yes  ", checkboxCC(false), " No")),
        ),
        row("Who approved this analysis?", cell(p(run("County privacy officer, 3 March 2026")))),
      ),
    ],
    expectations: {
      jurisdiction: "us",
      gaps: [{ kind: "unresolved-choice", at: "business associate agreement" }],
      mustNotReport: [...GDPR_ONLY, { kind: "section-missing" }, { at: "protected health information?" }],
    },
  }),
];
