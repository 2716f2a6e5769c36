import { compactColumns, fitColumns, longestWordWidth, textWidth } from "../../../src/core/risk/summary-layout";

describe("summary layout", () => {
  test("text width grows with length and with wide letters", () => {
    expect(textWidth("Likelihood", 10)).toBeGreaterThan(textWidth("Severity", 10));
    expect(textWidth("mmmm", 10)).toBeGreaterThan(textWidth("iiii", 10));
    expect(textWidth("Likelihood", 20)).toBeCloseTo(2 * textWidth("Likelihood", 10));
  });

  test("the estimate is not narrower than DejaVu Sans Bold, the widest common fallback font", () => {
    // Widths in em measured with Chromium's canvas measureText (bold, 100 px) over DejaVu Sans 2.37; Liberation Sans
    // and Carlito, measured the same way, are 10–30 % narrower still.
    const dejaVuBold: Array<[string, number]> = [
      ["Likelihood", 5.78],
      ["Significant", 6.03],
      ["Credentials", 6.44],
      ["Pseudonymisation", 10.34],
      ["Measures", 5.42],
      ["WWWMMM", 6.29],
      ["approved", 5.33],
      ["Inherent", 4.84],
    ];
    for (const [word, em] of dejaVuBold) expect({ word, wide: textWidth(word, 1) >= em }).toEqual({ word, wide: true });
  });

  test("the estimate is not narrower than DejaVu Serif Bold, what a table style asking for Times New Roman gets without Liberation Serif", () => {
    // Sums of advance widths in em (the font's hmtx table, no kerning) of DejaVu Serif Bold 2.37. Short words of
    // capitals are where a narrow estimate breaks a word: "ID" was split over two lines in a Times New Roman table.
    const dejaVuSerifBold: Array<[string, number]> = [
      ["ID", 1.33],
      ["DPO", 2.49],
      ["HMRC", 3.68],
      ["Likelihood", 5.93],
      ["Significant", 6.16],
      ["Credentials", 6.45],
      ["WWWMMM", 6.69],
      ["Inherent", 4.91],
      ["Überprüfung", 7.27],
    ];
    for (const [word, em] of dejaVuSerifBold)
      expect({ word, wide: textWidth(word, 1) >= em }).toEqual({ word, wide: true });
  });

  test("every column is at least as wide as its longest word; the running text takes the spare width", () => {
    const rows = [
      ["ID", "Risk", "Likelihood"],
      ["1", "Credentials stolen from a shared laptop left in a car", "Possible"],
    ];
    const widths = fitColumns(rows, { width: 400, fontSize: 10, grow: [1], oneLine: [0, 2] })!;
    expect(widths[2]).toBeGreaterThanOrEqual(longestWordWidth("Likelihood", 10) - 0.1);
    expect(widths[1]).toBeGreaterThanOrEqual(longestWordWidth("Credentials", 10) - 0.1);
    expect(widths[1]).toBeGreaterThan(widths[2]);
    expect(widths[0]).toBeLessThan(widths[2]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(400);
  });

  test("null when the longest words alone do not fit", () => {
    const rows = [["Pseudonymisation", "Accountability", "Confidentiality"]];
    expect(fitColumns(rows, { width: 200, fontSize: 10, grow: [0] })).toBeNull();
    expect(fitColumns(rows, { width: 600, fontSize: 10, grow: [0] })).not.toBeNull();
  });

  test("compact grids take only the width they need", () => {
    const widths = compactColumns(
      [
        ["Level", "Before"],
        ["High", "1"],
      ],
      10,
      450,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThan(150);
  });
});
