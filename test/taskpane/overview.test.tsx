import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/app";
import { finding, MemoryService, report } from "./memory-service";

const today = () => "2026-11-23";

describe("Overview", () => {
  it("shows a scanning indicator until the first scan ends, then the overview", async () => {
    let open!: () => void;
    const service = new MemoryService(report([finding()]));
    service.gate = new Promise<void>((resolve) => (open = resolve));
    render(<App service={service} today={today} />);
    expect(screen.getAllByText("Scanning the document…").length).toBeGreaterThan(0);
    expect(screen.queryByRole("tab", { name: "Overview" })).not.toBeInTheDocument();
    await act(async () => open());
    expect(await screen.findByText("41 of 56 answers complete")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Scan complete: 1 gap.");
  });

  it("shows the template, progress, counts by kind and severity, and the next action", async () => {
    const findings = [
      finding({ severity: "warning", kind: "unanswered", message: "Later warning" }),
      finding({ severity: "error", kind: "placeholder", message: "First error" }),
      finding({ severity: "error", kind: "placeholder" }),
      finding({ severity: "info", kind: "review-overdue" }),
    ];
    render(<App service={new MemoryService(report(findings))} today={today} />);
    expect(await screen.findByText("41 of 56 answers complete")).toBeInTheDocument();
    expect(screen.getByText("ICO DPIA template", { selector: "strong" })).toBeInTheDocument();
    const severities = screen.getByRole("list", { name: "Gaps by severity" });
    expect(within(severities).getByText("Error: 2")).toBeInTheDocument();
    expect(within(severities).getByText("Warning: 1")).toBeInTheDocument();
    const kinds = screen.getByRole("list", { name: "Gaps by kind" });
    expect(
      within(kinds)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Placeholder left in: 2", "Unanswered: 1", "Review overdue: 1"]);
    // The next action is the first error, even though a warning comes before it.
    expect(screen.getByText(/First error/)).toBeInTheDocument();
  });

  it("'Answer it' opens the next gap in the gap list", async () => {
    const user = userEvent.setup();
    const first = finding({
      slot: "likelihood",
      target: "Remote, possible or probable",
      expected: "Remote, possible or probable",
    });
    render(<App service={new MemoryService(report([finding({ severity: "info" }), first]))} today={today} />);
    await user.click(await screen.findByRole("button", { name: "Answer it" }));
    expect(screen.getByRole("tab", { name: "Gaps (2)", selected: true })).toBeInTheDocument();
    expect(await screen.findByRole("radiogroup", { name: "Choose the likelihood" })).toBeInTheDocument();
  });

  it("says so when there are no gaps", async () => {
    render(<App service={new MemoryService(report([], { progress: { answered: 56, total: 56 } }))} today={today} />);
    expect(await screen.findByText("No gaps found")).toBeInTheDocument();
    expect(screen.getByText("56 of 56 answers complete")).toBeInTheDocument();
    expect(screen.getByText(/Every answer the add-in can check is complete/)).toBeInTheDocument();
  });

  it("explains an empty document or one that is not an assessment", async () => {
    const service = new MemoryService(
      report([], {
        template: "generic",
        templateName: "Generic document",
        notAnAssessment: true,
        progress: { answered: 0, total: 0 },
      }),
    );
    render(<App service={service} today={today} />);
    expect(await screen.findByText(/does not look like a DPIA, LIA or PIA/)).toBeInTheDocument();
    expect(screen.getByText("No answer slots were recognised in this document.")).toBeInTheDocument();
    expect(screen.getByText("Nothing to check here.")).toBeInTheDocument();
  });

  it("shows a scan error in words with Retry, never a blank pane", async () => {
    const user = userEvent.setup();
    const service = new MemoryService(report([finding()]));
    service.scanErrors = [Object.assign(new Error("boom"), { code: "GeneralException" })];
    render(<App service={service} today={today} />);
    expect(
      await screen.findByText(/The document could not be scanned. Word could not complete the request./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("41 of 56 answers complete")).toBeInTheDocument();
    expect(service.scans).toBe(2);
  });

  it("changing the template saves it in the document's settings and re-scans", async () => {
    const user = userEvent.setup();
    const service = new MemoryService(report([finding()]));
    render(<App service={service} today={today} />);
    await user.click(await screen.findByRole("combobox", { name: /^Change the template/ }));
    await user.click(screen.getByRole("option", { name: "ICO legitimate interests assessment" }));
    expect(service.saved.at(-1)?.template).toBe("ico-lia");
    await screen.findByText("41 of 56 answers complete");
    expect(service.scans).toBeGreaterThanOrEqual(2);
  });

  it("on regaining focus re-scans only when the document changed since the last scan", async () => {
    const service = new MemoryService(report([finding()]));
    render(<App service={service} today={today} />);
    await screen.findByText("41 of 56 answers complete");
    const before = service.scans;
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
    });
    // No blur first: the user never left the pane, not even the cheap check is made.
    expect([service.scans, service.fingerprintChecks]).toEqual([before, 0]);
    await act(async () => {
      window.dispatchEvent(new Event("blur"));
      window.dispatchEvent(new Event("focus"));
    });
    // Away and back, document untouched: checked, not re-scanned.
    expect([service.scans, service.fingerprintChecks]).toEqual([before, 1]);
    service.version++; // the user typed in the document
    await act(async () => {
      window.dispatchEvent(new Event("blur"));
      window.dispatchEvent(new Event("focus"));
    });
    expect([service.scans, service.fingerprintChecks]).toEqual([before + 1, 2]);
  });

  it("re-scans on focus when the cheap check fails", async () => {
    const service = new MemoryService(report([finding()]));
    service.unchangedSinceScan = () => Promise.reject(new Error("busy"));
    render(<App service={service} today={today} />);
    await screen.findByText("41 of 56 answers complete");
    const before = service.scans;
    await act(async () => {
      window.dispatchEvent(new Event("blur"));
      window.dispatchEvent(new Event("focus"));
    });
    expect(service.scans).toBe(before + 1);
  });
});
