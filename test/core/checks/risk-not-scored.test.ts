import { riskNotScored } from "../../../src/core/checks/risk-not-scored";
import { doc, heading, li, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

const dpia = (...risks: Parameters<typeof doc>) =>
  doc(
    p("Data Protection Impact Assessment – CCTV in the car park"),
    heading("Description of the processing"),
    p("Cameras record the car park."),
    ...risks,
    heading("Sign-off"),
    p("Approved by the DPO."),
  );

runCheck(riskNotScored, {
  valid: [
    {
      name: "a register with likelihood and severity",
      model: dpia(
        heading("Risks"),
        table(
          row("Risk", "Likelihood", "Severity", "Overall risk"),
          row("Footage seen by passers-by", "Remote", "Minimal", "Low"),
        ),
      ),
    },
    {
      name: "a register whose ratings are still empty is another check's finding",
      model: dpia(heading("Risks"), table(row("Risk", "Likelihood", "Severity"), row("Footage kept too long", "", ""))),
    },
    {
      name: "risks rated in prose",
      model: dpia(heading("Risks"), li("Footage kept too long: likelihood possible, severity significant.")),
    },
    { name: "no risks listed at all (section-missing's finding)", model: dpia() },
    {
      name: "not an assessment",
      model: doc(heading("Risks of the office move"), li("Boxes lost"), li("Printer broken")),
    },
  ],
  invalid: [
    {
      name: "a bullet list of risks with no ratings",
      model: dpia(heading("Identified risks"), li("Footage kept too long"), li("Cameras pointing at homes")),
      errors: [{ messageId: "notScored", section: "Identified risks", data: { section: "Identified risks" } }],
    },
    {
      name: "a risk table with a mitigation column only",
      model: dpia(
        heading("Risks"),
        table(row("Risk", "Mitigation"), row("Footage kept too long", "Delete after 30 days")),
      ),
      errors: [{ messageId: "notScored", at: "p3" }],
    },
    {
      name: "a DPIA whose opening lines mention the legitimate interests assessment on file",
      model: doc(
        heading("Parking permits: DPIA", 1),
        p("Lawful basis: legitimate interests; our legitimate interests assessment is on file."),
        heading("Risks"),
        li("Permit holders' plates published"),
        li("Permits kept after a move"),
      ),
      errors: [{ messageId: "notScored", section: "Risks" }],
    },
  ],
});
