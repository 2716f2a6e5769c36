import { screen, waitFor, within } from "@testing-library/react";
import { RISK_SUMMARY_TAG, type UpsertTaggedBlockEdit } from "../../src/core/edits";
import type { RiskSummary } from "../../src/core/report";
import { openScreen, pick } from "./helpers";
import { MemoryService, report } from "./memory-service";

const risks: RiskSummary[] = [
  {
    id: "1",
    description: "Data shared with the wrong school",
    likelihood: "possible",
    severity: "significant",
    overall: "low",
    computed: "medium",
  },
  {
    id: "2",
    description: "Records kept too long",
    likelihood: "probable",
    severity: "severe",
    overall: "high",
    computed: "high",
  },
  { id: "3", description: "Unscored risk", likelihood: null, severity: null, overall: null, computed: null },
];

async function openRisks(service = new MemoryService(report([], { risks }))) {
  const view = await openScreen(service, "Risks");
  await screen.findByRole("list", { name: "Risk register" });
  return { ...view, service };
}

describe("Risks", () => {
  it("shows each risk as a card: ID and description, likelihood × severity → level, stated vs computed", async () => {
    await openRisks();
    const list = screen.getByRole("list", { name: "Risk register" });
    const cards = within(list).getAllByRole("listitem");
    expect(cards).toHaveLength(3);
    // Levels are chips whose accessible text names the axis and the level word.
    expect(cards[0]).toHaveTextContent(/^1 Data shared with the wrong school/);
    expect(cards[0]).toHaveTextContent("Likelihood: Possible");
    expect(cards[0]).toHaveTextContent("Severity: Significant");
    expect(cards[0]).toHaveTextContent("Risk level (computed): Medium");
    expect(cards[0]).toHaveTextContent("Stated as Low; the matrix gives Medium.");
    expect(cards[1]).not.toHaveTextContent(/Stated as/);
    expect(cards[2]).toHaveTextContent("Likelihood: not set");
    expect(screen.getByText(/3 risks, 1 with a stated level that differs from the matrix/)).toBeInTheDocument();
    // No wide table: nothing in the Risks view is a grid.
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
  });

  it("draws a compact heat map: counts only, the level as shading named for screen readers, and a legend", async () => {
    await openRisks();
    const table = screen.getByRole("table", { name: /Before measures/ });
    const severe = within(table)
      .getByRole("rowheader", { name: /^Severe/ })
      .closest("tr") as HTMLElement;
    const cells = within(severe)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    // ICO 3×3: severe × remote = low, × possible = high, × probable = high; risk 2 is probable × severe.
    expect(cells).toEqual(["0 (green shading)", "0 (red shading)", "1 (red shading)"]);
    const significant = within(table)
      .getByRole("rowheader", { name: /^Significant/ })
      .closest("tr") as HTMLElement;
    expect(within(significant).getAllByRole("cell")[1]).toHaveTextContent("1 (amber shading)");
    expect(screen.getByText("Shading gives the matrix level: green Low; amber Medium; red High.")).toBeInTheDocument();
  });

  it("the matrix picker saves the choice in the document and re-scans", async () => {
    const { user, service } = await openRisks();
    const scans = service.scans;
    await pick(user, /^Risk matrix/, "NHS 5×5");
    await waitFor(() => expect(service.saved.at(-1)?.matrix).toBe("nhs-5x5"));
    await waitFor(() => expect(service.scans).toBe(scans + 1));
    expect(await screen.findByText(/Computed with: matrix nhs-5x5/)).toBeInTheDocument();
  });

  it("the custom matrix is offered only when the document defines one", async () => {
    const { user } = await openRisks();
    await user.click(screen.getByRole("combobox", { name: /^Risk matrix/ }));
    expect(screen.getByRole("option", { name: /Custom/ })).toHaveAttribute("aria-disabled", "true");
  });

  it("'Insert / update risk summary' applies the risk engine's tagged summary block", async () => {
    const { user, service } = await openRisks();
    await user.click(screen.getByRole("button", { name: "Insert / update risk summary" }));
    await waitFor(() => expect(service.applied).toHaveLength(1));
    const [edit] = service.applied[0] as UpsertTaggedBlockEdit[];
    expect(edit.kind).toBe("upsert-tagged-block");
    expect(edit.tag).toBe(RISK_SUMMARY_TAG);
    const main = edit.tables[0].values;
    expect(main.slice(1).map((row) => row[0])).toEqual(["1", "2", "3"]);
    expect(edit.tables[0].after ?? edit.tables.at(-1)?.after).toBeDefined();
    expect(JSON.stringify(edit)).toContain("2026-11-23");
  });

  it("says when the document has no risk register, and offers nothing to insert", async () => {
    await openScreen(new MemoryService(report([])), "Risks");
    expect(await screen.findByText(/No risk register/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insert / update risk summary" })).toBeDisabled();
  });
});
