import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { buildRegister } from "../../../src/core/risk/register";
import { toRiskSummaries } from "../../../src/core/risk/summaries";
import { abbreviated, seed001, structureOf } from "./fixtures";

test("risks as the CLI's JSON shows them: lower-case words, null where absent", () => {
  const model = abbreviated();
  const risks = toRiskSummaries(buildRegister(model, structureOf(model), getMatrix()));
  expect(risks[0]).toEqual({
    id: "1",
    description: "Email sent to the wrong recipient",
    likelihood: "possible",
    severity: "significant",
    overall: "medium",
    computed: "medium",
  });
  expect(risks[3]).toMatchObject({ likelihood: null, severity: "minimal", computed: null });
  const seed = seed001();
  expect(
    toRiskSummaries(buildRegister(seed, structureOf(seed), getMatrix())).map((r) => [r.id, r.likelihood, r.overall]),
  ).toEqual([
    ["1", null, null],
    ["2", null, null],
    ["3", null, null],
    ["4", null, null],
  ]);
});
