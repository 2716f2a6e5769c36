/**
 * Live re-check (issue 18): the author types an answer into an empty answer cell of the ICO DPIA template in the
 * document view, pauses, and the pane drops that gap by itself — through headless-word's WordApi 1.6 paragraph
 * events, as in Word — while every other gap stays. Nobody presses Re-scan.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser";
import { squash } from "../support/libreoffice";
import { usePlayground } from "./harness";
import {
  expandRiskGroups,
  gapItem,
  openGap,
  openScreen,
  pane,
  pickSample,
  renderVersion,
  waitForRender,
  waitForScan,
} from "./playground-page";

const playground = usePlayground({ openPage: true });

/** The gap messages listed in the pane, one per innermost item. */
async function gapMessages(page: Page): Promise<string[]> {
  await expandRiskGroups(page);
  return pane(page)
    .locator("li")
    .filter({ hasNot: page.locator("li") })
    .filter({ hasText: /\S/ })
    .evaluateAll((items) => items.map((li) => (li.textContent ?? "").replace(/\s+/g, " ").trim()));
}

/** Counts every press of the pane's Re-scan buttons from now on (clicks and keyboard activations alike). */
async function countRescanPresses(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { rescanPresses: number };
    w.rescanPresses = 0;
    document.addEventListener(
      "click",
      (event) => {
        const button = (event.target as Element).closest("button");
        if (button && /Re-scan|Scanning/.test(button.textContent ?? "")) w.rescanPresses += 1;
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { rescanPresses: number }).rescanPresses);
}

/**
 * axe-core on what this feature adds: the place being typed into and the toolbar hint. The whole page is not
 * checked here because this sample's own content fails axe as docx-preview renders it (images without alt text,
 * runs with lang="null"): the document's problems, not the editor's.
 */
async function expectEditorAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include("[data-testid=document] .pg-editing")
    .include("[data-testid=typing-hint]")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  expect(bad).toEqual([]);
  // The hint is read out with the toolbar; the place being typed into names itself and how to leave it.
  expect(results.passes.length).toBeGreaterThan(0);
}

// The label, then the severity read after it ("… (Error)"): not "Name of controller contact /DPO", the next question.
const NAME_GAP = /^No answer: Name of controller \(/;
const DPO_GAP = /^No answer: Subject\/title of DPO \(/;

test("typing an answer into an empty cell removes its gap without a Re-scan; the other gaps stay", async () => {
  const page = playground.page;
  await pickSample(page, /ICO sample DPIA template \(blank\)/);
  await waitForScan(page);
  await openScreen(page, "Gaps");
  await expect(page.getByTestId("typing-hint").textContent()).resolves.toMatch(
    /Double-click a paragraph or cell to type in it/,
  );
  const before = await gapMessages(page);
  expect(before.some((m) => NAME_GAP.test(m))).toBe(true);
  expect(before.some((m) => DPO_GAP.test(m))).toBe(true);
  const presses = await countRescanPresses(page);

  // Go to shows the empty answer cell beside "Name of controller"; the author double-clicks it and types.
  await (await openGap(page, NAME_GAP)).getByRole("button", { name: /^Go to/ }).click();
  const cell = page.getByTestId("document").locator(".pg-outline");
  await cell.waitFor();
  expect(squash((await cell.textContent()) ?? "")).toBe("");
  const row = cell.locator("xpath=..");
  expect(squash((await row.textContent()) ?? "")).toMatch(/^Name of controller/);
  await cell.dblclick();
  const editor = page.getByRole("textbox", { name: /Typing in the document/ });
  await editor.waitFor();
  await expectEditorAccessible(page);
  await page.keyboard.type("Northshire County Council", { delay: 20 });
  const typedAt = Date.now();
  await screenshot(page, "live-typing-editing");

  // No click anywhere: the pause alone writes the text and the pane re-checks on Word's paragraph event.
  await gapItem(page, NAME_GAP).waitFor({ state: "detached", timeout: 5_000 });
  const elapsed = Date.now() - typedAt;
  expect(elapsed).toBeLessThan(5_000);
  expect(await presses()).toBe(0);

  const after = await gapMessages(page);
  expect(after.some((m) => NAME_GAP.test(m))).toBe(false);
  // Every other gap is still listed, and only this one went.
  expect(after.some((m) => DPO_GAP.test(m))).toBe(true);
  expect(after.length).toBe(before.length - 1);
  expect(before.filter((m) => !NAME_GAP.test(m))).toEqual(after);

  // Leaving the cell re-renders the view from the document: the answer is in the same row, beside its question.
  const version = await renderVersion(page);
  await page.keyboard.press("Enter");
  await waitForRender(page, version);
  const answered = page
    .getByTestId("document")
    .locator("tr")
    .filter({ hasText: /^\s*Name of controller/ })
    .first();
  expect(squash((await answered.textContent()) ?? "")).toMatch(/^Name of controller\s*Northshire County Council$/);
  expect(await presses()).toBe(0);
});

test("the keyboard reaches it too: Go to, then Enter on the document view, type, Enter", async () => {
  const page = playground.page;
  const presses = await countRescanPresses(page);
  const before = await gapMessages(page);
  await (await openGap(page, DPO_GAP)).getByRole("button", { name: /^Go to/ }).click();
  await page.getByTestId("document").locator(".pg-outline").waitFor();
  await page.getByTestId("view").focus();
  await page.keyboard.press("Enter");
  await page.getByRole("textbox", { name: /Typing in the document/ }).waitFor();
  await page.keyboard.type("Data Protection Officer", { delay: 20 });
  const version = await renderVersion(page);
  // Enter ends typing at once (no pause needed): the write happens on leaving.
  await page.keyboard.press("Enter");
  await waitForRender(page, version);
  await gapItem(page, DPO_GAP).waitFor({ state: "detached", timeout: 5_000 });
  const after = await gapMessages(page);
  expect(before.filter((m) => !DPO_GAP.test(m))).toEqual(after);
  expect(await presses()).toBe(0);
});

test("a cell of several paragraphs is not made editable, and nothing is written", async () => {
  const page = playground.page;
  const document = page.getByTestId("document");
  const cells = document.locator("section > article td").filter({ has: page.locator("p + p") });
  expect(await cells.count()).toBeGreaterThan(0);
  const cell = cells.filter({ hasText: /\S/ }).first();
  const textBefore = squash((await document.textContent()) ?? "");
  const before = await gapMessages(page);
  await cell.locator("p").first().dblclick();
  await page
    .getByTestId("notice")
    .getByText(/Only a paragraph or a table cell holding one paragraph can be typed into here/)
    .waitFor();
  expect(await page.getByRole("textbox", { name: /Typing in the document/ }).count()).toBe(0);
  await page.keyboard.type("x");
  // Longer than the write pause and the pane's re-check pause together: had anything been written, it would show.
  await page.waitForTimeout(2_000);
  expect(squash((await document.textContent()) ?? "")).toBe(textBefore);
  expect(await gapMessages(page)).toEqual(before);
});
