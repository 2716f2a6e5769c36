import type { Report } from "../../../src/core/report";
import { analyze } from "../../../src/core/analyze";
import { recognise } from "../../../src/core/templates/structure";
import { doc, heading, p, row, table } from "../../support/model-builder";

/** A document laid out as the EDPB's 2026 template: sections 0–6 and the conclusion's decision. */
const edpb = (dpoAdvice: string, decision: string) =>
  doc(
    p("Template for Data Protection Impact Assessment (EDPB)"),
    heading("0. Overview of the processing"),
    table(
      row("0.2 Processors and sub-processors", "Hosting Ltd"),
      row("0.5 DPIA technical sheet", "Large-scale monitoring"),
    ),
    heading("1. Systematic description of the processing"),
    table(row("1.2 Functional description", "Cameras record the entrance; footage kept 30 days.")),
    heading("2. Necessity and proportionality"),
    table(row("Lawfulness of processing", "Article 6(1)(f) GDPR, legitimate interests in site security.")),
    heading("3. Inherent risk assessment"),
    table(
      row("Risk", "Likelihood", "Severity"),
      row("Footage viewed by staff without need", "Possible", "Significant"),
    ),
    heading("4. Action plan and residual risk"),
    table(
      row("Risk", "Measure", "Residual risk"),
      row("Footage viewed by staff without need", "Access log reviewed monthly", "Low"),
    ),
    heading("5. DPO advice and views of data subjects"),
    table(
      row("DPO advice:", dpoAdvice),
      row("Views of data subjects:", "Staff forum consulted on 2 March 2026; no objection."),
    ),
    heading("6. Conclusion"),
    table(row("Decision:", decision)),
  );

/** The gaps, leaving out the screening's information line (dpia-screening has its own tests). */
const gapsOf = (report: Report) =>
  report.findings.filter((f) => f.kind !== "dpia-screening").map((f) => [f.kind, f.text]);

describe("EDPB DPIA template", () => {
  it("is recognised as edpb-dpia, not the ICO's", () => {
    expect(recognise(edpb("Proceed.", "Approve")).recogniser.id).toBe("edpb-dpia");
  });

  it("reports an empty DPO advice like the ICO's Step 7 sign-off", () => {
    const report = analyze(edpb("", "Approve"), { today: "2026-11-23" });
    expect(report.template).toBe("edpb-dpia");
    expect(report.jurisdiction).toBe("eu-gdpr");
    expect(gapsOf(report)).toEqual([["signoff-missing", "DPO advice:"]]);
  });

  it("reports a decision not taken", () => {
    const report = analyze(edpb("Proceed with the access log.", ""), { today: "2026-11-23" });
    expect(gapsOf(report)).toEqual([["signoff-missing", "Decision:"]]);
  });

  it("has nothing to report when complete", () => {
    expect(gapsOf(analyze(edpb("Proceed with the access log.", "Approve"), { today: "2026-11-23" }))).toEqual([]);
  });
});
