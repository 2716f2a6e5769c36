import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { buildRegister } from "../../../src/core/risk/register";
import type { ParsedValue } from "../../../src/core/detect/risk-values";
import type { RegisterRisk } from "../../../src/core/risk/types";
import { cell, doc, heading, row, table } from "../../support/model-builder";
import { abbreviated, blankIco, combinedNumeric, fennex, seed001, SEED_001_RISKS, structureOf } from "./fixtures";
import type { DocModel } from "../../../src/core/model";

const ico = getMatrix("ico-3x3");
const register = (model: DocModel, matrix = ico) => buildRegister(model, structureOf(model), matrix);
const id = (v: ParsedValue) => (v.state === "value" ? v.id : v.state);
const summary = (r: RegisterRisk) => [r.id, id(r.likelihood), id(r.severity), id(r.overall), r.computed];

describe("buildRegister", () => {
  test("FENNEX: four risks by Risk ID, three Step 6 rows linked by id, risk 004 without a measure", () => {
    const reg = register(fennex());
    expect(reg.found).toBe(true);
    expect(reg.risks.map(summary)).toEqual([
      ["001", "possible", "minimal", "low", "low"],
      ["002", "possible", "significant", "low", "medium"],
      ["003", "possible", "significant", "high", "medium"],
      ["004", "probable", "severe", "medium", "high"],
    ]);
    expect(reg.risks.map((r) => r.measures.map((m) => m.description))).toEqual([
      ["Encrypt data"],
      ["Validation Protocols"],
      ["2FA For Purchases"],
      [],
    ]);
    const first = reg.risks[0].measures[0];
    expect(first.effect).toMatchObject({
      state: "invalid",
      raw: "Low",
      allowed: ["eliminated", "reduced", "accepted"],
    });
    expect(reg.risks.slice(0, 3).map((r) => id(r.measures[0].approved))).toEqual(["pending", "pending", "pending"]);
    expect(reg.orphanMeasures).toEqual([]);
    expect(reg.risks[1].cells.overall).toEqual({
      ref: { table: 0, row: 2, cell: 4 },
      expected: "Low",
      raw: "Low",
      context: expect.any(String),
    });
    expect(reg.risks[3].section).toBe("Step 5: Identify and assess risks");
    // Step 7 (form labels, merged cells) is not mistaken for a risk table.
    expect(reg.tables?.map((t) => [t.table, t.kind])).toEqual([
      [0, "assess"],
      [1, "mitigate"],
    ]);
  });

  test("seed 001: four numbered risks in one cell become four risks paired with their placeholders", () => {
    const reg = register(seed001());
    expect(reg.risks.map((r) => r.id)).toEqual(["1", "2", "3", "4"]);
    expect(reg.risks.map((r) => r.description)).toEqual(
      SEED_001_RISKS.map((d) =>
        d
          .replace(/^\d\)\s*/, "")
          .replace(/\s+/g, " ")
          .trim(),
      ),
    );
    for (const risk of reg.risks) {
      expect(risk.sharesRow).toBe(true);
      expect([id(risk.likelihood), id(risk.severity), id(risk.overall)]).toEqual([
        "placeholder",
        "placeholder",
        "placeholder",
      ]);
      expect(risk.computed).toBeNull();
    }
    // Each risk's part is located in its cell, the third one spread over a blank line.
    const cells = reg.risks.map((r) => r.cells.likelihood!);
    expect(cells.map((c) => c.part)).toEqual([0, 1, 2, 3]);
    for (const c of cells) expect(c.expected.slice(c.offset!, c.offset! + c.raw.length)).toBe(c.raw);
    expect(cells[2].raw).toBe("Remote, \npossible or \n\nprobable");
    // Step 6 has "1)" and "2)" in one cell: each measure goes to its risk.
    expect(reg.risks[0].measures[0].description).toMatch(/^Regular training/);
    expect(reg.risks[1].measures[0].description).toMatch(/^Frequent reminders/);
    expect(reg.risks[2].measures).toEqual([]);
    expect(reg.multiRows?.map((m) => [m.table, m.row, m.kind])).toEqual([
      [0, 1, "assess"],
      [1, 2, "mitigate"],
    ]);
  });

  test("blank ICO template: one empty risk slot with three placeholders", () => {
    const reg = register(blankIco());
    expect(reg.risks).toHaveLength(1);
    expect(reg.risks[0]).toMatchObject({ id: "1", description: "", computed: null });
    expect(id(reg.risks[0].likelihood)).toBe("placeholder");
    expect(reg.orphanMeasures).toHaveLength(1);
    expect(id(reg.orphanMeasures[0].approved)).toBe("placeholder");
  });

  test("one table with numeric 1–5 scales, Impact and Mitigation (NHS 5×5)", () => {
    const reg = register(combinedNumeric(), getMatrix("nhs-5x5"));
    expect(reg.tables?.[0].kind).toBe("both");
    expect(reg.risks.map(summary)).toEqual([
      ["1", "unlikely", "major", "high", "high"],
      ["2", "possible", "moderate", "high", "high"],
      ["3", "likely", "minor", "high", "high"],
    ]);
    expect(reg.risks.map((r) => r.measures.length)).toEqual([1, 0, 1]);
    expect(id(reg.risks[2].measures[0].residual)).toBe("moderate");
    // No approval column: the measure's approval is absent, not "blank in a cell".
    expect(reg.risks[0].measures[0].cells.approved).toBeUndefined();
  });

  test("the same numeric table read with the ICO matrix names 4 and 5 invalid instead of guessing", () => {
    const reg = register(combinedNumeric(), ico);
    expect(reg.risks[0].severity.state).toBe("invalid");
    expect(reg.risks[0].computed).toBeNull();
  });

  test("abbreviations and misspellings; Step 6 rows linked by description", () => {
    const reg = register(abbreviated());
    expect(reg.risks.map(summary)).toEqual([
      ["1", "possible", "significant", "medium", "medium"],
      ["2", "probable", "severe", "high", "high"],
      ["3", "remote", "minimal", "low", "low"],
      ["4", "invalid", "minimal", "low", null],
    ]);
    expect(reg.risks[0].measures.map((m) => id(m.approved))).toEqual(["no"]);
    expect(reg.risks[1].measures.map((m) => id(m.residual))).toEqual(["medium"]);
  });

  test("Step 6 rows naming several risks, or no known risk", () => {
    const model = doc(
      heading("Step 5", 2),
      table(
        row("ID", "Risk", "Likelihood", "Severity", "Overall"),
        row("R1", "Phishing", "Probable", "Severe", "High"),
        row("R2", "Lost laptop", "Possible", "Significant", "Medium"),
      ),
      heading("Step 6", 2),
      table(
        row("Risk", "Measure", "Residual risk", "Approved"),
        row("R1, R2", "Staff training", "Low", "Yes"),
        row("Risk 7", "Something else", "Low", "Yes"),
        row("", "", "", ""),
      ),
    );
    const reg = register(model);
    expect(reg.risks.map((r) => r.measures.map((m) => m.description))).toEqual([
      ["Staff training"],
      ["Staff training"],
    ]);
    expect(reg.orphanMeasures.map((m) => m.description)).toEqual(["Something else"]);
  });

  test("values that cannot be paired with the numbered risks are invalid, not guessed", () => {
    const model = doc(
      table(
        row("Risk", "Likelihood", "Severity", "Overall risk"),
        row("1) A\n2) B\n3) C", "Possible\nRemote", "Minimal", ""),
      ),
    );
    const reg = register(model);
    expect(reg.risks).toHaveLength(3);
    expect(reg.risks.map((r) => id(r.likelihood))).toEqual(["invalid", "invalid", "invalid"]);
    // A single value speaks for the whole row.
    expect(reg.risks.map((r) => id(r.severity))).toEqual(["minimal", "minimal", "minimal"]);
    expect(reg.multiRows?.[0].parts[1]).toBeNull();
  });

  test("documents without risk tables, and our own summary, give an empty register", () => {
    const none = register(doc(heading("Intro"), table(row("Name", "Date"), row("A", "B"))));
    expect(none).toMatchObject({ found: false, risks: [], orphanMeasures: [] });
    const onlySummary = doc({
      kind: "table",
      tag: "dpia-assist:risk-summary",
      rows: [
        row("ID", "Risk", "Likelihood", "Severity", "Inherent risk (computed)"),
        row("1", "x", "Possible", "Minimal", "Low"),
      ],
    });
    expect(register(onlySummary).risks).toEqual([]);
  });
});

