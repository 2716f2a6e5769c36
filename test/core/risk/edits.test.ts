import fc from "fast-check";
import type { Edit } from "../../../src/core/edits";
import { textAt, type DocModel } from "../../../src/core/model";
import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { addMeasureRows, unmitigatedRisks } from "../../../src/core/risk/measure-rows";
import { buildRegister } from "../../../src/core/risk/register";
import { keepsEveryCharacter, splitAllRows, splitMultiRiskRow } from "../../../src/core/risk/split-row";
import { fillOverall, writeLevel } from "../../../src/core/risk/write-value";
import type { BuildResult } from "../../../src/core/risk/edit-result";
import { doc, row, table } from "../../support/model-builder";
import { applyToModel } from "./apply-to-model";
import { blankIco, fennex, seed001, SEED_001_RISKS, structureOf } from "./fixtures";

const ico = getMatrix("ico-3x3");
const registerOf = (model: DocModel) => buildRegister(model, structureOf(model), ico);
function ok<T>(result: BuildResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.edit;
}
const apply = (model: DocModel, ...edits: Edit[]) => edits.reduce(applyToModel, model);

describe("writing values", () => {
  test("a whole-cell placeholder is replaced by the chosen word (blank ICO template)", () => {
    let model = blankIco();
    const risk = registerOf(model).risks[0];
    const edit = ok(writeLevel(risk.cells.likelihood!, "likelihood", "possible", ico));
    expect(risk.cells.likelihood!.context).toEqual(expect.any(String));
    expect(edit).toEqual({
      kind: "set-text",
      ref: risk.cells.likelihood!.ref,
      expectedContext: risk.cells.likelihood!.context,
      expected: "Remote, possible or probable",
      text: "Possible",
    });
    model = apply(model, edit, ok(writeLevel(registerOf(model).risks[0].cells.severity!, "severity", "severe", ico)));
    const after = registerOf(model).risks[0];
    expect(after.computed).toBe("high");
    model = apply(model, ok(fillOverall(after, ico)));
    expect(registerOf(model).risks[0].overall).toMatchObject({ state: "value", id: "high" });
  });

  test("one risk's part of a multi-risk cell is replaced alone, even among identical placeholders", () => {
    let model = seed001();
    const third = registerOf(model).risks[2];
    model = apply(model, ok(writeLevel(third.cells.severity!, "severity", "significant", ico)));
    const values = registerOf(model).risks.map((r) =>
      r.severity.state === "value" ? r.severity.id : r.severity.state,
    );
    expect(values).toEqual(["placeholder", "placeholder", "significant", "placeholder"]);
    // The third likelihood placeholder spans a blank line: the whole cell is rewritten with the others kept.
    const edit = ok(writeLevel(registerOf(model).risks[2].cells.likelihood!, "likelihood", "probable", ico));
    expect(edit.kind).toBe("set-text");
    model = apply(model, edit);
    const reg = registerOf(model);
    expect(reg.risks.map((r) => r.likelihood.state)).toEqual(["placeholder", "placeholder", "value", "placeholder"]);
    expect(reg.risks[2].computed).toBe("high");
  });

  test("refusals are values with a reason", () => {
    const reg = registerOf(fennex());
    expect(writeLevel(reg.risks[0].cells.likelihood!, "likelihood", "often", ico)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a likelihood value/),
    });
    expect(fillOverall(reg.risks[0], ico)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/already states/),
    });
    expect(fillOverall(reg.risks[1], ico)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/accept the correction/),
    });
    const fix = ok(fillOverall(reg.risks[1], ico, true));
    expect(fix).toMatchObject({ kind: "set-text", expected: "Low", text: "Medium" });
    expect(fillOverall(registerOf(blankIco()).risks[0], ico)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cannot be scored/),
    });
  });
});

