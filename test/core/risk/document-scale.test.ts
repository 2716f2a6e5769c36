import { clearTextMemos } from "../../../src/core/detect/text";
import { cellMapOf, withParagraphTexts } from "../../../src/core/model-patch";
import { documentMatrix } from "../../../src/core/risk/document-scale";
import { doc, heading, p } from "../../support/model-builder";

/**
 * The document's own scale: read when it prints a likelihood legend, an impact legend and score bands, each level with
 * its number; otherwise none. Also after an edit (the live re-check reads the legends by position and by text): the
 * answer for the edited model equals the answer for a model built with the edited text.
 */

const LIKELIHOOD = "Likelihood:\nRare (1)\nPossible (2)\nLikely (3)";
const IMPACT = "Impact: - Minor (1) - Moderate (2) - Major (3) - Severe (4) - Critical (5)";
const BANDS = "Risk levels:\n• Low (1-4)\n• Medium (5-9)\n• High (10-15)";

const scale = (...legend: string[]) =>
  doc(heading("Scoring"), ...legend.map((t) => p(t)), p("Risks are scored below."));

afterEach(() => clearTextMemos());

describe("documentMatrix", () => {
  const valid: [string, string[], { likelihood: string[]; severity: string[]; bands: string[] }][] = [
    [
      "three legends in order",
      [LIKELIHOOD, IMPACT, BANDS],
      {
        likelihood: ["rare", "possible", "likely"],
        severity: ["minor", "moderate", "major", "severe", "critical"],
        bands: ["low", "medium", "high"],
      },
    ],
    [
      "bands first, probability and severity named otherwise",
      [BANDS, "Probability of harm:\nUnlikely (1)\nLikely (2)", "Severity:\nLow (1)\nHigh (2)"],
      { likelihood: ["unlikely", "likely"], severity: ["low", "high"], bands: ["low", "medium", "high"] },
    ],
  ];
  it.each(valid)("reads the scale: %s", (_, legend, expected) => {
    const matrix = documentMatrix(scale(...legend));
    expect(matrix?.id).toBe("document");
    expect(matrix?.likelihood.map((l) => l.id)).toEqual(expected.likelihood);
    expect(matrix?.severity.map((l) => l.id)).toEqual(expected.severity);
    expect(matrix?.overall.map((l) => l.id)).toEqual(expected.bands);
  });

  const invalid: [string, string[]][] = [
    ["no bands", [LIKELIHOOD, IMPACT]],
    ["numbers that are not 1..n", ["Likelihood:\nRare (1)\nLikely (3)", IMPACT, BANDS]],
    ["overlapping bands", [LIKELIHOOD, IMPACT, "Risk levels:\nLow (1-5)\nHigh (4-15)"]],
    ["legends without numbers", ["Likelihood:\nRare\nPossible\nLikely", "Impact:\nMinor\nMajor", BANDS]],
    ["a label inside a sentence", ["We judged the likelihood:\nRare (1)\nPossible (2)", IMPACT, BANDS]],
  ];
  it.each(invalid)("reads no scale: %s", (_, legend) => {
    expect(documentMatrix(scale(...legend))).toBeUndefined();
  });

  const edits: [string, string, string][] = [
    ["a legend completed", "Likelihood:\nRare (1)", LIKELIHOOD],
    ["a legend broken", LIKELIHOOD, "Likelihood: to be agreed"],
    ["a legend changed", LIKELIHOOD, "Likelihood:\nRemote (1)\nProbable (2)"],
    ["an unrelated paragraph", "Risks are scored below.", "Risks are scored in the register."],
  ];
  it.each(edits)("after an edit (%s) answers as for the edited document", (_, before, after) => {
    const legend = [before === "Risks are scored below." ? LIKELIHOOD : before, IMPACT, BANDS];
    const model = scale(...legend);
    documentMatrix(model); // read once, as the scan before the re-check did
    const index = model.paragraphs.findIndex((x) => x.text === before);
    const patched = withParagraphTexts(model, cellMapOf(model), new Map([[index, after]]))!;
    const fresh = scale(...legend.map((t) => (t === before ? after : t)));
    if (before === "Risks are scored below.") fresh.paragraphs.at(-1)!.text = after;
    expect(documentMatrix(patched)).toEqual(documentMatrix(fresh));
  });
});