test("a risk whose description uses column words is still a risk; a repeated header row is not", () => {
  const model = doc(
    table(
      row("Risk", "Likelihood", "Severity", "Overall risk"),
      row("Residual data left on old servers after staff actions", "Possible", "Significant", "Medium"),
      row("Risk", "Likelihood", "Severity", "Overall risk"),
      row("Phishing", "Probable", "Severe", "High"),
    ),
  );
  expect(register(model).risks.map((r) => r.description)).toEqual([
    "Residual data left on old servers after staff actions",
    "Phishing",
  ]);
});

test("one small table per risk, labels down the first column", () => {
  const riskTable = (title: string, description: string, likelihood: string, severity: string, overall: string) =>
    table(
      row(cell(title, { span: 2 })),
      row("Description of risk:", description),
      row("Likelihood:", likelihood),
      row("Severity:", severity),
      row("Overall risk:", overall),
    );
  const model = doc(
    heading("Step 5: Identify and assess risks", 2),
    riskTable("Risk 1", "Phishing", "Probable", "Significant", "Medium"),
    riskTable("Risk 2", "Lost USB stick", "Remote", "Severe", "Low"),
    heading("Step 7: Sign off and record outcomes", 2),
    table(
      row("Measures approved by:", "CEO"),
      row("Residual risks approved by:", "CEO"),
      row("DPO advice provided:", "Yes"),
    ),
  );
  const reg = register(model);
  expect(reg.risks.map(summary)).toEqual([
    ["1", "probable", "significant", "medium", "high"],
    ["2", "remote", "severe", "low", "low"],
  ]);
  expect(reg.risks[0].cells.overall).toMatchObject({ ref: { table: 0, row: 4, cell: 1 }, expected: "Medium" });
  expect(reg.tables?.map((t) => [t.table, t.transposed])).toEqual([
    [0, true],
    [1, true],
  ]);
  expect(reg.tables?.[0].firstCellText).toBe("Risk 1");
});

