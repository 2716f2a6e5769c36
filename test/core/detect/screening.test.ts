import { screen, statedCriteria, type ScreeningUnit } from "../../../src/core/detect/screening";

/**
 * The screening is answered per part (one paragraph or cell text at a time, memoised by the text) and combined in
 * document order. These tables hold texts written by hand: what one text states, and what the combination gives.
 */

const unit = (text: string, paragraph: number): ScreeningUnit => ({ text, ref: { paragraph }, section: "Step 2" });

describe("statedCriteria: what one text states", () => {
  const cases: [string, string, [string, string][]][] = [
    [
      "a plain statement",
      "We will use CCTV in the car park.",
      [["systematic-monitoring", "We will use CCTV in the car park."]],
    ],
    [
      "two criteria in two sentences, each with its own sentence",
      "We process health data. Children attend the clinic.",
      [
        ["sensitive-data", "We process health data."],
        ["vulnerable-subjects", "Children attend the clinic."],
      ],
    ],
    [
      "the first stating sentence of a criterion, not a later one",
      "Patients' health records are kept. Their medical history is read too.",
      [["sensitive-data", "Patients' health records are kept."]],
    ],
    [
      "a negated mention skipped for a later statement",
      "We hold no health data. CCTV covers the car park.",
      [["systematic-monitoring", "CCTV covers the car park."]],
    ],
    ["a question states nothing", "Does the processing involve children?", []],
    ["a label waiting for its answer states nothing", "Children aged 12–16:", []],
    ["an example states nothing", "For example, CCTV in reception.", []],
    ["nothing of the kind", "We send a newsletter to members who ask for it.", []],
    ["an empty text", "", []],
  ];
  it.each(cases)("%s", (_, text, expected) => {
    expect(statedCriteria(text).map((c) => [c.id, c.sentence])).toEqual(expected);
  });

  it("gives the same (shared, frozen) answer for the same text", () => {
    const text = "We will use facial recognition at the gates.";
    expect(statedCriteria(text)).toBe(statedCriteria(text));
    expect(Object.isFrozen(statedCriteria(text))).toBe(true);
  });
});

describe("screen: the parts combined in document order", () => {
  it("places each criterion at the first unit that states it", () => {
    const hits = screen([
      unit("We send reminders by text message.", 0),
      unit("We process health data about our members.", 1),
      unit("Clinical records of children are read.", 2),
    ]);
    expect(hits.map((h) => [h.id, h.at])).toEqual([
      ["sensitive-data", { paragraph: 1 }],
      ["vulnerable-subjects", { paragraph: 2 }],
    ]);
    expect(hits[0].sentence).toBe("We process health data about our members.");
  });

  it("skips a negated mention and keeps the first unit and sentence of each criterion, in WP248 order", () => {
    const hits = screen(
      [
        "We hold no health data.",
        "The car park is covered. We use CCTV.",
        "Machine learning scores applicants.",
        "Our CCTV covers the yard.",
      ].map(unit),
    );
    expect(hits.map((h) => [h.id, h.at, h.sentence])).toEqual([
      ["evaluation-scoring", { paragraph: 2 }, "Machine learning scores applicants."],
      ["systematic-monitoring", { paragraph: 1 }, "We use CCTV."],
      ["innovative-technology", { paragraph: 2 }, "Machine learning scores applicants."],
    ]);
  });

  it("never reads a phrase spread over two paragraphs as one statement", () => {
    // "large scale" split by a paragraph break is an accident of layout, not what the author said.
    expect(screen([unit("The data is processed on a large", 0), unit("scale basis by the team.", 1)])).toEqual([]);
    expect(screen([unit("The data is processed on a large scale basis by the team.", 0)]).map((h) => h.id)).toEqual([
      "large-scale",
    ]);
  });
});
