import { screen, waitFor } from "@testing-library/react";
import { openScreen } from "./helpers";
import { finding, MemoryService, report } from "./memory-service";

describe("Review mode", () => {
  it("'Mark all gaps' sends every listed gap to the service and records the review date", async () => {
    const findings = [finding(), finding(), finding()];
    const service = new MemoryService(report(findings));
    const { user } = await openScreen(service, "Review");
    await user.click(screen.getByRole("button", { name: "Mark all gaps" }));
    expect(await screen.findByText("3 gaps highlighted and commented.")).toBeInTheDocument();
    expect(service.marked).toEqual([findings]);
    expect(service.saved.at(-1)?.lastReviewed).toBe("2026-11-23");
  });

  it("ignored gaps are not marked", async () => {
    const [a, b] = [finding(), finding()];
    const service = new MemoryService(report([a, b]), undefined, { ignored: [{ id: b.id }] });
    const { user } = await openScreen(service, "Review");
    await user.click(screen.getByRole("button", { name: "Mark all gaps" }));
    await waitFor(() => expect(service.marked).toHaveLength(1));
    expect(service.marked[0].map((f) => f.id)).toEqual([a.id]);
  });

  it("'Clear marks' asks the service to remove the add-in's marks and reports how many", async () => {
    const service = new MemoryService(report([finding(), finding()]));
    const { user } = await openScreen(service, "Review");
    await user.click(screen.getByRole("button", { name: "Mark all gaps" }));
    await screen.findByText(/highlighted/);
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(await screen.findByText("2 marks removed.")).toBeInTheDocument();
    expect(service.clearCalls).toBe(1);
  });

  it("says when comments are not supported (WordApi 1.4 missing)", async () => {
    const service = new MemoryService(report([finding()]), { comments: false, trackChanges: false });
    const { user } = await openScreen(service, "Review");
    expect(await screen.findByText(/does not support comments from add-ins/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Mark all gaps" }));
    expect(await screen.findByText("1 gap highlighted.")).toBeInTheDocument();
  });

  it("offers tracked changes only where Word supports them, and saves the choice", async () => {
    const service = new MemoryService(report([finding()]), { comments: true, trackChanges: true });
    const { user } = await openScreen(service, "Review");
    await user.click(screen.getByRole("switch", { name: /tracked changes/ }));
    await waitFor(() => expect(service.saved.at(-1)?.trackChanges).toBe(true));
  });

  it("copies a review summary with counts and the top issues", async () => {
    const service = new MemoryService(
      report([
        finding({ severity: "info", message: "Minor thing" }),
        finding({ message: "Step 5 likelihood missing" }),
      ]),
    );
    const { user } = await openScreen(service, "Review");
    const summary = screen.getByRole("textbox", { name: "Review summary" }) as HTMLTextAreaElement;
    expect(summary.value).toContain("41 of 56");
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    expect(await screen.findByText("Summary copied.")).toBeInTheDocument();
    // user-event provides the clipboard in tests; read back what the pane wrote to it.
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(summary.value);
    expect(copied.indexOf("Step 5 likelihood missing")).toBeLessThan(copied.indexOf("Minor thing"));
  });

  it("with no gaps there is nothing to mark", async () => {
    await openScreen(new MemoryService(report([])), "Review");
    expect(screen.getByRole("button", { name: "Mark all gaps" })).toBeDisabled();
    expect((screen.getByRole("textbox", { name: "Review summary" }) as HTMLTextAreaElement).value).toContain(
      "No gaps found.",
    );
  });
});
