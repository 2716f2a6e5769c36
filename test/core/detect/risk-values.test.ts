import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { allowedWords, type Axis } from "../../../src/core/vocabulary/risk-levels";
import { isOptionListPlaceholder, parseLevel } from "../../../src/core/detect/risk-values";

const ico = getMatrix("ico-3x3");
const nhs = getMatrix("nhs-5x5");

function idOf(axis: Axis, text: string, matrix = ico): string {
  const v = parseLevel(axis, text, matrix);
  return v.state === "value" ? v.id : v.state;
}

describe("parseLevel", () => {
  test.each<[Axis, string, string]>([
    ["likelihood", "Possible", "possible"],
    ["likelihood", "  PROBABLE. ", "probable"],
    ["likelihood", "Possibe", "possible"],
    ["likelihood", "prob.", "probable"],
    ["likelihood", "Likely", "probable"],
    ["likelihood", "Reasonable possibility", "possible"],
    ["likelihood", "2", "possible"],
    ["severity", "Signifcant", "significant"],
    ["severity", "Significant ", "significant"],
    ["severity", "High", "severe"],
    ["severity", "Serious harm", "severe"],
    ["overall", "Med", "medium"],
    ["overall", "H", "high"],
    ["overall", "Lo", "low"],
    ["overall", "Low risk", "low"],
    ["overall", "High (after training)", "high"],
    ["overall", "Amber", "medium"],
    ["effect", "Reduced", "reduced"],
    ["effect", "eliminate", "eliminated"],
    // A plain synonym of the ICO's "reduced" is an answer, not an invalid value (issue 15, lead's decision).
    ["effect", "Lowered", "reduced"],
    ["effect", "Mitigated", "reduced"],
    ["residual", "low", "low"],
    ["approved", "Yes", "yes"],
    ["approved", "Y", "yes"],
    ["approved", "Not approved", "no"],
    ["approved", "Awaiting", "pending"],
    ["approved", "No – awaiting budget", "no"],
  ])("%s %j → %s", (axis, text, expected) => {
    expect(idOf(axis, text)).toBe(expected);
  });

  test.each<[Axis, string]>([
    ["effect", "Low"],
    ["overall", "Medium-High"],
    ["severity", "S"],
    ["likelihood", "P"],
    ["likelihood", "4"],
    ["likelihood", "Sometimes"],
    ["approved", "Yes – but not approved"],
  ])("%s %j is invalid and names the allowed words", (axis, text) => {
    const v = parseLevel(axis, text, ico);
    expect(v.state).toBe("invalid");
    if (v.state === "invalid") expect(v.allowed).toEqual(allowedWords(axis, ico));
  });

  test("blank and form prompts", () => {
    expect(parseLevel("overall", "  \n ").state).toBe("blank");
    expect(parseLevel("approved", "N/A").state).toBe("blank");
    expect(parseLevel("likelihood", "Click or tap here to enter text.").state).toBe("placeholder");
  });

  test("option lists are placeholders on every axis, whatever the line breaks", () => {
    expect(parseLevel("likelihood", "Remote, \npossible or \n\nprobable").state).toBe("placeholder");
    expect(parseLevel("severity", "Minimal, significant or severe").state).toBe("placeholder");
    expect(parseLevel("residual", "Low \nmedium \nhigh").state).toBe("placeholder");
    expect(parseLevel("approved", "Yes/no").state).toBe("placeholder");
  });

  test("numeric scales follow the matrix: NHS 1–5 ranks and 1–25 scores in bands", () => {
    expect(idOf("likelihood", "4", nhs)).toBe("likely");
    expect(idOf("severity", "5", nhs)).toBe("catastrophic");
    expect(idOf("likelihood", "4 - Likely", nhs)).toBe("likely");
    expect(idOf("likelihood", "2 - Likely", nhs)).toBe("invalid");
    expect(idOf("overall", "12", nhs)).toBe("high");
    expect(idOf("overall", "16", nhs)).toBe("extreme");
    expect(idOf("overall", "7", nhs)).toBe("invalid");
    expect(idOf("likelihood", "3/5", nhs)).toBe("possible");
    expect(idOf("likelihood", "3/5", ico)).toBe("invalid");
  });

  test("the same word means different levels on different matrices", () => {
    expect(idOf("likelihood", "Possible", nhs)).toBe("possible");
    expect(idOf("severity", "Significant", getMatrix("cnil-4x4"))).toBe("significant");
    expect(idOf("severity", "Significant", nhs)).toBe("moderate");
  });
});

describe("isOptionListPlaceholder", () => {
  test.each([
    "Remote, possible or probable",
    "Minimal, significant or severe",
    "Low, medium or high",
    "Eliminated reduced accepted",
    "Low medium high",
    "Yes/no",
    "Remote,\npossible or\nprobable",
    "Remote, possibe or probable",
    "Rare, unlikely, possible, likely or almost certain",
  ])("%j", (text) => expect(isOptionListPlaceholder(text)).toBe(true));

  test.each(["High", "Medium-High", "Possible", "Low, low", "Yes", "Remote or possible or probable or severe", ""])(
    "not %j",
    (text) => expect(isOptionListPlaceholder(text)).toBe(false),
  );
});

describe("phrases that contain another level's word", () => {
  test.each<[Axis, string, string]>([
    ["approved", "Not yet approved", "pending"],
    ["likelihood", "Not likely", "remote"],
    ["approved", "Approved by DPO 3/3/22", "yes"],
  ])("%s %j → %s", (axis, text, expected) => expect(idOf(axis, text)).toBe(expected));
});
