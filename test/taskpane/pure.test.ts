import { basesFor, choicesFor, parseTypedDate, type Choice } from "../../src/taskpane/answer-choices";
import { getMatrix } from "../../src/core/vocabulary/risk-matrices";
import { explainError } from "../../src/taskpane/errors";
import { gapsTab } from "../../src/taskpane/labels";
import { groupBySection, matchesFilter, EMPTY_FILTER } from "../../src/taskpane/gap-filters";
import { reviewSummary } from "../../src/taskpane/review-summary";
import { registerFromRisks } from "../../src/taskpane/risk-summary-edit";
import { contrast, isDark, paneTheme, sameThemeColors } from "../../src/taskpane/theme";
import { finding, report } from "./memory-service";

describe("theme", () => {
  it("follows a dark Office theme: dark background, light text, inverted", () => {
    const colors = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#F0F0F0" };
    expect(isDark(colors)).toBe(true);
    const theme = paneTheme(colors);
    expect(theme.isInverted).toBe(true);
    expect(theme.palette.white.toLowerCase()).toBe("#262626");
    expect(theme.palette.neutralPrimary.toLowerCase()).toBe("#f0f0f0");
    expect(theme.semanticColors.bodyBackground.toLowerCase()).toBe("#262626");
  });

  it("a light Office theme stays light; no colours gives Fluent's default theme", () => {
    expect(isDark({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" })).toBe(false);
    expect(paneTheme({ bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#201f1e" }).isInverted).toBe(false);
    expect(paneTheme().palette.themePrimary).toBe(paneTheme(undefined).palette.themePrimary);
  });

  it("unreadable colour values fall back instead of producing a broken theme", () => {
    expect(paneTheme({ bodyBackgroundColor: "transparent", bodyForegroundColor: "" }).isInverted).toBe(false);
  });

  // Colours in the manner of Office's dark grey, black and colorful themes and a high-contrast pair (chosen here,
  // not read from a host: no real Word has run these tests).
  const office = {
    darkGrey: {
      bodyBackgroundColor: "#262626",
      bodyForegroundColor: "#FFFFFF",
      controlBackgroundColor: "#444444",
      controlForegroundColor: "#F0F0F0",
    },
    black: {
      bodyBackgroundColor: "#1F1F1F",
      bodyForegroundColor: "#D6D6D6",
      controlBackgroundColor: "#292929",
      controlForegroundColor: "#F2F2F2",
      isDarkTheme: true,
    },
    colorful: {
      bodyBackgroundColor: "#FFFFFF",
      bodyForegroundColor: "#262626",
      controlBackgroundColor: "#FFFFFF",
      controlForegroundColor: "#262626",
    },
    highContrast: {
      bodyBackgroundColor: "#000000",
      bodyForegroundColor: "#FFFF00",
      controlBackgroundColor: "#000000",
      controlForegroundColor: "#FFFFFF",
    },
  };

  it.each(Object.entries(office))(
    "gives readable body, input and button text in Office's %s theme",
    (_name, colors) => {
      const { semanticColors: c } = paneTheme(colors);
      expect(c.inputBackground.toLowerCase()).toBe(colors.controlBackgroundColor.toLowerCase());
      expect(c.buttonText.toLowerCase()).toBe(colors.controlForegroundColor.toLowerCase());
      for (const [text, background] of [
        [c.bodyText, c.bodyBackground],
        [c.inputText, c.inputBackground],
        [c.buttonText, c.buttonBackground],
        [c.menuItemText, c.menuBackground],
      ])
        expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("takes Office's isDarkTheme over its own judgement of the background", () => {
    const mid = { bodyBackgroundColor: "#B0B0B0", bodyForegroundColor: "#000000" };
    expect(isDark(mid)).toBe(false);
    expect(isDark({ ...mid, isDarkTheme: true })).toBe(true);
    expect(paneTheme({ ...mid, isDarkTheme: true }).isInverted).toBe(true);
  });

  it("ignores control colours that would be unreadable and keeps the body colours for controls", () => {
    const { semanticColors: c } = paneTheme({
      ...office.darkGrey,
      controlBackgroundColor: "#444444",
      controlForegroundColor: "#4A4A4A",
    });
    expect(c.inputText.toLowerCase()).not.toBe("#4a4a4a");
    expect(contrast(c.inputText, c.inputBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it("tells when a re-read of Office's theme changed anything", () => {
    expect(sameThemeColors(office.darkGrey, { ...office.darkGrey, bodyBackgroundColor: "#262626" })).toBe(true);
    expect(sameThemeColors(office.darkGrey, { ...office.darkGrey, bodyBackgroundColor: "#262626".toLowerCase() })).toBe(
      true,
    );
    expect(sameThemeColors(office.darkGrey, office.black)).toBe(false);
    expect(sameThemeColors(undefined, undefined)).toBe(true);
    expect(sameThemeColors(undefined, office.colorful)).toBe(false);
  });
});

describe("answer choices", () => {
  it("reads typed dates the UK way and rejects impossible ones", () => {
    expect(parseTypedDate("31/3/2027")).toEqual(new Date(2027, 2, 31));
    expect(parseTypedDate("10.12.24")).toEqual(new Date(2024, 11, 10));
    expect(parseTypedDate("2026-01-05")).toEqual(new Date(2026, 0, 5));
    expect(parseTypedDate("31/2/2026")).toBeNull();
    expect(parseTypedDate("soon")).toBeNull();
  });

  it("offers the matrix's levels for a scale slot without answers of its own", () => {
    const nhs = getMatrix("nhs-5x5");
    const choices = choicesFor(finding({ slot: "severity" }), nhs);
    expect(choices.map((c) => c.key)).toEqual(nhs.severity.map((l) => l.id));
    expect(choices.every((c) => c.why.length > 0)).toBe(true);
  });

  it("hides legitimate interests for public authorities only", () => {
    const choices: Choice[] = [
      { key: "e", label: "Article 6(1)(e) Public task", text: "e", why: "" },
      { key: "f", label: "Legitimate interests", text: "f", why: "", citation: "UK GDPR Article 6(1)(f)" },
    ];
    expect(basesFor(choices, "public-authority").shown.map((c) => c.key)).toEqual(["e"]);
    expect(basesFor(choices, "public-authority").hidden.map((c) => c.key)).toEqual(["f"]);
    expect(basesFor(choices, "private").shown).toHaveLength(2);
  });
});

describe("gap filters", () => {
  it("search matches the label shown, message, text or section, ignoring case and spacing", () => {
    const f = finding({
      short: "Risk 2: overall still template text",
      message: "Overall risk missing",
      text: "Low,  medium or high",
      section: "Step 5",
    });
    expect(matchesFilter(f, { ...EMPTY_FILTER, search: "still TEMPLATE" })).toBe(true);
    expect(matchesFilter(f, { ...EMPTY_FILTER, search: "MEDIUM or" })).toBe(true);
    expect(matchesFilter(f, { ...EMPTY_FILTER, search: "step 5" })).toBe(true);
    expect(matchesFilter(f, { ...EMPTY_FILTER, search: "sign-off" })).toBe(false);
    expect(matchesFilter(f, { ...EMPTY_FILTER, kinds: ["unanswered"] })).toBe(false);
  });

  it("keeps report order within and between sections", () => {
    const [a, b, c] = [finding({ section: "B" }), finding({ section: "A" }), finding({ section: "B" })];
    expect(groupBySection([a, b, c]).map((g) => [g.section, g.findings.map((f) => f.id)])).toEqual([
      ["B", [a.id, c.id]],
      ["A", [b.id]],
    ]);
  });
});

describe("review summary", () => {
  it("gives counts by severity and kind and puts errors first among the top issues", () => {
    const text = reviewSummary(
      report([
        finding({ severity: "info", kind: "review-overdue", message: "Review date passed" }),
        finding({ severity: "error", kind: "placeholder", message: "Placeholder in Step 5" }),
      ]),
      "2026-11-23",
    );
    expect(text).toContain("2 gaps: 1 error, 1 info.");
    expect(text).toContain("Placeholder left in 1");
    expect(text.indexOf("Placeholder in Step 5")).toBeLessThan(text.indexOf("Review date passed"));
  });
});

describe("errors", () => {
  it("explains Office error codes in plain words, else the first line of the message", () => {
    expect(explainError({ code: "AccessDenied", message: "x" })).toMatch(/protected or read-only/);
    expect(explainError(new Error("Disk full\n    at stack"))).toBe("Disk full");
    expect(explainError(undefined)).toBe("Something unexpected went wrong.");
  });
});

describe("risk summary adapter", () => {
  it("rebuilds a register from report risks, keeping blanks blank", () => {
    const register = registerFromRisks([
      { id: "1", description: "d", likelihood: "possible", severity: null, overall: null, computed: null },
    ]);
    expect(register.risks[0].likelihood).toEqual({ state: "value", id: "possible", raw: "possible" });
    expect(register.risks[0].severity.state).toBe("blank");
  });
});

describe("gaps tab", () => {
  const cases: [number, string, string][] = [
    [0, "Gaps (0)", "Gaps (0)"],
    [28, "Gaps (28)", "Gaps (28)"],
    [99, "Gaps (99)", "Gaps (99)"],
    [100, "Gaps (99+)", "Gaps (100)"],
    [939, "Gaps (99+)", "Gaps (939)"],
  ];
  it.each(cases)("%i gaps: shows %s, read as %s", (count, text, name) => {
    expect(gapsTab(count)).toEqual({ text, name });
  });
});
