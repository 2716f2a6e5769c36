import fc from "fast-check";
import { linesOfParts, partsWithoutOpenLists } from "../../../../src/core/checks/utils/option-list-parts";
import { withoutOpenOptionLists } from "../../../../src/core/checks/utils/option-lists";
import type { OptionName } from "../../../../src/core/vocabulary/lawful-basis";
import { ARTICLE_6_OPTIONS, ARTICLE_9_OPTIONS } from "../../../../src/core/vocabulary/lawful-basis";

/**
 * What the checks used to read: the parts joined line by line, open lists taken out of the whole text when an answer
 * (shorter than 4,000 characters) holds one.
 */
function answersWithoutOpenLists(text: string, answers: readonly string[], options: readonly OptionName[]): string {
  const hasList = answers.some((a) => a.length < 4000 && withoutOpenOptionLists(a, options) !== a);
  return hasList ? withoutOpenOptionLists(text, options) : text;
}

const wholeText = (parts: string[], answers: readonly string[], options = ARTICLE_6_OPTIONS) =>
  answersWithoutOpenLists(parts.join("\n"), answers, options);

describe("partsWithoutOpenLists", () => {
  it.each<[string, string[], string[]]>([
    [
      "no list: the parts themselves",
      ["We rely on consent.", "Names and emails"],
      ["We rely on consent.", "Names and emails"],
    ],
    ["a one-line list, none chosen", ["Consent / Contract / Legal obligation", "Names"], ["Names"]],
    ["a one-line list with one marked", ["☐ Consent ☒ Contract ☐ Legal obligation", "Names"], ["☒ Contract ", "Names"]],
    [
      "a run of lines in one part, none marked",
      ["☐ Consent\n☐ Contract\n☐ Legal obligation\nWe also explain why", "Consent / Contract / Public task"],
      ["We also explain why"],
    ],
    [
      "a run running on from one part into the next, one marked",
      ["Names\n☐ Consent\n☐ Contract", "☒ Legal obligation\nFor payroll", "Consent, contract, vital interests"],
      ["Names", "☒ Legal obligation\nFor payroll"],
    ],
  ])("%s", (_, parts, kept) => {
    const result = partsWithoutOpenLists(parts, parts, ARTICLE_6_OPTIONS);
    expect(result).toEqual(kept);
    expect(result.join("\n")).toBe(wholeText(parts, parts));
  });

  it("leaves the parts alone (the same array) when no answer holds a list", () => {
    const parts = ["Consent / Contract / Legal obligation"];
    expect(partsWithoutOpenLists(parts, ["Consent"], ARTICLE_6_OPTIONS)).toBe(parts);
    expect(wholeText(parts, ["Consent"])).toBe(parts[0]);
  });

  it("reads a free-form document's lines as its answers", () => {
    const parts = ["Intro\nExplicit consent, employment, vital interests", "Names"];
    expect(linesOfParts(parts)).toEqual(parts.join("\n").split("\n"));
    const result = partsWithoutOpenLists(parts, linesOfParts(parts), ARTICLE_9_OPTIONS);
    expect(result).toEqual(["Intro", "Names"]);
    expect(result.join("\n")).toBe(wholeText(parts, linesOfParts(parts), ARTICLE_9_OPTIONS));
  });

  const lines = fc.constantFrom(
    "☐ Consent",
    "☒ Contract",
    "☐ Legal obligation",
    "[x] Vital interests",
    "Public task",
    "Consent / Contract / Legitimate interests",
    "☐ Consent ☒ Contract ☐ Public task",
    "Names and addresses",
    "",
  );
  const parts = fc.array(
    fc.array(lines, { minLength: 1, maxLength: 5 }).map((l) => l.join("\n")),
    { maxLength: 6 },
  );

  it("takes out what answersWithoutOpenLists takes out of the joined text", () => {
    fc.assert(
      fc.property(parts, (p) => {
        expect(partsWithoutOpenLists(p, p, ARTICLE_6_OPTIONS).join("\n")).toBe(wholeText(p, p));
        const asLines = linesOfParts(p);
        expect(partsWithoutOpenLists(p, asLines, ARTICLE_6_OPTIONS).join("\n")).toBe(wholeText(p, asLines));
      }),
      { numRuns: 2000 },
    );
  });
});
