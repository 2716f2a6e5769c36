import { HIGHLIGHT_COLOURS, parseSettings } from "../../src/core/settings";

describe("parseSettings: highlight colour", () => {
  test("keeps a highlighter colour Word offers", () => {
    expect(parseSettings(JSON.stringify({ matrix: "ico-3x3", highlightColor: "#00FF00" })).highlightColor).toBe(
      "#00FF00",
    );
  });

  test("drops anything else, so marks fall back to yellow", () => {
    for (const highlightColor of ["#123456", "green", 7, null])
      expect(parseSettings(JSON.stringify({ highlightColor })).highlightColor).toBeUndefined();
  });

  test("yellow is offered first (the default)", () => {
    expect(HIGHLIGHT_COLOURS[0]).toEqual({ value: "#FFFF00", label: "Yellow" });
  });
});
