import { screen, waitFor, within } from "@testing-library/react";
import type { Finding, Report } from "../../src/core/report";
import { openScreen, pick } from "./helpers";
import { finding, MemoryService, report } from "./memory-service";

const sectionHeadings = () =>
  screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent?.replace(/\s*\(\d+\)$/, ""));

function manyFindings(): Finding[] {
  const sections = ["Step 2: Describe the processing", "Step 5: Identify and assess risks", "Step 7: Sign off"];
  const list: Finding[] = [];
  for (let i = 0; i < 60; i++) {
    list.push(
      finding({
        section: sections[Math.floor(i / 20)],
        kind: i % 3 === 0 ? "unanswered" : "placeholder",
        severity: i % 4 === 0 ? "warning" : "error",
        message: `Gap number ${i}`,
        short: `Gap ${i}`,
        text: i === 42 ? "Remote, possible or probable" : `Question ${i}`,
      }),
    );
  }
  return list;
}

describe("Gap list", () => {
  it("groups many gaps by the document's own sections, in document order", async () => {
    await openScreen(new MemoryService(report(manyFindings())), /^Gaps/);
    expect(sectionHeadings()).toEqual([
      "Step 2: Describe the processing",
      "Step 5: Identify and assess risks",
      "Step 7: Sign off",
    ]);
    expect(screen.getAllByRole("listitem")).toHaveLength(60);
    expect(screen.getByText("60 gaps")).toBeInTheDocument();
  });

  it("gaps about one risk are one item that opens to one gap per field; a sticky bar counts them all", async () => {
    const cell = (row: number, c: number, text: string) => ({
      ref: { table: 1, row, cell: c },
      expected: text,
      raw: text,
    });
    const risk = (id: string, row: number) => ({
      id,
      description: `Risk ${id} text`,
      likelihood: { state: "placeholder", raw: "Remote, possible or probable" },
      severity: { state: "placeholder", raw: "Minimal, significant or severe" },
      overall: { state: "placeholder", raw: "Low, medium or high" },
      computed: null,
      measures: [],
      cells: {
        id: cell(row, 0, id),
        likelihood: cell(row, 2, "x"),
        severity: cell(row, 3, "y"),
        overall: cell(row, 4, "z"),
      },
      sharesRow: false,
      section: "Step 5",
    });
    const onRisk = (row: number, c: number, short: string, severity: Finding["severity"] = "warning") =>
      finding({
        kind: "placeholder",
        section: "Step 5",
        ref: { table: 1, row, cell: c },
        short,
        message: `${short}: the template's option list is still there.`,
        severity,
      });
    const findings = [
      onRisk(3, 2, "Risk 3: likelihood still template text"),
      onRisk(3, 3, "Risk 3: severity still template text"),
      onRisk(3, 4, "Risk 3: overall still template text", "error"),
      onRisk(4, 2, "Risk 4: likelihood still template text"),
      finding({ section: "Step 7", short: "Sign-off missing", severity: "info" }),
    ];
    const register = { risks: [risk("3", 3), risk("4", 4)], orphanMeasures: [], found: true };
    const { user } = await openScreen(
      new MemoryService(report(findings, { register } as unknown as Partial<Report>)),
      /^Gaps/,
    );
    // The group's line is its label, with the count and the worst severity said after it for screen readers.
    const group = screen.getByRole("button", {
      name: "Risk 3: likelihood, severity and overall are still template text (3 gaps, Error)",
    });
    expect(group).toHaveAttribute("aria-expanded", "false");
    // Risk 4 has one gap only: it stays a gap of its own. Three items in all, not five.
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByRole("group", { name: "Gap counts" })).toHaveTextContent("5 gaps1 error3 warnings1 info");
    await user.click(group);
    expect(group).toHaveAttribute("aria-expanded", "true");
    const inner = screen.getByRole("list", { name: /^Risk 3:/ });
    expect(
      within(inner)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Risk 3: likelihood still template text (Warning)",
      "Risk 3: severity still template text (Warning)",
      "Risk 3: overall still template text (Error)",
    ]);
    // Closing the group from its line keeps the focus there.
    await user.click(group);
    expect(group).toHaveAttribute("aria-expanded", "false");
    expect(document.activeElement).toBe(group);
  });

  it("a section a document-level finding names again joins its earlier group", async () => {
    const a = finding({ section: "Part 1" });
    const b = finding({ section: "Part 2" });
    const c = finding({ section: "Part 1" });
    const d = finding({ section: "" });
    await openScreen(new MemoryService(report([a, b, c, d])), /^Gaps/);
    expect(sectionHeadings()).toEqual(["Part 1", "Part 2", "Whole document"]);
  });

  it("filters by search text, kind, severity and section", async () => {
    const { user } = await openScreen(new MemoryService(report(manyFindings())), /^Gaps/);
    await user.type(screen.getByRole("searchbox", { name: "Search gaps" }), "remote, POSSIBLE");
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByText("Showing 1 of 60 gaps")).toBeInTheDocument();
    await user.clear(screen.getByRole("searchbox", { name: "Search gaps" }));

    await user.click(screen.getByRole("button", { name: "Filters" }));
    await pick(user, /^Kind/, "Unanswered");
    expect(screen.getAllByRole("listitem")).toHaveLength(20);

    await pick(user, /^Severity/, "Warning");
    // unanswered (i % 3 == 0) and warning (i % 4 == 0): i = 0, 12, 24, 36, 48
    expect(screen.getAllByRole("listitem")).toHaveLength(5);

    await pick(user, /^Section/, "Step 7: Sign off");
    expect(screen.getAllByRole("listitem")).toHaveLength(1); // i = 48 is the only one in Step 7 (i >= 40)
    expect(screen.getByText("Gap 48")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Filters (3 on)" })).toHaveAttribute("aria-expanded", "true");
  });

  it("closed, an item is its short label alone; open, the full message and the text concerned, as text", async () => {
    const f = finding({
      kind: "placeholder",
      short: "Risk 2: likelihood still template text",
      message: "Risk 2 (Lost laptop): likelihood of harm is still the template's option list. Choose one value.",
      text: "<b>Remote</b> & <i>possible</i>",
    });
    const { user } = await openScreen(new MemoryService(report([f])), /^Gaps/);
    const item = screen.getByRole("listitem");
    const toggle = within(item).getByRole("button", { name: "Risk 2: likelihood still template text (Error)" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(item).toHaveTextContent(/^Risk 2: likelihood still template text \(Error\)$/);
    expect(within(item).queryByText(/Lost laptop/)).not.toBeInTheDocument();
    expect(within(item).queryByRole("button", { name: /^Go to/ })).not.toBeInTheDocument();

    // Enter opens it (the line is a button); the focus stays on the line.
    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(document.activeElement).toBe(toggle);
    const details = document.getElementById(toggle.getAttribute("aria-controls") ?? "") as HTMLElement;
    expect(within(details).getByText(f.message)).toBeInTheDocument();
    expect(within(details).getByText("Placeholder left in:")).toBeInTheDocument();
    expect(within(details).getByText("<b>Remote</b> & <i>possible</i>")).toBeInTheDocument();
    expect(within(details).getByRole("button", { name: `Go to: ${f.short}` })).toBeInTheDocument();
    // (Fluent draws its icons in an <i>: the disclosure mark is one, the text's <i> must not be.)
    expect(item.querySelector("b, i:not([data-icon-name])")).toBeNull();

    // Space closes it again.
    await user.keyboard(" ");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(document.activeElement).toBe(toggle);
    expect(within(item).queryByText(f.message)).not.toBeInTheDocument();
  });

  it("'Go to' (in the opened item) asks the service to select the finding's place", async () => {
    const f = finding({ ref: { paragraph: 12 }, text: "[Name, Date]", short: "Template text left: Signed" });
    const service = new MemoryService(report([f]));
    const { user } = await openScreen(service, /^Gaps/);
    await user.click(screen.getByRole("button", { name: /^Template text left: Signed/ }));
    await user.click(screen.getByRole("button", { name: "Go to: Template text left: Signed" }));
    expect(service.goTos).toEqual([{ ref: { paragraph: 12 }, text: "[Name, Date]" }]);
  });

  it("'Ignore' with a reason saves it in the settings, hides the item, and a re-scan keeps it hidden", async () => {
    const keep = finding({ short: "Keep me" });
    const drop = finding({ short: "Ignore me" });
    const service = new MemoryService(report([keep, drop]));
    const { user } = await openScreen(service, /^Gaps/);
    await user.click(screen.getByRole("button", { name: /^Ignore me/ }));
    await user.click(screen.getByRole("button", { name: "Ignore: Ignore me" }));
    await user.type(screen.getByRole("textbox", { name: "Reason for ignoring (optional)" }), "Not applicable to us");
    await user.click(screen.getByRole("button", { name: "Ignore this gap" }));
    await waitFor(() => expect(screen.queryByText("Ignore me")).not.toBeInTheDocument());
    expect(service.saved.at(-1)?.ignored).toEqual([{ id: drop.id, reason: "Not applicable to us" }]);
    await user.click(screen.getByRole("button", { name: "Re-scan" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Re-scan" })).toBeEnabled());
    expect(screen.getByText("Keep me")).toBeInTheDocument();
    expect(screen.queryByText("Ignore me")).not.toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Gaps (1)" })).toBeInTheDocument();
  });

  it("shows more than 99 gaps as 99+ on the tab, read with the exact count", async () => {
    const many = Array.from({ length: 120 }, () => finding());
    await openScreen(new MemoryService(report(many)), "Overview");
    const tab = screen.getByRole("tab", { name: "Gaps (120)" });
    expect(tab).toHaveTextContent("Gaps (99+)");
  });

  it("a re-scan keeps the filters and the open item", async () => {
    const a = finding({
      message: "Alpha gap",
      short: "Alpha",
      slot: "yes-no",
      answers: [{ label: "Yes", text: "Yes", why: "ok" }],
    });
    const b = finding({ message: "Beta gap", short: "Beta" });
    const service = new MemoryService(report([a, b]));
    const { user } = await openScreen(service, /^Gaps/);
    await user.type(screen.getByRole("searchbox", { name: "Search gaps" }), "alpha");
    await user.click(screen.getByRole("button", { name: /^Alpha/ }));
    await screen.findByRole("radiogroup", { name: "Choose an answer" });
    await user.click(screen.getByRole("button", { name: "Re-scan" }));
    await waitFor(() => expect(service.scans).toBe(2));
    await waitFor(() => expect(screen.getByRole("button", { name: "Re-scan" })).toBeEnabled());
    expect(screen.getByRole("searchbox", { name: "Search gaps" })).toHaveValue("alpha");
    expect(screen.queryByText("Beta")).not.toBeInTheDocument();
    expect(screen.getByRole("radiogroup", { name: "Choose an answer" })).toBeInTheDocument();
  });

  it("an error from the service shows a MessageBar whose Retry repeats the action", async () => {
    const f = finding();
    const service = new MemoryService(report([f]));
    let fail = true;
    const goTo = service.goTo.bind(service);
    service.goTo = async (ref, text) => {
      if (fail) {
        fail = false;
        throw Object.assign(new Error("x"), { code: "ItemNotFound" });
      }
      return goTo(ref, text);
    };
    const { user } = await openScreen(service, /^Gaps/);
    await user.click(screen.getByRole("button", { name: new RegExp(`^${f.short}`) }));
    await user.click(screen.getByRole("button", { name: `Go to: ${f.short}` }));
    expect(await screen.findByText(/Could not go to that place. Part of the document/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(service.goTos).toHaveLength(1));
    expect(screen.getByText(f.message)).toBeInTheDocument();
  });

  it("shows a plain message when there are no gaps", async () => {
    await openScreen(new MemoryService(report([])), /^Gaps/);
    expect(screen.getByText(/No gaps: every answer the add-in can check is complete/)).toBeInTheDocument();
  });
});
