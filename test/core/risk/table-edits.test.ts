import { RISK_SUMMARY_TAG, type Edit } from "../../../src/core/edits";
import type { DocModel } from "../../../src/core/model";
import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { buildRegister } from "../../../src/core/risk/register";
import { planRiskTableEdits } from "../../../src/core/risk/table-edits";
import { applyToModel } from "./apply-to-model";
import { fennex, seed001, structureOf } from "./fixtures";

const ico = getMatrix();
const registerOf = (model: DocModel) => buildRegister(model, structureOf(model), ico);
const apply = (model: DocModel, edits: Edit[]) => edits.reduce(applyToModel, model);

test("seed 001: split first, then (after reading again) rows and summary; a second run only updates the summary", () => {
  let model = seed001();
  const first = planRiskTableEdits(registerOf(model), ico, "2026-11-23");
  expect(first.round).toBe("split");
  expect(first.edits.map((e) => e.kind)).toEqual(["split-row", "split-row"]);
  model = apply(model, first.edits);
  const second = planRiskTableEdits(registerOf(model), ico, "2026-11-23");
  expect(second.round).toBe("fill");
  // Nothing is scored yet: no overall to fill, no medium/high risk to add rows for, only the summary.
  expect(second.edits.map((e) => e.kind)).toEqual(["upsert-tagged-block"]);
  model = apply(model, second.edits);
  model = apply(model, planRiskTableEdits(registerOf(model), ico, "2026-11-24").edits);
  expect(model.tables.filter((t) => t.tag === RISK_SUMMARY_TAG)).toHaveLength(3);
});

test("FENNEX: stated values are kept (mismatches are findings, not silent rewrites); risk 004 gets a Step 6 row", () => {
  const model = fennex();
  const plan = planRiskTableEdits(registerOf(model), ico, "2026-11-23");
  expect(plan.round).toBe("fill");
  expect(plan.edits.map((e) => e.kind)).toEqual(["insert-rows", "upsert-tagged-block"]);
  const after = apply(model, plan.edits);
  expect(after.tables[0].rows.map((r) => r.cells[4].text)).toEqual(model.tables[0].rows.map((r) => r.cells[4].text));
  expect(registerOf(after).risks[3].measures).toHaveLength(1);
});
