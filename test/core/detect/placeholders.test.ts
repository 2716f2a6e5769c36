import { findPlaceholders, occurrenceOf } from "../../../src/core/detect/placeholders";

const kinds = (text: string) => findPlaceholders(text).map((h) => [h.kind, h.text]);

describe("findPlaceholders", () => {
  it("finds ICO option lists whole, split over lines, and misspelt", () => {
    expect(kinds("Remote, possible or probable")).toEqual([["option-list", "Remote, possible or probable"]]);
    expect(kinds("Minimal, \nsignificant \nor severe")).toEqual([
      ["option-list", "Minimal, \nsignificant \nor severe"],
    ]);
    expect(kinds("Eliminated\nreduced\naccepted")).toEqual([["option-list", "Eliminated\nreduced\naccepted"]]);
    expect(kinds("Remote, possibel or probable")).toEqual([["option-list", "Remote, possibel or probable"]]);
  });

  it("finds each of several option lists in one cell, with their offsets", () => {
    const text = "Low, \nmedium \nor high \n \n \nLow, \nmedium \nor high";
    const hits = findPlaceholders(text);
    expect(hits).toHaveLength(2);
    expect(text.slice(hits[1].start, hits[1].end)).toBe("Low, \nmedium \nor high");
    expect(occurrenceOf(text, hits[1].text, hits[1].start)).toBe(1);
  });

  it("marks Yes/No lists as choices, not placeholders", () => {
    expect(kinds("Yes/no")).toEqual([["choice-list", "Yes/no"]]);
  });

  it("does not take values or hints for option lists", () => {
    expect(findPlaceholders("Medium-High")).toEqual([]);
    expect(findPlaceholders("Low")).toEqual([]);
    expect(findPlaceholders("Effect on risk\n(eliminated, reduced or accepted)")).toEqual([]);
    expect(findPlaceholders("Yes ☒ No ☐")).toEqual([]);
  });

  it("finds prompts written in other ways", () => {
    expect(kinds("Approved by [insert name of the SIRO]")).toEqual([["bracket", "[insert name of the SIRO]"]]);
    expect(kinds("Owner: <name of information asset owner>")).toEqual([
      ["merge-field", "<name of information asset owner>"],
    ]);
    expect(kinds("Please type your answer here.")).toEqual([["enter-here", "type your answer here"]]);
    expect(kinds("Choose an item.")).toEqual([["form-prompt", "Choose an item."]]);
    expect(kinds("Start date: DD/MM/YYYY")).toEqual([["date-mask", "DD/MM/YYYY"]]);
    expect(kinds("Budget: TBD")).toEqual([["to-be-confirmed", "TBD"]]);
  });

  it("leaves ordinary writing alone", () => {
    for (const text of [
      "We keep records for 7 years [1].",
      "The form asks users to enter their postcode and press search.",
      "Values below 5 < 10 > 2 are compared.",
      "Staff told us the laptops were returned.",
      "<p>markup</p>",
    ])
      expect(findPlaceholders(text)).toEqual([]);
  });
});
