import { discussed, type Body } from "../../../../src/core/checks/utils/elements";
import { normalise } from "../../../../src/core/detect/text";
import { ASSESSMENT_ELEMENTS } from "../../../../src/core/vocabulary/assessment-elements";

const contentOf = (id: string) => {
  const element = ASSESSMENT_ELEMENTS.find((e) => e.id === id);
  if (!element) throw new Error(`no element ${id}`);
  return element.content;
};
/** A body of paragraphs (level 0 unless given as [text, level]) under the given section titles. */
const bodyOf = (paragraphs: (string | [string, number])[], titles: string[] = []): Body => ({
  paragraphs: paragraphs.map((p) =>
    typeof p === "string" ? { text: p, headingLevel: 0 } : { text: p[0], headingLevel: p[1] },
  ),
  titles: new Set(titles),
});
/** What presence used to ask: the pattern over the body paragraphs (not headings nor titles) joined and normalised. */
const overJoined = (body: Body, pattern: RegExp) =>
  pattern.test(
    normalise(
      body.paragraphs
        .filter((p) => p.headingLevel === 0 && !body.titles.has(p.text.trim()))
        .map((p) => p.text)
        .join("\n"),
    ),
  );

describe("discussed (the body read paragraph by paragraph)", () => {
  it.each<[string, (string | [string, number])[], boolean]>([
    ["risks", ["Background", "The LIKELIHOOD of harm is remote."], true],
    ["measures", ["Data is held in the UK.", "", "Access is controlled by role."], false],
    ["measures", ["Data is held in the UK.", "All laptops are encrypted."], true],
    ["lawful-basis", ["We rely on\u00a0Legitimate   Interests"], true],
    ["lawful-basis", [], false],
    // A heading or a section title is not body.
    ["risks", [["Risks to individuals", 2], "Names are held."], false],
    ["signoff", ["Sign-off", "To be completed."], false],
  ])("%s in %j: as over the joined body", (id, paragraphs, expected) => {
    const body = bodyOf(
      paragraphs,
      [" Sign-off "].map((t) => t.trim()),
    );
    expect(discussed(body, contentOf(id))).toBe(expected);
    expect(discussed(body, contentOf(id))).toBe(overJoined(body, contentOf(id)));
  });

  it("does not join words split over two paragraphs (an accident of layout)", () => {
    const body = bodyOf(["Our lawful", "basis is set out below"]);
    expect(overJoined(body, /\blawful basis\b/)).toBe(true);
    expect(discussed(body, /\blawful basis\b/)).toBe(false);
  });

  it("answers each pattern for itself on the same text", () => {
    const body = bodyOf(["Signed by the DPO"]);
    expect(discussed(body, contentOf("signoff"))).toBe(true);
    expect(discussed(body, contentOf("risks"))).toBe(false);
  });
});
