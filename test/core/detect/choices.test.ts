import { boxOnly, findBothOptions, inlineOptions, isBothOptions, optionWord } from "../../../src/core/detect/choices";

describe("choices", () => {
  it("recognises both options left", () => {
    for (const t of ["Yes / No", "Yes/no", "YES or NO", "No / Yes", "yes, no"]) expect(isBothOptions(t)).toBe(true);
    for (const t of ["Yes", "No – not needed", "Yes, we do", "Yes/no questions are asked"])
      expect(isBothOptions(t)).toBe(false);
  });

  it("finds Yes / No on its own line or after the question", () => {
    expect(findBothOptions("\nYes / No\n")).toEqual({ text: "Yes / No", start: 1 });
    expect(findBothOptions("Opt-out offered: Yes/No")?.text).toBe("Yes/No");
    expect(findBothOptions("Can you rely on it? Yes or no")?.text).toBe("Yes or no");
    expect(findBothOptions("We answered yes to both")).toBeUndefined();
  });

  it("reads check boxes in the ways forms write them", () => {
    expect(inlineOptions("Yes ☒ No ☐")).toEqual([
      { label: "Yes", ticked: true },
      { label: "No", ticked: false },
    ]);
    expect(inlineOptions("☐ Yes ☐ No")).toEqual([
      { label: "Yes", ticked: false },
      { label: "No", ticked: false },
    ]);
    expect(inlineOptions("Yes: ☐  No: ☑  N/A: ☐").map((o) => o.ticked)).toEqual([false, true, false]);
    expect(inlineOptions("Tick ☐ if you agree to the terms")).toEqual([]);
    expect(boxOnly(" ☒ ")).toEqual({ ticked: true });
    expect(boxOnly("☐ Yes")).toBeUndefined();
    expect(optionWord("No:")).toBe("no");
    expect(optionWord("Not sure what this means")).toBeUndefined();
  });
});
