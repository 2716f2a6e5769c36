/**
 * Journey 3: the Ark HA marketing LIA (seed 002). Resolve "Yes / No" for the opt-out to "Yes": the document
 * says "Yes" there and the finding is gone. Run once with the mouse and once with the keyboard only.
 */
import type { Locator, Page } from "playwright-core";
import {
  answerGap,
  download,
  expectAccessible,
  gapItem,
  openGap,
  openScreen,
  pane,
  pickSample,
  renderVersion,
  waitForRender,
  waitForScan,
} from "./playground-page";
import { usePlayground } from "./harness";
import { readBack } from "./read-back";
import type { DocModel } from "../../src/core/model";

const OPT_OUT = /Can you offer individuals an opt-out\?/;
/** The gap's one-line label in the pane. */
const OPT_OUT_GAP = /"Yes \/ No" left: Can you offer individuals an opt-out\?/;

const playground = usePlayground();

/** The text right after the opt-out question: the answer slot (same cell, next cell or next paragraph). */
function optOutAnswer(model: DocModel): string {
  for (const table of model.tables) {
    for (const row of table.rows) {
      const i = row.cells.findIndex((c) => OPT_OUT.test(c.text));
      if (i < 0) continue;
      const own = row.cells[i]!.text.split(OPT_OUT)[1]?.trim();
      return own ? own : (row.cells[i + 1]?.text ?? "").trim();
    }
  }
  const p = model.paragraphs.findIndex((x) => OPT_OUT.test(x.text));
  const rest = model.paragraphs[p]?.text.split(OPT_OUT)[1]?.trim();
  return rest ? rest : (model.paragraphs.slice(p + 1).find((x) => x.text.trim())?.text ?? "").trim();
}

async function expectResolved(page: Page): Promise<void> {
  expect(await pane(page).textContent()).not.toMatch(OPT_OUT_GAP);
  const file = await download(page);
  expect(optOutAnswer(await readBack(file.bytes))).toBe("Yes");
}

test("resolve the opt-out choice with the mouse", async () => {
  const page = await playground.harness.open();
  await pickSample(page, /Ark HA/);
  await waitForScan(page);
  await openScreen(page, "Gaps");
  await gapItem(page, OPT_OUT_GAP).waitFor();
  await expectAccessible(page, "08-lia-gaps");

  // Opened, the gap offers Go to, which outlines the question's answer slot in the view.
  const item = await openGap(page, OPT_OUT_GAP);
  expect(await item.textContent()).toMatch(/opt-out\?" is still answered "Yes \/ No"/);
  await item.getByRole("button", { name: /^Go to/ }).click();
  const outlined = page.getByTestId("document").locator(".pg-outline");
  await outlined.waitFor();
  expect(await outlined.textContent()).toMatch(/Yes \/ No/);

  await answerGap(page, OPT_OUT_GAP, "Yes");
  await expectAccessible(page, "09-lia-resolved");
  await expectResolved(page);
  await page.close();
});

test("at the pane's 320 px every tab shows, none in the 'more' menu; the gear in the header opens Settings", async () => {
  const page = await playground.harness.open();
  await pickSample(page, /Ark HA/);
  await waitForScan(page);
  const width = await pane(page).evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(321);
  const tabs = pane(page).getByRole("tab");
  const shown = await tabs.evaluateAll((els) =>
    els
      .filter((el) => getComputedStyle(el).display !== "none" && getComputedStyle(el).visibility !== "hidden")
      .map((el) => (el.textContent ?? "").trim()),
  );
  expect(shown).toEqual(["Overview", expect.stringMatching(/^Gaps \(\d+\)$/), "Risks", "Review", "Actions"]);
  expect(await pane(page).getByRole("tab", { name: "More screens" }).isVisible()).toBe(false);
  // Each tab lies wholly inside the pane (not clipped at its right edge).
  const right = await tabs.evaluateAll((els) =>
    Math.max(
      ...els.filter((el) => getComputedStyle(el).visibility !== "hidden").map((el) => el.getBoundingClientRect().right),
    ),
  );
  const paneRight = await pane(page).evaluate((el) => el.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(paneRight);

  await openScreen(page, "Settings");
  expect(await pane(page).getByRole("button", { name: "Settings", exact: true }).getAttribute("aria-pressed")).toBe(
    "true",
  );
  // Pointing at the gear shows its tooltip, checked with the screen once it has faded in.
  await page.mouse.move(0, 0);
  await pane(page).getByRole("button", { name: "Settings", exact: true }).hover();
  await page.locator(".ms-Tooltip").filter({ hasText: "Settings" }).waitFor();
  await expectAccessible(page, "08b-settings");
  await page.close();
});

test("keyboard only: open the sample, find the gap, answer Yes, apply", async () => {
  const page = await playground.harness.open();
  const focused = (): Promise<string> =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute("aria-label") ?? ""} ${el?.textContent ?? ""} ${el?.id ?? ""}`.trim();
    });
  /** Presses Tab (or Shift+Tab) until the focused element matches: reaching it is part of what is tested. */
  const tabTo = async (target: RegExp, limit = 80): Promise<void> => {
    for (let i = 0; i < limit; i++) {
      if (target.test(await focused())) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${target}; focus is on "${await focused()}"`);
  };
  const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

  // The sample picker: a native select, chosen by typing the start of the title.
  await tabTo(/pg-sample/);
  const before = await renderVersion(page);
  await page.keyboard.type("Ark HA");
  await waitForRender(page, before);
  await waitForScan(page);

  // Into the pane: the Gaps tab (arrow keys move between tabs; Enter/Space selects).
  await tabTo(/^Overview/);
  for (let i = 0; i < 5 && !/^Gaps/.test(await focused()); i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await pane(page).getByRole("tabpanel", { name: "gaps" }).waitFor();

  // The gap's line is a button named by its label: Enter opens it.
  await tabTo(/^"Yes \/ No" left: Can you offer individuals an opt-out\?/);
  await page.keyboard.press("Enter");
  const item = gapItem(page, OPT_OUT_GAP);
  const yes = item.getByRole("radio", { name: /^Yes\b/ });
  await yes.waitFor();
  // Into the radio group, then arrows to "Yes" (the first option may already be focused).
  await tabTo(/ChoiceGroup\d+-\d/);
  for (let i = 0; i < 4 && !(await isFocused(yes)); i++) await page.keyboard.press("ArrowDown");
  expect(await isFocused(yes)).toBe(true);
  await page.keyboard.press("Space");
  expect(await yes.isChecked()).toBe(true);

  await tabTo(/^Apply/);
  const beforeApply = await renderVersion(page);
  await page.keyboard.press("Enter");
  await waitForRender(page, beforeApply);
  await waitForScan(page);
  await expectResolved(page);
  await page.close();
});