describe("splitting a multi-risk row", () => {
  test("seed 001: four risks → four rows, each with its own placeholders; no character lost", () => {
    const model = seed001();
    const reg = registerOf(model);
    const edits = splitAllRows(reg).map(ok);
    expect(edits.map((e) => e.ref)).toEqual([
      { table: 1, row: 2, cell: 0 },
      { table: 0, row: 1, cell: 0 },
    ]);
    const step5 = edits[1];
    expect(step5.rows).toHaveLength(4);
    expect(step5.rows.map((r) => r[0])).toEqual(SEED_001_RISKS.map((s) => s.trim()));
    expect(step5.rows[2][1]).toBe("Remote, \npossible or \n\nprobable");
    expect(keepsEveryCharacter(reg.multiRows![0], step5.rows)).toBe(true);
    const after = registerOf(apply(model, ...edits));
    expect(after.multiRows).toEqual([]);
    expect(after.risks.map((r) => [r.id, r.sharesRow, r.cells.description!.ref.row])).toEqual([
      ["1", false, 1],
      ["2", false, 2],
      ["3", false, 3],
      ["4", false, 4],
    ]);
    expect(after.risks.map((r) => r.measures.length)).toEqual([1, 1, 0, 0]);
  });

  test("refuses when a column cannot be paired", () => {
    const model = doc(
      table(row("Risk", "Likelihood", "Severity"), row("1) A\n2) B\n3) C", "Possible\nRemote", "Minimal")),
    );
    const result = splitMultiRiskRow(registerOf(model).multiRows![0]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/Column 2/) });
  });

  test("property: splitting any numbered list keeps every non-space character in order", () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z ,.'/-]{0,30}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 6 }),
        fc.constantFrom("\n", "\n \n", "\n\n\n"),
        (items, gap) => {
          const description = items.map((t, i) => `${i + 1}) ${t}`).join(gap);
          const values = items.map((_, i) => ["Remote", "Possible", "Probable"][i % 3]).join(gap);
          const model = doc(
            table(row("Risk", "Likelihood of harm", "Severity of harm"), row(description, values, "Minimal")),
          );
          const multi = registerOf(model).multiRows![0];
          const edit = ok(splitMultiRiskRow(multi));
          expect(edit.rows).toHaveLength(items.length);
          expect(
            edit.rows
              .map((r) => r[0])
              .join("")
              .replace(/\s+/g, ""),
          ).toBe(description.replace(/\s+/g, ""));
          expect(edit.rows.map((r) => r[2])).toEqual(items.map(() => "Minimal"));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("adding Step 6 rows for unmitigated risks", () => {
  test("FENNEX: one row for risk 004 (high, no measure) after the last Step 6 row, in the Risk ID column", () => {
    const model = fennex();
    const reg = registerOf(model);
    expect(unmitigatedRisks(reg, ico).map((r) => r.id)).toEqual(["004"]);
    const edit = ok(addMeasureRows(reg, ico));
    expect(edit).toEqual({
      kind: "insert-rows",
      ref: { table: 1, row: 3, cell: 0 },
      expectedContext: reg.tables![1].lastRowContext,
      expected: "003",
      values: [["004", "", "", "", ""]],
    });
    const after = registerOf(apply(model, edit));
    expect(after.tables?.[1].lastRowCells).toEqual(["004", "", "", "", ""]);
  });

  test("seed 001 end to end: split, score, then add Step 6 rows for the unmitigated risks", () => {
    let model = seed001();
    model = apply(model, ...splitAllRows(registerOf(model)).map(ok));
    const choices: [string, string][] = [
      ["possible", "significant"],
      ["possible", "severe"],
      ["remote", "minimal"],
      ["probable", "significant"],
    ];
    choices.forEach(([l, s], i) => {
      const risk = registerOf(model).risks[i];
      model = apply(
        model,
        ok(writeLevel(risk.cells.likelihood!, "likelihood", l, ico)),
        ok(writeLevel(risk.cells.severity!, "severity", s, ico)),
      );
      model = apply(model, ok(fillOverall(registerOf(model).risks[i], ico)));
    });
    let reg = registerOf(model);
    expect(reg.risks.map((r) => [r.computed, r.overall.state === "value" ? r.overall.id : null])).toEqual([
      ["medium", "medium"],
      ["high", "high"],
      ["low", "low"],
      ["high", "high"],
    ]);
    // Risks 1 and 2 have measures; 3 is low; only 4 needs a row.
    const edit = ok(addMeasureRows(reg, ico));
    expect(edit.values).toEqual([[`4) ${reg.risks[3].description}`, "", "", "", ""]]);
    model = apply(model, edit);
    reg = registerOf(model);
    expect(textAt(model, { table: 1, row: 4, cell: 0 })).toMatch(/^4\) Cyber attack/);
    expect(reg.risks[3].cells.description).toBeDefined();
    expect(addMeasureRows(reg, ico)).toMatchObject({ ok: false });
  });
});
