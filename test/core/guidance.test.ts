import {
  answersFor,
  ARTICLE_9_CONDITIONS,
  criminalOffenceAnswers,
  LAWFUL_BASES,
  lawfulBasisAnswers,
  modelAnswer,
  yesNoAnswers,
} from "../../src/core/guidance";
import type { SlotType } from "../../src/core/report";
import { getMatrix } from "../../src/core/vocabulary/risk-matrices";

const context = { matrix: getMatrix("ico-3x3"), today: "2026-11-23" };
const TYPES: SlotType[] = [
  "likelihood",
  "severity",
  "overall",
  "effect",
  "residual",
  "approved",
  "yes-no",
  "date",
  "name-date",
  "lawful-basis",
  "special-category-condition",
  "free-text",
];

describe("guidance knowledge base", () => {
  it.each(TYPES)("offers cited answers for %s slots", (type) => {
    const answers = answersFor(type, "Question?", "Step 2: Describe the processing", context);
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) {
      expect(a.text.trim()).not.toBe("");
      expect(a.why.trim()).not.toBe("");
      expect(a.citation).toBeTruthy();
    }
  });

  it("covers Article 6(1)(a)–(f) and Article 9(2)(a)–(j)", () => {
    expect(LAWFUL_BASES.map((b) => b.point).join("")).toBe("abcdef");
    expect(ARTICLE_9_CONDITIONS.map((c) => c.point).join("")).toBe("abcdefghij");
    expect(criminalOffenceAnswers().every((a) => /Article 10/.test(a.citation ?? ""))).toBe(true);
  });

  it("puts public task first for public authorities and says why legitimate interests does not fit", () => {
    const answers = lawfulBasisAnswers("public-authority");
    expect(answers[0].label).toMatch(/public task/i);
    expect(answers.find((a) => /legitimate interests/i.test(a.label))!.why).toMatch(/public authority cannot/i);
  });

  it("uses the ICO definitions of the risk levels", () => {
    const likelihood = answersFor("likelihood", "", "", context).map((a) => a.text);
    expect(likelihood).toEqual(["Remote", "Possible", "Probable"]);
    expect(answersFor("severity", "", "", context)[2].why).toMatch(/serious harm/i);
  });

  it("explains the opt-out with the soft opt-in and a reason for No", () => {
    const [yes, no] = yesNoAnswers("Can you offer individuals an opt-out?");
    expect(yes.citation).toMatch(/regulation 22/);
    expect(no.draft).toBe(true);
  });

  it("marks model answers as drafts and matches them to the step", () => {
    const answer = modelAnswer("Describe the scope of the processing: what is the nature of the data?", "Step 2");
    expect(answer).toMatchObject({ draft: true, label: "Draft: Scope of the processing" });
  });
});
