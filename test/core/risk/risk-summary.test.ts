import { RISK_SUMMARY_TAG } from "../../../src/core/edits";
import type { DocModel } from "../../../src/core/model";
import { getMatrix } from "../../../src/core/risk/matrices";
import { buildRegister } from "../../../src/core/risk/register";
import { buildRiskSummary, SUMMARY_TITLE } from "../../../src/core/risk/risk-summary";
import { doc, heading, p } from "../../support/model-builder";
import { applyToModel } from "./apply-to-model";
import { blankIco, combinedNumeric, fennex, structureOf } from "./fixtures";

const ico = getMatrix("ico-3x3");
const registerOf = (model: DocModel, matrix = ico) => buildRegister(model, structureOf(model), matrix);

describe("buildRiskSummary", () => {
  test("FENNEX: one row per risk with the computed inherent risk, shaded with the word itself", () => {
    const model = fennex();
    const edit = buildRiskSummary(registerOf(model), ico, "2026-11-23");
    expect(edit).toMatchObject({
      kind: "upsert-tagged-block",
      tag: RISK_SUMMARY_TAG,
      anchor: { table: 1, row: 0, cell: 0 },
      expected: "Risk ID",
    });
    const [main, grid, counts] = edit.tables;
    expect(main.values[0]).toEqual([
      "ID",
      "Risk",
      "Likelihood",
      "Severity",
      "Inherent risk (computed)",
      "Measures",
      "Effect",
      "Residual risk",
      "Approved",
    ]);
    expect(main.values.slice(1).map((r) => [r[0], r[4], r[7], r[8]])).toEqual([
      ["001", "Low", "Low", "Pending"],
      ["002", "Medium (stated: Low)", "Low", "Pending"],
      ["003", "Medium (stated: High)", "Low", "Pending"],
      ["004", "High (stated: Medium)", "High", "none"],
    ]);
    expect(main.values[1][6]).toBe('"Low" (not understood)');
    expect(main.shading?.slice(1).map((r) => r[4])).toEqual(["low", "medium", "medium", "high"]);
    // Every shaded cell carries its level's word, so print and colour-blind readers lose nothing.
    main.shading?.forEach((shades, r) =>
      shades.forEach((shade, c) => {
        if (shade)
          expect(main.values[r][c].toLowerCase()).toMatch(
            /low|medium|high|remote|possible|probable|minimal|significant|severe/,
          );
      }),
    );
    expect(grid.values[0]).toEqual(["Severity \\ Likelihood", "Remote", "Possible", "Probable"]);
    expect(grid.values.map((r) => r[0])).toEqual(["Severity \\ Likelihood", "Severe", "Significant", "Minimal"]);
    expect(grid.values[2][2]).toBe("2 (Medium)");
    expect(grid.values[1][3]).toBe("1 (High)");
    expect(counts.values).toEqual([
      ["Risk level", "Before measures", "After measures"],
      ["High", "1", "1"],
      ["Medium", "2", "0"],
      ["Low", "1", "3"],
    ]);
    expect(counts.after?.[0]).toMatch(/ICO 3×3 .* on 2026-11-23/);
  });

  test("NHS 5×5 summary names that matrix and bands extreme as high shading", () => {
    const reg = registerOf(combinedNumeric(), getMatrix("nhs-5x5"));
    const edit = buildRiskSummary(reg, getMatrix("nhs-5x5"), "2026-01-02");
    expect(edit.tables[2].after?.[0]).toMatch(/NHS 5×5/);
    expect(edit.tables[1].values).toHaveLength(6);
    expect(edit.tables[0].values.slice(1).map((r) => r[7])).toEqual(["Low", "High", "Moderate"]);
    expect(edit.tables[0].shading?.slice(1).map((r) => r[7])).toEqual(["low", "high", "medium"]);
    expect(edit.anchor).toEqual({ table: 0, row: 0, cell: 0 });
  });

  test("no risk tables: anchored at the selection, says no risks were found", () => {
    const model = doc(heading("Notes"), p("Nothing here"));
    const edit = buildRiskSummary(registerOf(model), ico, "2026-01-02");
    expect(edit.anchor).toBe("selection");
    expect(edit.expected).toBe("");
    expect(edit.tables[0].values[1][1]).toMatch(/No risks/);
  });

  test("blank template: inserting twice leaves exactly one summary, text around it untouched", () => {
    let model = blankIco();
    const before = model.paragraphs.filter((x) => x.tableNestingLevel === 0).map((x) => x.text);
    model = applyToModel(model, buildRiskSummary(registerOf(model), ico, "2026-11-23"));
    model = applyToModel(model, buildRiskSummary(registerOf(model), ico, "2026-11-24"));
    expect(model.tables.filter((t) => t.tag === RISK_SUMMARY_TAG)).toHaveLength(3);
    expect(model.paragraphs.filter((x) => x.text === SUMMARY_TITLE)).toHaveLength(1);
    const outside = model.paragraphs
      .filter((x) => x.tableNestingLevel === 0 && x.text !== SUMMARY_TITLE)
      .map((x) => x.text);
    expect(outside).toEqual(before);
    // The summary is not read back as a risk table.
    expect(registerOf(model).risks).toHaveLength(1);
  });
});
