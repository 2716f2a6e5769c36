import { getMatrix, MATRIX_IDS, MatrixError } from "../../../src/core/vocabulary/risk-matrices";
import { isHighLevel, needsMeasure, overallFor } from "../../../src/core/risk/matrices";
import { validateMatrix } from "../../../src/core/vocabulary/custom-matrix";

describe("matrices", () => {
  test("ICO 3×3 follows DESIGN.md § Risk matrices", () => {
    const m = getMatrix();
    expect(m.id).toBe("ico-3x3");
    const table: [string, string, string][] = [
      ["remote", "severe", "low"],
      ["possible", "severe", "high"],
      ["probable", "severe", "high"],
      ["remote", "significant", "low"],
      ["possible", "significant", "medium"],
      ["probable", "significant", "high"],
      ["remote", "minimal", "low"],
      ["possible", "minimal", "low"],
      ["probable", "minimal", "low"],
    ];
    for (const [l, s, o] of table) expect(overallFor(m, l, s)).toBe(o);
    expect(overallFor(m, "often", "severe")).toBeNull();
  });

  test("strict variant: remote × severe and probable × minimal are medium", () => {
    const m = getMatrix("ico-3x3-strict");
    expect(overallFor(m, "remote", "severe")).toBe("medium");
    expect(overallFor(m, "probable", "minimal")).toBe("medium");
    expect(overallFor(m, "possible", "significant")).toBe("medium");
  });

  test("NHS 5×5 bands likelihood × consequence scores", () => {
    const m = getMatrix("nhs-5x5");
    expect(overallFor(m, "rare", "negligible")).toBe("low");
    expect(overallFor(m, "unlikely", "moderate")).toBe("moderate");
    expect(overallFor(m, "likely", "minor")).toBe("high");
    expect(overallFor(m, "almost certain", "major")).toBe("extreme");
    expect(isHighLevel(m, "high")).toBe(true);
    expect(isHighLevel(m, "extreme")).toBe(true);
    expect(isHighLevel(m, "moderate")).toBe(false);
  });

  test("CNIL 4×4 uses its own words", () => {
    const m = getMatrix("cnil-4x4");
    expect(m.likelihood.map((l) => l.id)).toEqual(["negligible", "limited", "significant", "maximum"]);
    expect(overallFor(m, "maximum", "maximum")).toBe("high");
    expect(overallFor(m, "negligible", "maximum")).toBe("medium");
    expect(overallFor(m, "limited", "limited")).toBe("low");
  });

  test("every preset grid is complete and uses only its overall levels", () => {
    for (const id of MATRIX_IDS.filter((i) => i !== "custom")) {
      const m = getMatrix(id);
      expect(m.grid).toHaveLength(m.severity.length);
      for (const row of m.grid) {
        expect(row).toHaveLength(m.likelihood.length);
        for (const v of row) expect(m.overall.map((o) => o.id)).toContain(v);
      }
      expect(needsMeasure(m, m.overall[0].id)).toBe(false);
      expect(m.likelihood.every((l) => l.definition.length > 10)).toBe(true);
    }
  });

  test("custom matrix is validated and normalised", () => {
    const custom = {
      name: "Acme 2×2",
      likelihood: [{ id: "Unlikely" }, { id: "Likely" }],
      severity: [{ id: "minor" }, { id: "major" }],
      overall: [{ id: "ok" }, { id: "act" }],
      grid: [
        ["ok", "ok"],
        ["ok", "ACT"],
      ],
    };
    const m = getMatrix("custom", custom);
    expect(m.name).toBe("Acme 2×2");
    expect(overallFor(m, "likely", "major")).toBe("act");
    const bad = validateMatrix({ ...custom, grid: [["ok", "nope"]] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join(" ")).toMatch(/one row per severity/);
    expect(() => getMatrix("custom", { likelihood: [] })).toThrow(MatrixError);
    expect(() => getMatrix("custom")).toThrow(/needs/);
    expect(() => getMatrix("5x5")).toThrow(/Unknown risk matrix "5x5"/);
    expect(validateMatrix(null).ok).toBe(false);
  });
});
