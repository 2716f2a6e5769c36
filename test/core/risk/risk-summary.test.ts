import { RISK_SUMMARY_TAG } from "../../../src/core/edits";
import type { DocModel } from "../../../src/core/model";
import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { buildRegister } from "../../../src/core/risk/register";
import { buildRiskSummary, SUMMARY_TITLE } from "../../../src/core/risk/risk-summary";
import { A4_TEXT_WIDTH } from "../../../src/core/risk/summary-layout";
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
    // Nine columns do not fit A4 portrait without breaking words: measures, effect and approval go under the risk.
    expect(main.values[0]).toEqual([
      "ID",
      "Risk and measures",
      "Likelihood",
      "Severity",
      "Inherent risk",
      "Residual risk",
    ]);
    expect(main.values.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ["001", "Low", "Low"],
      ["002", "Medium (stated: Low)", "Low"],
      ["003", "Medium (stated: High)", "Low"],
      ["004", "High (stated: Medium)", "High"],
    ]);
    expect(main.values[1][1]).toBe(
      'Server is stolen\nMeasures: Encrypt data (effect: "Low" (not understood); approved: Pending).',
    );
    expect(main.values[4][1]).toMatch(/\nMeasures: none\.$/);
    expect(main.shading?.slice(1).map((r) => r[4])).toEqual(["low", "medium", "medium", "high"]);
    // Every shaded cell of the risk table carries its level's word, so print and colour-blind readers lose nothing.
    main.shading?.forEach((shades, r) =>
      shades.forEach((shade, c) => {
        if (shade)
          expect(main.values[r][c].toLowerCase()).toMatch(
            /low|medium|high|remote|possible|probable|minimal|significant|severe/,
          );
      }),
    );
    // Widths from content: they fill no more than the page, the risk column is the widest, ID the narrowest.
    const widths = main.widths!;
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(A4_TEXT_WIDTH + 0.5);
    expect(Math.max(...widths)).toBe(widths[1]);
    expect(Math.min(...widths)).toBe(widths[0]);
    expect(main.before?.[0]).toBe("Computed with the ICO 3×3 matrix on 2026-11-23.");
    // The heat map is compact: counts only, the level as shading, and a legend naming each shade's levels.
    expect(grid.values[0]).toEqual(["Severity \\ Likelihood", "Remote", "Possible", "Probable"]);
    expect(grid.values.map((r) => r[0])).toEqual(["Severity \\ Likelihood", "Severe", "Significant", "Minimal"]);
    expect(grid.values[2][2]).toBe("2");
    expect(grid.values[1][3]).toBe("1");
    expect(grid.shading?.[1][3]).toBe("high");
    expect(grid.after).toEqual(["Shading gives the matrix level: green Low; amber Medium; red High."]);
    expect(grid.widths!.reduce((a, b) => a + b, 0)).toBeLessThan(A4_TEXT_WIDTH);
    expect(counts.values).toEqual([
      ["Risk level", "Before measures", "After measures"],
      ["High", "1", "1"],
      ["Medium", "2", "0"],
      ["Low", "1", "3"],
    ]);
    // The title takes the style of the risk section's heading; the tables take the look of the first risk table.
    expect(edit.headingText).toBe(registerOf(model).risks[0].section.split(" › ").at(-1)!.trim());
    expect(edit.headingText).toBeTruthy();
    expect(edit.lookLike).toBe(registerOf(model).tables!.find((t) => t.kind !== "mitigate")!.table);
  });

  test("with the model, the title is styled like the heading nearest above the anchor table", () => {
    const model = fennex();
    const edit = buildRiskSummary(registerOf(model), ico, "2026-11-23", { model });
    const anchor = (edit.anchor as { table: number }).table;
    const at = model.blocks.findIndex((b) => b.kind === "table" && b.table.index === anchor);
    const nearest = model.blocks
      .slice(0, at)
      .reverse()
      .find((b) => b.kind === "paragraph" && b.paragraph.headingLevel > 0);
    expect(nearest?.kind === "paragraph" && nearest.paragraph.text.trim()).toBe(edit.headingText);
  });

  test("on a wide page the nine columns fit and are used", () => {
    const edit = buildRiskSummary(registerOf(fennex()), ico, "2026-11-23", { textWidth: 1200 });
    expect(edit.tables[0].values[0]).toHaveLength(9);
    expect(edit.tables[0].values.slice(1).map((r) => r[8])).toEqual(["Pending", "Pending", "Pending", "none"]);
  });

  test("a page too narrow even for six columns keeps likelihood and severity beside the inherent level", () => {
    const edit = buildRiskSummary(registerOf(fennex()), ico, "2026-11-23", { textWidth: 300 });
    expect(edit.tables[0].values[0]).toEqual(["ID", "Risk and measures", "Inherent risk", "Residual risk"]);
    expect(edit.tables[0].values[1][2]).toBe("Low (Possible × Minimal)");
  });

  test("NHS 5×5 summary names that matrix and bands extreme as high shading", () => {
    const reg = registerOf(combinedNumeric(), getMatrix("nhs-5x5"));
    const edit = buildRiskSummary(reg, getMatrix("nhs-5x5"), "2026-01-02");
    expect(edit.tables[0].before?.[0]).toMatch(/NHS 5×5/);
    expect(edit.tables[1].values).toHaveLength(6);
    expect(edit.tables[0].values.slice(1).map((r) => r.at(-1))).toEqual(["Low", "High", "Moderate"]);
    expect(edit.tables[0].shading?.slice(1).map((r) => r.at(-1))).toEqual(["low", "high", "medium"]);
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