describe("headers drawn with merged cells", () => {
  test("a merged 'Risk' over ID | Description: the second header row is no risk and values stay in their columns", () => {
    const model = doc(
      table(
        row(cell("Risk", { span: 2 }), "Likelihood", "Severity", "Overall risk"),
        row(
          "ID",
          "Description",
          cell("", { mergedContinuation: true }),
          cell("", { mergedContinuation: true }),
          cell("", { mergedContinuation: true }),
        ),
        row("R1", "Rota shows home numbers", "Probable", "Minimal", "Low"),
        row("R2", "Rota emailed outside", "Possible", "Severe", "Medium"),
      ),
    );
    const reg = register(model);
    expect(reg.risks.map(summary)).toEqual([
      ["R1", "probable", "minimal", "low", "low"],
      ["R2", "possible", "severe", "medium", "high"],
    ]);
    expect(reg.risks[1].description).toBe("Rota emailed outside");
    expect(reg.risks[1].cells.likelihood?.ref).toEqual({ table: 0, row: 3, cell: 2 });
  });

  test("a risk's ID and description merged down over two scored rows: both rows are that risk, measures link to both", () => {
    const below = () => cell("", { mergedContinuation: true });
    const model = doc(
      table(
        row("ID", "Description", "Likelihood", "Severity", "Overall risk"),
        row("R1", "Managers identify respondents in small teams", "Probable", "Significant", "High"),
        row(below(), below(), "Remote", "Minimal", "[Low / Medium / High]"),
        row("R2", "Health conditions in free text", "Possible", "Severe", "High"),
      ),
      table(row("Risk", "Options to reduce or eliminate risk"), row("R1", "Results only for groups of ten or more")),
    );
    const reg = register(model);
    expect(reg.risks.map(summary)).toEqual([
      ["R1", "probable", "significant", "high", "high"],
      ["R1", "remote", "minimal", "placeholder", "low"],
      ["R2", "possible", "severe", "high", "high"],
    ]);
    expect(reg.risks[1].description).toBe("Managers identify respondents in small teams");
    expect(reg.risks[1].cells.overall?.ref).toEqual({ table: 0, row: 2, cell: 4 });
    expect(reg.risks[1].cells.description).toBeUndefined();
    expect(reg.risks.map((r) => r.measures.length)).toEqual([1, 1, 0]);
  });

  test("without an ID column the merged-down description carries the risk's number; an own ID or text stays", () => {
    const below = () => cell("", { mergedContinuation: true });
    const model = doc(
      table(
        row("Risk", "Likelihood", "Severity", "Overall risk"),
        row("Managers identify respondents in small teams", "Probable", "Significant", "High"),
        row(below(), "Remote", "Minimal", "Low"),
        row("Health conditions in free text", "Possible", "Severe", "High"),
      ),
      table(
        row("ID", "Description", "Likelihood", "Severity", "Overall risk"),
        row("R1", "Managers identify respondents", "Probable", "Significant", "High"),
        row("R1b", below(), "Remote", "Minimal", "Low"),
        row(below(), "Sickness notes kept too long", "Possible", "Severe", "High"),
      ),
    );
    const reg = register(model);
    expect(reg.risks.map((r) => [r.id, r.description])).toEqual([
      ["1", "Managers identify respondents in small teams"],
      ["1", "Managers identify respondents in small teams"],
      ["2", "Health conditions in free text"],
      ["R1", "Managers identify respondents"],
      ["R1b", "Managers identify respondents"],
      ["R1b", "Sickness notes kept too long"],
    ]);
  });

  test("a risk merged down over two measure rows: one risk with both measures (a combined table, and Step 6)", () => {
    const below = () => cell("", { mergedContinuation: true });
    const combined = doc(
      table(
        row("Risk", "Likelihood", "Severity", "Overall risk", "Options to reduce risk", "Residual risk", "Approved"),
        row("Screens left unlocked", "Probable", "Significant", "High", "Lock after 5 minutes", "Medium", "Yes"),
        row(below(), below(), below(), below(), "Training for HR staff", "Low", "No"),
        row("Exports emailed home", "Possible", "Significant", "Medium", "Exports disabled", "Low", "Yes"),
      ),
    );
    const one = register(combined);
    expect(one.risks.map((r) => [r.id, r.description, r.measures.map((m) => m.description)])).toEqual([
      ["1", "Screens left unlocked", ["Lock after 5 minutes", "Training for HR staff"]],
      ["2", "Exports emailed home", ["Exports disabled"]],
    ]);
    expect(one.risks[0].measures[1].cells.approved?.ref).toEqual({ table: 0, row: 2, cell: 6 });

    const separate = doc(
      table(
        row("Risk", "Likelihood", "Severity", "Overall risk"),
        row("Screens left unlocked", "Probable", "Significant", "High"),
      ),
      table(
        row("Risk", "Options to reduce risk", "Effect on risk", "Residual risk", "Measure approved"),
        row("Screens left unlocked", "Lock after 5 minutes", "Reduced", "Medium", "Yes"),
        row(below(), "Training for HR staff", "Reduced", "Low", "No"),
      ),
    );
    const two = register(separate);
    expect(two.orphanMeasures).toEqual([]);
    expect(two.risks[0].measures.map((m) => [m.description, id(m.residual)])).toEqual([
      ["Lock after 5 minutes", "medium"],
      ["Training for HR staff", "low"],
    ]);
  });

  test("'Residual | Level': the number is read by the band word beside it", () => {
    const model = doc(
      table(
        row("Risk", "Likelihood", "Severity", "Residual", "Level"),
        row("Templates copied", "Possible", "Severe", "7", "Medium"),
      ),
    );
    const residual = register(model).risks[0].measures[0].residual;
    expect(residual).toMatchObject({ state: "value", id: "medium", raw: "7" });
  });
});

test("'Mitigation priority' ranks urgency: a table of steps with a risk level and a priority is no register", () => {
  const model = doc(
    table(
      row("Step name", "Details", "Risk level", "Mitigation priority"),
      row("Purpose of processing", "Scans are reported to the referrer", "", "Medium"),
      row("Data flow", "Images move from the scanner to the archive", "High", "High"),
    ),
  );
  expect(register(model).risks).toEqual([]);
});
