import { isStageLabel, stageIn } from "../../../src/core/detect/risk-stage";

describe("stage labels", () => {
  test.each([
    ["Inherent", "inherent"],
    ["Residual risk (after mitigation):", "residual"],
    ["Inherent Risk Score", "inherent"],
    ["Gross", "inherent"],
    ["Net risk", "residual"],
    ["Score", undefined],
    ["Rating", undefined],
    ["Risk level", undefined],
    ["Assessment:", undefined],
  ])("%j is a stage or score label (stage %s)", (text, stage) => {
    expect(isStageLabel(text)).toBe(true);
    expect(stageIn(text)).toBe(stage);
  });

  test.each([
    "Residual data left on returned laptops",
    "Risk",
    "Likelihood",
    "1. Footage viewed by hall hirers",
    "",
    "Inherent and residual scores of every risk in the register are reviewed by the board each quarter",
  ])("%j names something else", (text) => {
    expect(isStageLabel(text)).toBe(false);
  });

  test.each([
    ["Likelihood (without mitigation)", "inherent"],
    ["Likelihood (with mitigation)", "residual"],
    ["Impact (if occurs)", undefined],
    ["Severity after controls", "residual"],
    ["Inherent vs residual", undefined],
  ])("the stage %j speaks of is %s", (text, stage) => {
    expect(stageIn(text)).toBe(stage);
  });
});
