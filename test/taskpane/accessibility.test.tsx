import { screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import type { RiskSummary } from "../../src/core/report";
import { gapToggles, openScreen } from "./helpers";
import { finding, MemoryService, report } from "./memory-service";

/**
 * axe on every screen as jsdom renders it. jsdom has no layout, so colour contrast is left to the
 * playground's browser tests; names, roles, labels and structure are checked here.
 */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const risks: RiskSummary[] = [
  {
    id: "1",
    description: "Shared with the wrong school",
    likelihood: "possible",
    severity: "significant",
    overall: "low",
    computed: "medium",
  },
];

function service() {
  return new MemoryService(
    report(
      [
        finding({
          slot: "likelihood",
          target: "Remote, possible or probable",
          expected: "Remote, possible or probable",
        }),
        finding({ severity: "warning", kind: "unanswered", slot: "free-text", expected: "" }),
      ],
      { risks },
    ),
    { comments: false, trackChanges: true },
    { ignored: [{ id: "old", reason: "duplicate" }] },
  );
}

describe("accessibility (axe, jsdom)", () => {
  it.each(["Overview", /^Gaps/, "Risks", "Review", "Settings"])(
    "%s has no serious or critical violations",
    async (tab) => {
      await openScreen(service(), tab);
      if (tab === "Risks") await screen.findByRole("list", { name: "Risk register" });
      expect(await seriousViolations()).toEqual([]);
    },
  );

  it("open guided answers have no serious or critical violations", async () => {
    const { user } = await openScreen(service(), /^Gaps/);
    const [scale, text] = gapToggles();
    await user.click(scale);
    await screen.findByRole("radiogroup", { name: "Choose the likelihood" });
    expect(await seriousViolations()).toEqual([]);
    await user.click(text);
    await screen.findByRole("textbox", { name: "Your answer" });
    expect(await seriousViolations()).toEqual([]);
  });

  it("the screens and a gap's actions are reached and used from the keyboard", async () => {
    const { user } = await openScreen(service(), "Overview");
    // Arrow keys between tabs are Fluent's FocusZone, which needs layout (checked in the browser tests);
    // here: a focused tab is activated with Enter.
    screen.getByRole("tab", { name: /^Gaps/ }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("tab", { name: /^Gaps/ })).toHaveAttribute("aria-selected", "true"));
    // Tab order from the search box reaches the first gap's line, which opens it.
    screen.getByRole("searchbox", { name: "Search gaps" }).focus();
    const answer = gapToggles()[0];
    for (let i = 0; i < 12 && document.activeElement !== answer; i++) await user.tab();
    expect(document.activeElement).toBe(answer);
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("radiogroup", { name: "Choose the likelihood" })).toBeInTheDocument();
  });
});
