import { screen, waitFor } from "@testing-library/react";
import { openScreen } from "./helpers";
import { finding, MemoryService, report } from "./memory-service";

describe("Settings", () => {
  it("is a button in the header, not a tab: pressed, it shows Settings with no tab selected; again, the screen before", async () => {
    const { user } = await openScreen(new MemoryService(report([finding()])), /^Gaps/);
    expect(screen.getAllByRole("tab").map((t) => t.textContent?.trim())).toEqual([
      "Overview",
      "Gaps (1)",
      "Risks",
      "Review",
      "Actions",
    ]);
    const button = screen.getByRole("button", { name: "Settings" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    await user.click(button);
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("region", { name: "Settings" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab").filter((t) => t.getAttribute("aria-selected") === "true")).toEqual([]);
    await user.click(button);
    expect(screen.getByRole("tabpanel", { name: "Gaps" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Gaps (1)" })).toHaveAttribute("aria-selected", "true");
    // From Settings, a tab goes straight to its screen.
    await user.click(button);
    await user.click(screen.getByRole("tab", { name: "Risks" }));
    expect(button).toHaveAttribute("aria-pressed", "false");
  });

  it("saves the organisation type in the document and re-scans", async () => {
    const service = new MemoryService(report([finding()]));
    const { user } = await openScreen(service, "Settings");
    const scans = service.scans;
    await user.click(screen.getByRole("radio", { name: /Public authority/ }));
    await waitFor(() => expect(service.saved.at(-1)?.organisation).toBe("public-authority"));
    await waitFor(() => expect(service.scans).toBe(scans + 1));
  });

  it("lists ignored gaps with their reasons, and un-ignoring brings the gap back", async () => {
    const hidden = finding({ message: "Hidden gap" });
    const service = new MemoryService(report([finding(), hidden]), undefined, {
      ignored: [{ id: hidden.id, reason: "Covered by the trust-wide DPIA" }],
    });
    const { user } = await openScreen(service, "Settings");
    expect(screen.getByText(/Covered by the trust-wide DPIA/)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Gaps (1)" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: `Un-ignore ${hidden.id}` }));
    await waitFor(() => expect(service.saved.at(-1)?.ignored).toEqual([]));
    expect(await screen.findByRole("tab", { name: "Gaps (2)" })).toBeInTheDocument();
  });

  it("a failed save is explained and can be retried", async () => {
    const service = new MemoryService(report([finding()]));
    const save = service.saveSettings.bind(service);
    let failures = 1;
    service.saveSettings = async (s) => {
      if (failures-- > 0) throw Object.assign(new Error("denied"), { code: "AccessDenied" });
      return save(s);
    };
    const { user } = await openScreen(service, "Settings");
    await user.click(screen.getByRole("radio", { name: /Private company/ }));
    expect(
      await screen.findByText(/The settings could not be saved. Word did not allow the change/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(service.saved.at(-1)?.organisation).toBe("private"));
  });
});

describe("Settings: custom matrix", () => {
  it("rejects an invalid matrix with the validator's reasons, and saves a valid one as the matrix in use", async () => {
    const service = new MemoryService(report([finding()]));
    const { user } = await openScreen(service, "Settings");
    await user.click(screen.getByRole("button", { name: "Define a custom matrix" }));
    const box = screen.getByRole("textbox", { name: "Custom matrix (JSON)" });
    const starter = JSON.parse((box as HTMLTextAreaElement).value);
    expect(starter.grid).toHaveLength(3);

    await user.clear(box);
    await user.click(box);
    await user.paste("{ not json");
    await user.click(screen.getByRole("button", { name: "Save and use this matrix" }));
    expect(screen.getByRole("alert")).toHaveTextContent(/not valid JSON/);

    await user.clear(box);
    await user.paste(JSON.stringify({ ...starter, grid: [["low"]] }));
    await user.click(screen.getByRole("button", { name: "Save and use this matrix" }));
    expect(screen.getByRole("alert")).toHaveTextContent(/The matrix was not saved/);
    expect(service.saved).toHaveLength(0);

    await user.clear(box);
    await user.paste(JSON.stringify({ ...starter, name: "Trust matrix" }));
    await user.click(screen.getByRole("button", { name: "Save and use this matrix" }));
    await waitFor(() => expect(service.saved.at(-1)?.matrix).toBe("custom"));
    expect(service.saved.at(-1)?.customMatrix?.name).toBe("Trust matrix");
  });
});
