import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import type { ReportSection } from "../../src/core/report";
import type { ReviewData } from "../../src/core/review/model";
import { applyDraft, blankAction, draftFor, validateDraft, type VerdictDraft } from "../../src/taskpane/review-drafts";
import { openScreen } from "./helpers";
import { finding, MemoryService, report } from "./memory-service";

const STEP2 = "Step 2: Describe the processing";
const STEP5 = "Step 5: Identify and assess risks";
const SECTIONS: ReportSection[] = [
  { title: STEP2, ref: { paragraph: 4 }, expected: STEP2 },
  { title: STEP5, ref: { paragraph: 20 }, expected: STEP5 },
];

const STORED: ReviewData = {
  verdicts: [
    { section: STEP2, verdict: "improvable", note: "" },
    { section: STEP5, verdict: "to-correct", note: "Score every risk." },
  ],
  actions: [
    { id: "A1", section: STEP5, what: "Score risk 2", owner: "Priya", due: "2026-12-15", status: "open" },
    { id: "A2", section: STEP2, what: "Name the processor", owner: "Sam", due: "2026-11-01", status: "open" },
    { id: "A3", section: STEP5, what: "Add a measure", owner: "Jo", due: "2026-10-01", status: "done" },
    { id: "A4", section: STEP2, what: "Say how long", owner: "Sam", due: "2026-11-20", status: "open" },
  ],
};

function service(review?: ReviewData, comments = true) {
  const s = new MemoryService(report([finding()], { sections: SECTIONS }), { comments, trackChanges: false });
  if (review) s.review = review;
  return s;
}

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const draft = (over: Partial<VerdictDraft>): VerdictDraft => ({
  section: STEP5,
  verdict: "improvable",
  note: "",
  actions: [],
  ...over,
});

describe("verdict drafts (pure)", () => {
  it("asks for a verdict, and for an action when the verdict is not Acceptable", () => {
    expect(validateDraft(draft({ verdict: null }))).toMatchObject({ verdict: "Choose a verdict for this section." });
    expect(validateDraft(draft({ verdict: "to-correct" })).verdict).toMatch(/"To correct" needs at least one action/);
    expect(validateDraft(draft({ verdict: "acceptable" }))).toEqual({ actions: {}, count: 0 });
  });

  it("names each missing field of a started action; a row left empty is not an action", () => {
    const started = { ...blankAction(), what: "Score risk 2" };
    const empty = blankAction();
    const errors = validateDraft(draft({ actions: [started, empty] }));
    expect(errors.actions).toEqual({ [started.key]: { owner: "Name who will do it.", due: "Choose a due date." } });
    expect(errors.count).toBe(2);
    const impossible = { ...blankAction(), what: "x", owner: "y", due: "2026-02-30" };
    expect(validateDraft(draft({ actions: [impossible] })).actions[impossible.key]?.due).toMatch(/not a date/);
  });

  it("replaces the section's verdict and actions, keeps the others, and gives new actions free ids", () => {
    const form = draftFor(STORED, STEP5);
    expect(form.actions.map((a) => a.id)).toEqual(["A1", "A3"]);
    form.actions = [form.actions[0], { ...blankAction(), what: "New", owner: "Kim", due: "2027-01-10" }, blankAction()];
    const next = applyDraft(STORED, { ...form, verdict: "improvable", note: "  Better.  " });
    expect(next.verdicts).toEqual([
      { section: STEP2, verdict: "improvable", note: "" },
      { section: STEP5, verdict: "improvable", note: "Better." },
    ]);
    expect(next.actions.map((a) => [a.id, a.section, a.what])).toEqual([
      ["A2", STEP2, "Name the processor"],
      ["A4", STEP2, "Say how long"],
      ["A1", STEP5, "Score risk 2"],
      ["A5", STEP5, "New"],
    ]);
  });
});

