/**
 * DPIA screening (EDPB WP248 rev.01, issue 18): an LIA whose processing meets several of the nine criteria needs a DPIA;
 * an LIA that names criteria only to rule them out does not; a DPIA lists the criteria its description meets.
 */
import { heading, row, table, type BlockSpec } from "../../fixtures/docx-builder";
import { built } from "../built";
import { head } from "./bodies";

/** An LIA in the ICO's three-part shape with the author's own answers, and a completed decision. */
function lia(title: string, purpose: string, balancing: string): BlockSpec[] {
  return [
    heading(`Legitimate interests assessment: ${title}`, 1),
    heading("Part 1: Purpose test", 2),
    table(
      row("Why do you want to process the data?", purpose),
      row("What benefit do you expect?", "Earlier help for tenants and fewer evictions."),
    ),
    heading("Part 2: Necessity test", 2),
    table(
      row("Will the processing help you reach your purpose?", "Yes, it is how the team decides whom to call first."),
      row("Is there a less intrusive way?", "We considered a manual review and found it too slow for the caseload."),
    ),
    heading("Part 3: Balancing test", 2),
    table(
      row("Describe the nature of the personal data and the people it is about.", balancing),
      row("Can individuals opt out?", "Yes, by telling their housing officer."),
    ),
    heading("Part 4: Decision", 2),
    table(
      row("Can you rely on legitimate interests?", "Yes."),
      row("Completed by", "Aisha Rahman, Head of Income"),
      row("Date", "04/09/2026"),
    ),
  ];
}

export const screeningDocuments = [
  built({
    name: "screening-lia-profiling-vulnerable",
    group: "screening: LIA meeting three WP248 criteria",
    blocks: lia(
      "arrears early warning",
      "We will build profiles of tenants from their rent payment history and score each tenant for the risk of falling into arrears.",
      "Rent accounts of all 120,000 tenants of the association, including vulnerable adults who receive support from our care team.",
    ),
    expectations: {
      template: "ico-lia",
      gaps: [
        {
          kind: "dpia-screening",
          text: "a dpia is likely required (edpb wp248 rev.01): the processing meets 3 screening criteria",
          why: "profiling and scoring tenants (1), 120,000 tenants (5), vulnerable adults (7): two or more criteria call for a DPIA",
        },
      ],
      mustNotReport: [
        { kind: "lawful-basis-missing", why: "the LIA is itself the Article 6(1)(f) assessment" },
        { kindIn: ["unanswered", "placeholder", "signoff-missing", "unresolved-choice", "section-missing"] },
      ],
    },
  }),
  built({
    name: "screening-lia-criteria-ruled-out",
    group: "screening: LIA naming criteria only to rule them out",
    blocks: lia(
      "arrears reminder letters",
      "We will send a reminder letter when a rent payment is missed. We will not profile tenants and no automated decisions are made.",
      "Names, addresses and missed payment dates only. No special category or criminal offence data is processed. " +
        "The letters do not involve children, and no data is combined with other datasets.",
    ),
    expectations: {
      template: "ico-lia",
      gaps: [],
      mustNotReport: [
        { kind: "dpia-screening", why: "every criterion named is ruled out: none is met" },
        { kind: "lawful-basis-missing", why: "the LIA is itself the Article 6(1)(f) assessment" },
      ],
    },
  }),
  built({
    name: "screening-dpia-three-criteria",
    group: "screening: DPIA listing the criteria it meets",
    blocks: [
      heading("Data protection impact assessment: library entrance cameras", 1),
      heading("Step 1: Identify the need for a DPIA", 2),
      table(
        row(
          "Explain broadly what the project aims to achieve and what type of processing it involves.",
          "Cameras at the library entrances to deter theft.",
        ),
      ),
      heading("Step 2: Describe the processing", 2),
      table(
        row(
          "Describe the nature of the processing.",
          "CCTV cameras at both entrances record everyone who enters. Footage is searched with facial recognition " +
            "software when an item is reported stolen. Many visitors are children attending homework clubs.",
        ),
      ),
      heading("Step 4: Assess necessity and proportionality", 2),
      table(
        row(
          "What is your lawful basis for processing?",
          "Legitimate interests in protecting library stock (Article 6(1)(f)).",
        ),
      ),
      heading("Step 5: Identify and assess risks", 2),
      table(
        head("Describe source of risk", "Likelihood of harm", "Severity of harm", "Overall risk"),
        row("Footage of children is disclosed to someone not entitled to it", "Remote", "Significant", "Low"),
      ),
      heading("Step 6: Identify measures to reduce risk", 2),
      table(
        head("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
        row("Disclosure of footage", "Footage kept 30 days; two-person access log", "Reduced", "Low", "Yes"),
      ),
      heading("Step 7: Sign off and record outcomes", 2),
      table(
        row("Measures approved by:", "Tom Akers, Head of Libraries, 12/10/2026"),
        row("Residual risks approved by:", "Tom Akers, Head of Libraries, 12/10/2026"),
        row("DPO advice provided:", "Yes, 10/10/2026"),
        row("Summary of DPO advice:", "Proceed; review the facial recognition search after six months."),
        row("This DPIA will kept under review by:", "Library Services Manager, next review 12/10/2027"),
      ),
    ],
    expectations: {
      template: "ico-dpia",
      gaps: [
        {
          kind: "dpia-screening",
          section: "Step 2",
          text: "systematic monitoring; data concerning vulnerable data subjects; innovative use or new technological or organisational solutions",
          why: "CCTV of everyone entering (3), children (7), facial recognition (8): the reviewer sees why a DPIA was needed",
        },
      ],
      mustNotReport: [{ kind: "dpia-screening", at: "Footage of children", why: "Step 5 is not the description" }],
    },
  }),
];
