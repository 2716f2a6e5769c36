import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { analyze } from "../../../src/core/analyze";
import { buildRegister } from "../../../src/core/risk/register";
import type { ParsedValue } from "../../../src/core/detect/risk-values";
import type { RegisterRisk } from "../../../src/core/risk/types";
import type { DocModel } from "../../../src/core/model";
import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { readDocx } from "../../../src/docx/read-model";
import { REAL_FIXTURES_DIR } from "../../fixtures/fixtures";
import { cell, doc, heading, p, row, table } from "../../support/model-builder";
import { structureOf } from "./fixtures";

const ico = getMatrix("ico-3x3");
const register = (model: DocModel) => buildRegister(model, structureOf(model), ico);
const id = (v: ParsedValue) => (v.state === "value" ? v.id : v.state);
const residuals = (r: RegisterRisk) => r.measures.map((m) => id(m.residual)).filter((v) => v !== "blank");
const summary = (r: RegisterRisk) => [r.id, id(r.likelihood), id(r.severity), id(r.overall), residuals(r)];

describe("risks scored before and after their measures", () => {
  test("'Inherent' / 'Residual' rows under each risk's row are that risk's values, not risks", () => {
    const reg = register(
      doc(
        table(
          row("Risk", "Likelihood", "Severity", "Overall risk"),
          row("1. Visitor log left on the front desk", "", "", ""),
          row("Inherent", "Probable", "Significant", "High"),
          row("Residual", "Remote", "Significant", "Low"),
          row("2. Residual copies of old rotas in staff inboxes", "Possible", "Minimal", "Low"),
        ),
      ),
    );
    expect(reg.risks.map(summary)).toEqual([
      ["1", "probable", "significant", "high", ["low"]],
      ["2", "possible", "minimal", "low", []],
    ]);
    // The values point at the cells they came from, so a guided answer writes into the stage row.
    expect(reg.risks[0].cells.likelihood?.ref).toEqual({ table: 0, row: 2, cell: 1 });
    expect(reg.risks[0].measures[0].cells.residual?.ref).toEqual({ table: 0, row: 3, cell: 3 });
  });

  test("a 'Stage' column beside merged risk cells: one risk per merged cell", () => {
    const reg = register(
      doc(
        table(
          row("Ref", "Risk", "Stage", "Likelihood", "Severity", "Overall"),
          row("R1", "Door entry fobs log every movement", "Inherent", "Probable", "Severe", "High"),
          row(
            cell("", { mergedContinuation: true }),
            cell("", { mergedContinuation: true }),
            "Residual",
            "Possible",
            "Significant",
            "Medium",
          ),
          row("R2", "Visitor photos kept after the visit", "Inherent", "Possible", "Significant", "Medium"),
          row(
            cell("", { mergedContinuation: true }),
            cell("", { mergedContinuation: true }),
            "Residual",
            "Remote",
            "Significant",
            "Low",
          ),
        ),
      ),
    );
    expect(reg.risks.map(summary)).toEqual([
      ["R1", "probable", "severe", "high", ["medium"]],
      ["R2", "possible", "significant", "medium", ["low"]],
    ]);
  });

  test("a 'Rating' row gives its values to a risk row without any; a 'Total score' row under scored risks is no risk", () => {
    const reg = register(
      doc(
        table(
          row("Risk", "Likelihood", "Severity", "Overall risk"),
          row("Alarm codes shared by text message", "", "", ""),
          row("Rating", "Possible", "Severe", "Medium"),
          row("Key holders' list pinned in the office", "Remote", "Significant", ""),
          row("Total score", "", "", "High"),
        ),
      ),
    );
    expect(reg.risks.map(summary)).toEqual([
      ["1", "possible", "severe", "medium", []],
      ["2", "remote", "significant", "blank", []],
    ]);
    expect(reg.risks[0].computed).toBe("high");
  });

  test("a residual row that states no level keeps its likelihood × severity on the matrix", () => {
    const reg = register(
      doc(
        table(
          row("Risk", "Likelihood", "Severity", "Overall risk"),
          row("Shared drive open to all staff", "Probable", "Significant", "High"),
          row("Residual", "Remote", "Significant", ""),
        ),
      ),
    );
    expect(reg.risks.map(summary)).toEqual([["1", "probable", "significant", "high", ["low"]]]);
  });

  test("sideways 'Score' tables under a heading naming the risk: the heading names it, the residual table is its residual", () => {
    const scoring = (label: string, l: string, s: string, overallLabel: string, o: string) =>
      table(row("Factor", "Score", "Rationale"), row(label, l, ""), row("Severity", s, ""), row(overallLabel, o, ""));
    const reg = register(
      doc(
        heading("Risk 1: Minutes name members in arrears", 2),
        heading("Assessment", 3),
        scoring("Likelihood (without mitigation)", "Probable", "Significant", "Inherent risk", "High"),
        heading("Mitigation", 3),
        p("Arrears are reported as totals only."),
        heading("Residual risk (after mitigation)", 3),
        scoring("Likelihood (with mitigation)", "Remote", "Significant", "Residual risk", "Low"),
        heading("Risk 2: Newsletter list shared with a sponsor", 2),
        heading("Assessment", 3),
        scoring("Likelihood (without mitigation)", "Possible", "Minimal", "Inherent risk", "Low"),
      ),
    );
    expect(reg.risks.map(summary)).toEqual([
      ["1", "probable", "significant", "high", ["low"]],
      ["2", "possible", "minimal", "low", []],
    ]);
    expect(reg.risks.map((r) => r.description)).toEqual([
      "Minutes name members in arrears",
      "Newsletter list shared with a sponsor",
    ]);
  });

  test("two scoring tables of the same stage under one heading are not merged (ambiguous: left as read)", () => {
    const scoring = (l: string) =>
      table(row("Factor", "Score"), row("Likelihood", l), row("Severity", "Minimal"), row("Overall risk", "Low"));
    const reg = register(doc(heading("Risks", 2), scoring("Remote"), scoring("Possible")));
    expect(reg.risks.map((r) => id(r.likelihood))).toEqual(["remote", "possible"]);
  });

  test("a numbered heading gives the risk its number", () => {
    const scoring = table(
      row("Factor", "Rating"),
      row("Likelihood", "Remote"),
      row("Severity", "Minimal"),
      row("Overall risk", "Low"),
    );
    const reg = register(doc(heading("3.2 Call recordings kept by the supplier", 2), scoring));
    expect(reg.risks.map((r) => [r.id, r.description])).toEqual([["3.2", "Call recordings kept by the supplier"]]);
  });

  test("a sideways table with 'Inherent' and 'Residual' columns is one risk", () => {
    const reg = register(
      doc(
        heading("R4 – Exam results emailed to the wrong parent", 2),
        table(
          row("", "Inherent", "Residual"),
          row("Likelihood", "Possible", "Remote"),
          row("Severity", "Severe", "Severe"),
          row("Overall risk", "High", "Low"),
        ),
      ),
    );
    expect(reg.risks.map(summary)).toEqual([["4", "possible", "severe", "high", ["low"]]]);
    expect(reg.risks[0].description).toBe("Exam results emailed to the wrong parent");
  });
});