describe("Review: verdicts by section", () => {
  it("lists the document's sections with their badges, and goes to a section's heading", async () => {
    const s = service({ verdicts: [STORED.verdicts[1]], actions: [STORED.actions[0]] });
    const { user } = await openScreen(s, "Review");
    const list = await screen.findByRole("list", { name: "Sections" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Step 2: Describe the processingNot reviewed/),
      expect.stringMatching(/^Step 5: Identify and assess risksTo correct1 actionScore every risk\./),
    ]);
    await user.click(screen.getByRole("button", { name: `Go to section: ${STEP5}` }));
    expect(s.goTos).toEqual([{ ref: { paragraph: 20 }, text: undefined }]);
  });

  it("refuses 'To correct' without an action, says why, then saves verdict, action and comment", async () => {
    const s = service();
    const { user } = await openScreen(s, "Review");
    await user.click(await screen.findByRole("button", { name: /^Step 5: Identify and assess risks/ }));
    await user.click(screen.getByRole("radio", { name: /^To correct/ }));
    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    expect(await screen.findByText(/"To correct" needs at least one action/)).toBeInTheDocument();
    expect(screen.getByText("One thing to fix before this verdict can be saved.")).toBeInTheDocument();
    expect(s.savedReviews).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Add an action" }));
    const action = screen.getByRole("group", { name: "Action 1" });
    await waitFor(() => expect(within(action).getByRole("textbox", { name: /What is to be done/ })).toHaveFocus());
    await user.keyboard("Score risk 2 on the ICO matrix");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    expect(await within(action).findByText("Name who will do it.")).toBeInTheDocument();
    expect(within(action).getByText("Choose a due date.")).toBeInTheDocument();
    await waitFor(() => expect(within(action).getByRole("textbox", { name: /Owner/ })).toHaveFocus());
    await user.keyboard("Priya Shah");
    const due = within(action).getByRole("combobox", { name: "Due date" }) as HTMLInputElement;
    await user.click(due);
    // Leaving the field reads the typed date (jsdom's key events lack the `which` Fluent reads Enter by).
    await user.keyboard("15/12/2026{Tab}");
    await waitFor(() => expect(due.value).toBe("2026-12-15"));
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    await waitFor(() => expect(s.savedReviews).toHaveLength(1));
    expect(s.savedReviews[0]).toEqual({
      verdicts: [{ section: STEP5, verdict: "to-correct", note: "" }],
      actions: [
        {
          id: "A1",
          section: STEP5,
          what: "Score risk 2 on the ICO matrix",
          owner: "Priya Shah",
          due: "2026-12-15",
          status: "open",
        },
      ],
    });
    expect(s.verdictWrites).toEqual([{ review: s.savedReviews[0], sections: SECTIONS }]);
    expect(await screen.findByText(`${STEP5}: To correct, saved.`)).toBeInTheDocument();
    // The form closes and focus returns to the section's line, which now wears its badge.
    const line = screen.getByRole("button", { name: /^Step 5: Identify and assess risks/ });
    await waitFor(() => expect(line).toHaveFocus());
    expect(line).toHaveTextContent("To correct1 action");
  });

  it("withdraws a verdict with its actions", async () => {
    const s = service(STORED);
    const { user } = await openScreen(s, "Review");
    await user.click(await screen.findByRole("button", { name: /^Step 2: Describe the processing/ }));
    await user.click(screen.getByRole("button", { name: "Remove verdict" }));
    await waitFor(() => expect(s.savedReviews).toHaveLength(1));
    expect(s.savedReviews[0].verdicts.map((v) => v.section)).toEqual([STEP5]);
    expect(s.savedReviews[0].actions.map((a) => a.id)).toEqual(["A1", "A3"]);
  });

  it("has no serious or critical axe violations with a verdict form open", async () => {
    const { user } = await openScreen(service(STORED), "Review");
    await user.click(await screen.findByRole("button", { name: /^Step 5: Identify and assess risks/ }));
    await screen.findByRole("group", { name: "Action 1" });
    expect(await seriousViolations()).toEqual([]);
  });
});

describe("Actions view", () => {
  it("lists the actions overdue first, then by due date, the done ones last", async () => {
    await openScreen(service(STORED), "Actions");
    const plan = await screen.findByRole("list", { name: "Action plan" });
    // Today is 2026-11-23 (helpers): A2 and A4 are past due.
    expect(
      within(plan)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("aria-label")),
    ).toEqual(["Name the processor (overdue)", "Say how long (overdue)", "Score risk 2", "Add a measure (done)"]);
    expect(within(plan).getAllByText("Overdue")).toHaveLength(2);
    expect(screen.getByText("3 open actions, 2 overdue; 1 done.")).toBeInTheDocument();
  });

  it("marks an action done, and goes to its section's heading", async () => {
    const s = service(STORED);
    const { user } = await openScreen(s, "Actions");
    await user.click(await screen.findByRole("button", { name: "Mark done: Score risk 2" }));
    await waitFor(() => expect(s.savedReviews).toHaveLength(1));
    expect(s.savedReviews[0].actions.find((a) => a.id === "A1")?.status).toBe("done");
    expect(await screen.findByRole("button", { name: "Reopen: Score risk 2" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Mark done: Name the processor" }));
    await waitFor(() => expect(s.savedReviews).toHaveLength(2));
    await user.click(screen.getAllByRole("button", { name: `Go to section: ${STEP2}` })[0]);
    expect(s.goTos).toEqual([{ ref: { paragraph: 4 }, text: undefined }]);
  });

  it("says how to add actions when there are none, and has no serious or critical axe violations", async () => {
    await openScreen(service(), "Actions");
    expect(await screen.findByText(/No actions yet/)).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it("with actions listed has no serious or critical axe violations", async () => {
    await openScreen(service(STORED), "Actions");
    await screen.findByRole("list", { name: "Action plan" });
    expect(await seriousViolations()).toEqual([]);
  });
});

describe("Overview: DPIA screening", () => {
  const screening = {
    criteria: [
      {
        id: "sensitive-data",
        label: "sensitive data or data of a highly personal nature",
        sentence: "We record tenants' health conditions.",
        ref: "EDPB WP248 rev.01 III.B.a (4)",
      },
      {
        id: "vulnerable",
        label: "data concerning vulnerable data subjects",
        sentence: "Some tenants are children.",
        ref: "EDPB WP248 rev.01 III.B.a (7)",
      },
    ],
    dpiaLikelyRequired: true,
  };

  it("lists each criterion met with the sentence that meets it", async () => {
    await openScreen(new MemoryService(report([], { screening })), "Overview");
    const list = await screen.findByRole("list", { name: "WP248 criteria met" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Sensitive data or data of a highly personal natureWe record tenants' health conditions.EDPB WP248 rev.01 III.B.a (4)",
      "Data concerning vulnerable data subjectsSome tenants are children.EDPB WP248 rev.01 III.B.a (7)",
    ]);
    expect(screen.getByText(/meets 2 of the nine EDPB WP248 criteria: a DPIA is likely required/)).toBeInTheDocument();
  });

  it("shows the check's warning when a document that is not a DPIA meets two or more", async () => {
    const warning = finding({
      kind: "dpia-screening",
      severity: "warning",
      message: "A DPIA is likely required (EDPB WP248 rev.01): the processing meets 2 screening criteria: …",
    });
    await openScreen(new MemoryService(report([warning], { template: "ico-lia", screening })), "Overview");
    const region = screen.getByRole("region", { name: "DPIA screening" });
    expect(within(region).getByText(/^A DPIA is likely required \(EDPB WP248 rev\.01\)/)).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });
});
