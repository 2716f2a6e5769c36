/**
 * Journey 1: a newcomer opens the seed 001 DPIA sample, answers risk 1's likelihood and severity, sees the
 * computed overall level, inserts the risk summary and downloads the document; the file is read back with
 * headless-word and rendered by LibreOffice.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { RISK_SUMMARY_TAG } from "../../src/core/edits";
import { RESULTS, ROOT, screenshot } from "../support/browser";
import { hasLibreOffice, renderDocxText, squash } from "../support/libreoffice";
import {
  answerGap,
  download,
  expandRiskGroups,
  expectAccessible,
  openGap,
  openScreen,
  pane,
  pickSample,
  renderVersion,
  viewText,
  waitForRender,
  waitForScan,
} from "./playground-page";
import { usePlayground } from "./harness";
import { readBack, taggedBlocks } from "./read-back";

const playground = usePlayground({ openPage: true });

test("the gap list shows the Step 5 placeholders of the 001 sample", async () => {
  await pickSample(playground.page, /St Martins – DPIA/);
  await waitForScan(playground.page);
  await openScreen(playground.page, "Gaps");
  const step5 = pane(playground.page).getByRole("heading", { name: /^Step 5: Identify and assess risks \(\d+\)$/ });
  await step5.waitFor();
  // Risk 1's three placeholders are one item of one line.
  expect((await pane(playground.page).textContent()) ?? "").toMatch(
    /Risk 1: likelihood, severity and overall are still template text/,
  );
  await expectAccessible(playground.page, "02-dpia-gaps-grouped");
  // The counts stay at the top of the pane while the list scrolls under them.
  const counts = pane(playground.page).getByRole("group", { name: "Gap counts" });
  await pane(playground.page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await pane(playground.page).evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  const [barTop, paneTop] = await Promise.all([
    counts.evaluate((el) => el.getBoundingClientRect().top),
    pane(playground.page).evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(Math.abs(barTop - paneTop)).toBeLessThanOrEqual(1);
  await pane(playground.page).evaluate((el) => el.scrollTo(0, 0));
  await expandRiskGroups(playground.page);
  expect((await pane(playground.page).textContent()) ?? "").toMatch(/Risk 1: likelihood still template text/);
  // Opened, a gap shows its full message and the template text found.
  const item = await openGap(playground.page, /Risk 1: likelihood still template text/);
  const text = (await item.textContent()) ?? "";
  expect(text).toMatch(/Risk 1 \(.*likelihood of harm is still the template's option list/);
  expect(text).toMatch(/Remote,\s*possible\s*or\s*probable/);
  await expectAccessible(playground.page, "02-dpia-gaps");
});

test("Go to scrolls the view to the place and outlines it", async () => {
  const item = await openGap(playground.page, /Risk 1: severity still template text/);
  await item.getByRole("button", { name: /^Go to/ }).click();
  const outlined = playground.page.getByTestId("document").locator(".pg-outline");
  await outlined.waitFor();
  expect(squash((await outlined.textContent()) ?? "")).toMatch(/Minimal,?\s*significant/);
  const inView = await outlined.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const scroller = document.querySelector("[data-testid=view]")!.getBoundingClientRect();
    return box.bottom > scroller.top && box.top < scroller.bottom;
  });
  expect(inView).toBe(true);
});

test("choosing Possible and Significant for risk 1 computes Medium, and the summary goes in once", async () => {
  await answerGap(playground.page, /Risk 1: likelihood still template text/, "Possible");
  await answerGap(playground.page, /Risk 1: severity still template text/, "Significant");
  expect(await pane(playground.page).textContent()).not.toMatch(/Risk 1: likelihood still template text/);

  await openScreen(playground.page, "Risks");
  // Each risk is a card (a list item) in the register list.
  const row1 = pane(playground.page)
    .getByRole("list", { name: "Risk register" })
    .getByRole("listitem")
    .filter({ hasText: /possible/i })
    .filter({ hasText: /significant/i })
    .first();
  await row1.waitFor();
  expect((await row1.textContent())?.toLowerCase()).toContain("medium");
  await expectAccessible(playground.page, "03-dpia-risks");
  // The README's picture: answered Step 5 cells, the outlined place, the risk register and heat map.
  if (process.env.UPDATE_SCREENSHOT === "1" || !existsSync(join(ROOT, "docs", "screenshot.png"))) {
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    copyFileSync(join(RESULTS, "03-dpia-risks.png"), join(ROOT, "docs", "screenshot.png"));
  }

  // Insert twice: the second time updates the block instead of adding another.
  for (let i = 0; i < 2; i++) {
    const before = await renderVersion(playground.page);
    await pane(playground.page).getByRole("button", { name: "Insert / update risk summary" }).click();
    await waitForRender(playground.page, before);
    await waitForScan(playground.page);
  }
  expect(await viewText(playground.page)).toMatch(/medium/i);
  await screenshot(playground.page, "04-dpia-summary");

  const file = await download(playground.page);
  expect(file.name).toBe("seed-001-edited.docx");
  const model = await readBack(file.bytes);

  // Step 5: in this sample the four risks share one row, each with its option list in the next cells. Risk 1's
  // list now reads the chosen word, and the lists of risks 2–4 are untouched.
  const step5 = model.tables.find((t) => /Likelihood of harm/.test(t.rows[0]?.cells[1]?.text ?? ""));
  expect(step5).toBeDefined();
  const risk1 = step5!.rows.find((r, i) => i > 0 && /distracted/i.test(r.cells[0]?.text ?? ""));
  expect(risk1).toBeDefined();
  const [likelihood, severity] = [risk1!.cells[1]!.text, risk1!.cells[2]!.text];
  expect(likelihood.split("\n")[0]!.trim()).toBe("Possible");
  expect(severity.split("\n")[0]!.trim()).toBe("Significant");
  expect(squash(likelihood).match(/Remote, possible or probable/g)).toHaveLength(3);
  expect(squash(severity).match(/Minimal, significant or severe/g)).toHaveLength(3);

  // Exactly one computed summary, tagged, with risk 1 computed as medium, standing on its own: the sample has no
  // nested tables, so none may appear (a summary written into a Step 5 cell would be one).
  expect(
    model.tables.filter((t) => t.nestingLevel > 1).map((t) => t.rows[0]?.cells.map((c) => c.text).join(" | ")),
  ).toEqual([]);
  // One summary block (a content control tagged by the add-in) even after inserting twice; its risk table, the
  // one listing the risks, appears once.
  expect(await taggedBlocks(file.bytes, RISK_SUMMARY_TAG)).toBe(1);
  const summaries = model.tables.filter(
    (t) => t.tag === RISK_SUMMARY_TAG && t.rows.some((r) => /distracted/i.test(r.cells.map((c) => c.text).join(" "))),
  );
  expect(summaries).toHaveLength(1);
  const summaryRow = summaries[0]!.rows.find((r) => /distracted/i.test(r.cells.map((c) => c.text).join(" ")));
  expect(summaryRow).toBeDefined();
  const rowText = summaryRow!.cells.map((c) => c.text.toLowerCase()).join(" | ");
  expect(rowText).toMatch(/possible/);
  expect(rowText).toMatch(/significant/);
  expect(rowText).toMatch(/medium/);

  if (hasLibreOffice()) {
    const rendered = squash(renderDocxText(file.bytes, "seed-001-edited"));
    expect(rendered).toMatch(/Step 5: Identify and assess risks/);
    expect(rendered).toMatch(/Possible/i);
    expect(rendered).toMatch(/Medium/i);
  }
}, 180_000);