const REAL = path.join(REAL_FIXTURES_DIR, "thrive-clearminds-community-privacy-risk-assessment.docx");

describe("a real register scored in sideways tables before and after mitigation", () => {
  const run = existsSync(REAL) ? test : test.skip;
  if (!existsSync(REAL)) console.warn(`skipped: ${REAL} is absent (real documents live in ../shared/fixtures/real)`);

  run("reads 8 risks with their inherent and residual levels, as the hand labels give them", async () => {
    const model = await readDocx(readFileSync(REAL));
    const report = analyze(model, { today: "2026-11-23" });
    const risks = report.register?.risks ?? [];
    // Hand labels (../shared/fixtures/real/README.md): inherent L × I = score band → residual band.
    expect(risks.map((r) => [r.id, id(r.overall), residuals(r).includes(RESIDUAL[r.id] ?? "?")])).toEqual([
      ["1", "critical", true],
      ["2", "high", true],
      ["3", "medium", true],
      ["4", "high", true],
      ["5", "high", true],
      ["6", "high", true],
      ["7", "medium", true],
      ["8", "medium", true],
    ]);
    expect(report.findings.filter((f) => f.kind === "risk-score-mismatch")).toEqual([]);
  });
});

const RESIDUAL: Record<string, string> = {
  "1": "medium",
  "2": "medium",
  "3": "low",
  "4": "low",
  "5": "medium",
  "6": "low",
  "7": "low",
  "8": "low",
};
