import { sectionMissing } from "../../../src/core/checks/section-missing";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { findingsOf, runCheck } from "./run-check";

const parts = {
  description: [heading("Description of the processing"), p("We collect names and addresses to deliver parcels.")],
  necessity: [heading("Necessity and proportionality"), p("No less intrusive way would achieve the purpose.")],
  risks: [heading("Risks to individuals"), p("Parcels left at the wrong address expose names.")],
  measures: [heading("Measures"), p("Drivers confirm the address before leaving a parcel.")],
  signoff: [heading("Sign-off"), p("Approved by Jane Smith, DPO, 3 March 2026.")],
};
type Part = keyof typeof parts;
const dpia = (...without: Part[]) =>
  doc(
    heading("Data Protection Impact Assessment – parcel tracking", 1),
    ...(Object.keys(parts) as Part[]).filter((k) => !without.includes(k)).flatMap((k) => parts[k]),
  );

runCheck(sectionMissing, {
  valid: [
    { name: "every part present", model: dpia() },
    {
      name: "a US PIA: its statute cited, no GDPR necessity or risk parts asked for",
      model: doc(
        heading("Privacy Impact Assessment – library card system", 1),
        p("Collected under the county's records statute and the Privacy Act of 1974, 5 U.S.C. 552a."),
        heading("Information collected"),
        p("Name, address and card number of each borrower."),
        ...parts.measures,
        ...parts.signoff,
      ),
    },
    {
      name: "a fragment with one part is not listed part by part",
      model: dpia("necessity", "risks", "measures", "signoff"),
    },
    {
      name: "a template's parts are its steps: an empty one is unanswered's finding",
      model: doc(
        heading("Step 1: Identify the need for a DPIA"),
        heading("Step 5: Identify and assess risks"),
        heading("Step 7: Sign off and record outcomes"),
      ),
    },
    {
      name: "not an assessment: a policy",
      model: doc(heading("Data protection policy"), p("Staff must lock their screens.")),
    },
    {
      name: "an LIA is the Article 6(1)(f) test, not a DPIA",
      model: doc(
        p("Legitimate Interests Assessment – newsletter"),
        heading("Purpose test"),
        p("We want to tell members about events."),
      ),
    },
    {
      name: "a DPIA written as one table names its parts down the first column",
      model: doc(
        p("Privacy impact assessment"),
        table(
          row("Step", "Details"),
          row("Purpose of processing", "We process patient scans to diagnose."),
          row("Data Minimisation", "Only the scans needed."),
          row("Risk identification", "Unauthorised access."),
          row("Mitigation measures", "Encryption at rest."),
          row("Approval", "Signed by the DPO on 1 May 2026."),
        ),
      ),
    },
    {
      name: "a question form that asks for each part has them, answered or not",
      model: doc(
        p("Privacy Impact Assessment"),
        table(
          row("What personal data is collected?", ""),
          row("Why is the processing necessary and proportionate?", ""),
          row("What risks to privacy have been identified?", ""),
          row("What mitigation measures are in place?", ""),
          row("Approved by (name, date):", ""),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "a heading left empty is a missing part, reported at the heading",
      model: doc(
        heading("Data Protection Impact Assessment – parcel tracking", 1),
        ...parts.description,
        heading("Necessity and proportionality"),
        ...parts.risks,
        ...parts.measures,
        ...parts.signoff,
      ),
      errors: [{ messageId: "empty", at: "p3", data: { heading: "Necessity and proportionality" } }],
    },
    {
      name: "a US PIA names no legal authority",
      model: doc(
        heading("Privacy Impact Assessment – benefits portal (E-Government Act section 208)", 1),
        ...parts.description,
        heading("Necessity"),
        p("Only the fields the benefit rules need are collected; no less intrusive way exists."),
        ...parts.risks,
        ...parts.measures,
        ...parts.signoff,
      ),
      errors: [{ messageId: "missing", text: "legal authority" }],
    },
    {
      name: "no necessity and proportionality",
      model: dpia("necessity"),
      errors: [{ messageId: "missing", data: { element: "assessment of necessity and proportionality" } }],
    },
    {
      name: "no measures and no sign-off: one finding each",
      model: dpia("measures", "signoff"),
      errors: [
        { messageId: "missing", text: "measures envisaged", data: { citation: expect.stringContaining("35(7)(d)") } },
        { messageId: "missing", text: "record of sign-off" },
      ],
    },
    {
      name: "a privacy risk assessment without a description",
      model: doc(
        heading("Privacy risk assessment: staff survey"),
        heading("Necessity"),
        p("Proportionate: anonymous answers only."),
        heading("Risks and mitigations"),
        p("Re-identification of small teams; answers grouped by ten or more."),
        heading("Approval"),
        p("Approved by the DPO on 2 May 2026."),
      ),
      errors: [
        { messageId: "missing", text: "systematic description" },
        { messageId: "missing", text: "lawful basis or legal authority" },
      ],
    },
  ],
});

describe("section-missing guided answer", () => {
  it("offers a draft of the missing part with its citation", () => {
    const [finding] = findingsOf(sectionMissing, dpia("necessity"));
    expect(finding.answers?.[0]).toMatchObject({ draft: true, citation: expect.stringContaining("Art. 35(7)(b)") });
    expect(finding.answers?.[0].text).toContain("Necessity and proportionality");
    expect(finding.append).toBe(true);
  });
});
