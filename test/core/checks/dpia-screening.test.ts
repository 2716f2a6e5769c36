import { dpiaScreening } from "../../../src/core/checks/dpia-screening";
import { screeningOf } from "../../../src/core/checks/utils/screening";
import { analyze } from "../../../src/core/analyze";
import { buildStructure } from "../../../src/core/templates/structure";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { runCheck, TODAY } from "./run-check";

/** An ICO LIA with the author's answers in Part 1 (purpose) and Part 3 (balancing). */
const lia = (purpose: string, balancing: string) =>
  doc(
    p("Legitimate interests assessment (LIA)"),
    heading("Part 1: Purpose test"),
    table(row("Why do you want to process the data?"), row(purpose)),
    heading("Part 2: Necessity test"),
    table(row("Will this processing actually help you achieve your purpose?"), row("Yes, it is the only way.")),
    heading("Part 3: Balancing test"),
    table(row("Nature of the personal data: is it special category data or criminal offence data?"), row(balancing)),
    heading("Making the decision"),
    table(row("Can you rely on legitimate interests for this processing?"), row("Yes")),
  );

/** An ICO DPIA whose Step 2 describes the processing and whose Step 5 lists risks. */
const dpia = (description: string, risks = "Risk of unauthorised access to the records.") =>
  doc(
    p("Data protection impact assessment"),
    heading("Step 1: Identify the need for a DPIA"),
    table(
      row("Explain broadly what project aims to achieve and what type of processing it involves."),
      row("A new booking system."),
    ),
    heading("Step 2: Describe the processing"),
    table(
      row("Describe the nature of the processing: how will you collect, use, store and delete data?"),
      row(description),
    ),
    heading("Step 4: Assess necessity and proportionality"),
    table(row("What is your lawful basis for processing?"), row("Public task.")),
    heading("Step 5: Identify and assess risks"),
    table(row("Describe source of risk and nature of potential impact on individuals."), row(risks)),
    heading("Step 7: Sign off and record outcomes"),
  );

runCheck(dpiaScreening, {
  valid: [
    {
      name: "LIA with one criterion only",
      model: lia("We send offers to existing customers by post.", "Name and address of 2,000 customers; no children."),
    },
    {
      name: "LIA that rules the criteria out",
      model: lia(
        "We will not profile customers and no automated decisions are made.",
        "No special category or criminal offence data is processed. The processing does not involve children or other vulnerable people.",
      ),
    },
    {
      name: "LIA where criteria are only asked about",
      model: lia("Is any of the data about children? Will you use new technology?", "None."),
    },
    {
      name: "DPIA without any criterion",
      model: dpia("Staff enter bookings by hand; records are deleted after one year."),
    },
    {
      name: "DPIA whose criteria appear only in the risks, outside the description",
      model: dpia(
        "Staff enter bookings by hand.",
        "Risk that health data of children is combined with other datasets by an AI tool.",
      ),
    },
    { name: "not an assessment", model: doc(p("Minutes of the staff meeting."), p("We agreed to buy a kettle.")) },
  ],
  invalid: [
    {
      name: "LIA profiling vulnerable people on a large scale",
      model: lia(
        "We will use profiling to score tenants for rent arrears risk.",
        "The data covers 250,000 tenants, many of them vulnerable adults.",
      ),
      errors: [
        {
          messageId: "likelyRequired",
          severity: "warning",
          section: "Part 1",
          data: {
            count: 3,
            criteria:
              "evaluation or scoring (profiling); data processed on a large scale; data concerning vulnerable data subjects",
          },
        },
      ],
    },
    {
      name: "a contrast clause is not negated by the clause before",
      model: lia("We do not sell data, but we build profiles of customers.", "Customers' health information is held."),
      errors: [{ messageId: "likelyRequired", data: { count: 2 } }],
    },
    {
      name: "a free-form document that says no DPIA is needed",
      model: doc(
        heading("Privacy screening: loyalty app"),
        p("The app uses machine learning to predict customer preferences from purchase history."),
        p("Purchase history is combined with data obtained from partner retailers."),
        p("A full DPIA is not required for this project."),
      ),
      errors: [
        {
          messageId: "likelyRequired",
          severity: "warning",
          data: {
            count: 3,
            criteria:
              "evaluation or scoring (profiling); matching or combining datasets; innovative use or new technological or organisational solutions",
          },
        },
      ],
    },
    {
      name: "DPIA with three criteria lists them once as info",
      model: dpia(
        "CCTV cameras in the car park record visitors. Footage is analysed with facial recognition. Images of children are blurred on export.",
      ),
      errors: [
        {
          messageId: "criteriaMet",
          severity: "info",
          section: "Step 2",
          data: {
            count: 3,
            criteria:
              "systematic monitoring; data concerning vulnerable data subjects; innovative use or new technological or organisational solutions",
          },
        },
      ],
    },
  ],
});

describe("dpia-screening: the criteria and their sentences", () => {
  it("names the sentence that meets each criterion and where it is defined", () => {
    const model = lia("We will use profiling to score tenants.", "The data covers 250,000 tenants.");
    const screening = screeningOf(model, buildStructure(model));
    expect(screening.criteria).toEqual([
      {
        id: "evaluation-scoring",
        label: "evaluation or scoring (profiling)",
        sentence: "We will use profiling to score tenants.",
        ref: "EDPB WP248 rev.01 III.B.a (1)",
      },
      {
        id: "large-scale",
        label: "data processed on a large scale",
        sentence: "The data covers 250,000 tenants.",
        ref: "EDPB WP248 rev.01 III.B.a (5)",
      },
    ]);
    expect(screening.dpiaLikelyRequired).toBe(true);
  });

  it.each([
    ["Special category data will not be processed.", []],
    ["Special category data: none.", []],
    ["We don't track the location of drivers.", []],
    ["Decisions are made without human intervention.", ["automated-decision"]],
    ["Staff monitoring is not carried out, however we use CCTV at the entrance.", ["systematic-monitoring"]],
    ["Records of 500 members are kept.", []],
    [
      "Details of 1.2 million customers are matched against credit reference datasets.",
      ["large-scale", "matching-combining"],
    ],
    ["A credit check decides whether to offer a loan.", ["evaluation-scoring", "prevents-right-or-service"]],
  ])("%s", (sentence, ids) => {
    const model = doc(heading("Description of the processing"), p(sentence));
    expect(screeningOf(model, buildStructure(model)).criteria.map((c) => c.id)).toEqual(ids);
  });

  it("is on the Report, with dpiaLikelyRequired", () => {
    const report = analyze(
      lia("We will use profiling to score tenants.", "The data covers 250,000 tenants, some of them children."),
      { today: TODAY },
    );
    expect(report.screening?.criteria.map((c) => c.id)).toEqual([
      "evaluation-scoring",
      "large-scale",
      "vulnerable-subjects",
    ]);
    expect(report.screening?.dpiaLikelyRequired).toBe(true);
  });
});
