/**
 * Journey: a DPO reviews a filled DPIA (FENNEX, a real document by other people) in the playground. Three sections get
 * a verdict, two of them with an action; the downloaded file, opened again, still has the verdicts, the actions and one
 * verdict comment at each judged heading; `dpia-assist actions` on that file prints exactly the two actions and
 * `check --json` carries the review; "Clear marks" then removes the verdict comments and keeps the document's own.
 */
import { openDocx } from "../../src/headless-word";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "../cli/csv-parse";
import { runCli } from "../cli/run-cli";
import { usePlayground } from "./harness";
import {
  download,
  expectAccessible,
  openScreen,
  pane,
  pickSample,
  renderVersion,
  uploadFile,
  waitForRender,
  waitForScan,
} from "./playground-page";
import { commentsOf } from "./read-back";
import { giveVerdict, sectionLine } from "./verdict-steps";

const playground = usePlayground({ openPage: true });

const STEP1 = "Step 1: Identify the need for a DPIA";
const STEP5 = "Step 5: Identify and assess risks";
const STEP6 = "Step 6: Identify measures to reduce risk";
const OURS = "DPIA Assist review:";

/** Each comment of the file with the text it is anchored on, read through headless-word as the CLI reads it. */
async function anchoredComments(bytes: Uint8Array): Promise<{ content: string; at: string }[]> {
  const document = await openDocx(bytes);
  return document.run(async (context) => {
    const list = context.document.body.getComments().load("items/content");
    await context.sync();
    const ranges = list.items.map((c) => c.getRange().load("text"));
    await context.sync();
    return list.items.map((c, i) => ({ content: c.content, at: ranges[i].text }));
  });
}

test("verdicts and actions travel in the file, with one comment per section, and the CLI lists the actions", async () => {
  const page = playground.page;
  await pickSample(page, /FENNEX/);
  await waitForScan(page);
  await openScreen(page, "Review");
  await sectionLine(page, STEP1).waitFor();
  await expectAccessible(page, "10-verdicts");

  await giveVerdict(page, STEP1, "Acceptable", "The screening questions are answered.");
  // A verdict that calls for an action is refused without one, with a message saying what to add.
  await sectionLine(page, STEP5).click();
  const form = pane(page)
    .locator("li")
    .filter({ has: page.getByRole("button", { name: "Save verdict" }) });
  await form.locator("label").getByText("To correct", { exact: true }).click();
  await form.getByRole("button", { name: "Save verdict" }).click();
  await pane(page)
    .getByText(/"To correct" needs at least one action/)
    .waitFor();
  await expectAccessible(page, "11-verdict-refused");
  await form.getByRole("button", { name: "Cancel" }).click();

  await giveVerdict(page, STEP5, "To correct", "Risk 2 has no likelihood.", [
    { what: "Score risk 2 on the ICO matrix", owner: "Priya Shah", due: "01/06/2026" },
  ]);
  await giveVerdict(page, STEP6, "Improvable", "", [
    { what: "Name who approves each measure", owner: "Sam Okoro", due: "2099-01-15" },
  ]);
  const inView = page.getByTestId("comment").filter({ hasText: OURS });
  // The view re-renders after each write; wait for the third comment, then check there are no more.
  await inView.nth(2).waitFor();
  expect(await inView.count()).toBe(3);

  await openScreen(page, "Actions");
  const plan = pane(page).getByRole("list", { name: "Action plan" });
  await plan.waitFor();
  // The one due in June 2026 is overdue (the playground judges against today's date) and comes first.
  expect(
    await plan.getByRole("listitem").evaluateAll((items) => items.map((li) => li.getAttribute("aria-label"))),
  ).toEqual(["Score risk 2 on the ICO matrix (overdue)", "Name who approves each measure"]);
  await expectAccessible(page, "12-actions");

  const saved = await download(page);
  const anchored = (await anchoredComments(saved.bytes)).filter((c) => c.content.startsWith(OURS));
  expect(anchored.map((c) => [c.at, c.content.split(" [")[0]])).toEqual(
    expect.arrayContaining([
      [STEP1, `${OURS} Acceptable — The screening questions are answered.`],
      [
        STEP5,
        `${OURS} To correct — Risk 2 has no likelihood. — Action: Score risk 2 on the ICO matrix (Priya Shah, due 2026-06-01)`,
      ],
      [STEP6, `${OURS} Improvable — Action: Name who approves each measure (Sam Okoro, due 2099-01-15)`],
    ]),
  );
  expect(anchored).toHaveLength(3);

  // The CLI reads what the pane wrote: exactly the two actions, overdue first; check --json carries the review.
  const folder = mkdtempSync(join(tmpdir(), "verdict-journey-"));
  const file = join(folder, saved.name);
  writeFileSync(file, saved.bytes);
  const actions = runCli(["actions", file, "--csv"]);
  expect({ status: actions.status, stderr: actions.stderr }).toEqual({ status: 0, stderr: "" });
  expect(parseCsv(actions.stdout)).toEqual([
    ["file", "section", "action", "owner", "due", "status"],
    [file, STEP5, "Score risk 2 on the ICO matrix", "Priya Shah", "2026-06-01", "open"],
    [file, STEP6, "Name who approves each measure", "Sam Okoro", "2099-01-15", "open"],
  ]);
  const check = runCli(["check", file, "--json"]);
  const review = (JSON.parse(check.stdout) as { review?: { verdicts: unknown[]; actions: unknown[] } }).review;
  expect(review?.verdicts).toEqual([
    { section: STEP1, verdict: "acceptable", note: "The screening questions are answered." },
    { section: STEP5, verdict: "to-correct", note: "Risk 2 has no likelihood." },
    { section: STEP6, verdict: "improvable", note: "" },
  ]);
  expect(review?.actions).toHaveLength(2);

  // Reopened in the playground: the badges, the plan and the comments are there.
  const before = await renderVersion(page);
  await uploadFile(page, saved.name, saved.bytes);
  await waitForRender(page, before);
  await waitForScan(page);
  await openScreen(page, "Review");
  await expect(sectionLine(page, STEP1).textContent()).resolves.toContain("Acceptable");
  await expect(sectionLine(page, STEP5).textContent()).resolves.toContain("To correct1 action");
  await expect(sectionLine(page, STEP6).textContent()).resolves.toContain("Improvable1 action");
  expect(await inView.count()).toBe(3);
  await openScreen(page, "Actions");
  expect(await plan.getByRole("listitem").count()).toBe(2);

  // Clear marks removes the verdict comments with the other marks, and nothing of the document's own.
  const original = (await commentsOf(saved.bytes)).filter((c) => !c.startsWith(OURS));
  await openScreen(page, "Review");
  const beforeClear = await renderVersion(page);
  await pane(page).getByRole("button", { name: "Clear marks" }).click();
  await waitForRender(page, beforeClear);
  await waitForScan(page);
  expect(await inView.count()).toBe(0);
  const cleared = await download(page);
  expect(await commentsOf(cleared.bytes)).toEqual(original);
}, 300_000);
