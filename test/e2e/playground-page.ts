/**
 * Page-level helpers shared by the playground journeys: start the served build and the browser, open the
 * page, wait for renders, upload and download files, run axe, and check that nothing left the machine.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import {
  ensureBuild,
  launchBrowser,
  RESULTS,
  screenshot,
  serveStatic,
  type BrowserSession,
  type StaticServer,
} from "../support/browser";

export interface Harness {
  server: StaticServer;
  browser: BrowserSession;
  open(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await ensureBuild();
  const server = await serveStatic();
  const browser = await launchBrowser();
  return {
    server,
    browser,
    open: async (query = "") => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/playground.html${query}`);
      await page.getByRole("heading", { name: "DPIA Assist playground" }).waitFor();
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Fails with the offending URLs when any request left 127.0.0.1/localhost. A load the CSP blocked never becomes
 * a request, so the console's CSP reports count as attempts too; uncaught page errors fail the test as well.
 */
export function expectOnlyLocalRequests(harness: Harness): void {
  const foreign = harness.browser.foreignRequests().map((r) => `${r.method} ${r.url}`);
  expect(foreign).toEqual([]);
  expect(harness.browser.requests.length).toBeGreaterThan(0);
  const problems = harness.browser.consoleErrors.filter((e) => /Content Security Policy|^pageerror:/i.test(e));
  expect(problems).toEqual([]);
}

export async function renderVersion(page: Page): Promise<number> {
  const value = await page.getByTestId("document").getAttribute("data-render-version");
  return value ? Number(value) : 0;
}

/** Waits until the view has rendered again after `before` (docx-preview finished, comments listed). */
export async function waitForRender(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    (min) => Number(document.querySelector("[data-testid=document]")?.getAttribute("data-render-version") ?? 0) > min,
    before,
    { timeout: 30_000 },
  );
  return renderVersion(page);
}

/** Picks the bundled sample whose option label or file name matches. */
export async function pickSample(page: Page, match: RegExp): Promise<void> {
  const select = page.getByLabel("Sample");
  await page.waitForFunction(() => document.querySelectorAll("#pg-sample option").length > 1);
  const options = await select
    .locator("option")
    .evaluateAll((nodes) => nodes.map((n) => ({ value: (n as HTMLOptionElement).value, label: n.textContent ?? "" })));
  const option = options.find((o) => o.value && (match.test(o.label) || match.test(o.value)));
  if (!option) throw new Error(`no sample matches ${match}; samples: ${options.map((o) => o.label).join(" | ")}`);
  const before = await renderVersion(page);
  await select.selectOption(option.value);
  await waitForRender(page, before);
}

export async function uploadFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId("file-input").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer,
  });
}

/** Clicks Download and returns the bytes the browser saved. */
export async function download(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [event]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .docx" }).click(),
  ]);
  const bytes = readFileSync(await event.path());
  // Kept with the screenshots, so a failing journey leaves the file it produced.
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, event.suggestedFilename()), bytes);
  return { name: event.suggestedFilename(), bytes };
}

/** Text of the rendered document view (what the user sees on the left). */
export async function viewText(page: Page): Promise<string> {
  return (await page.getByTestId("document").textContent()) ?? "";
}

/**
 * axe-core on the current screen: no serious or critical violation. Returns the violations for the message.
 * The screen is saved to test-results/ as well, so every checked screen has its picture.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Let entrance animations (Fluent fades rows and panels in) finish, or contrast is measured mid-fade.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  await screenshot(page, screen);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(" ")} — ${n.any[0]?.message ?? n.failureSummary ?? ""}`)
          .join("; ")}`,
    );
  expect({ screen, violations: bad }).toEqual({ screen, violations: [] });
}

/** The task pane region of the page. */
export function pane(page: Page) {
  return page.getByTestId("task-pane");
}

/**
 * Opens one of the pane's screens: Settings through the header's button, the others by their tab (through the
 * overflow menu when the pane is too narrow to show it).
 */
export async function openScreen(page: Page, name: string): Promise<void> {
  if (name === "Settings") {
    const button = pane(page).getByRole("button", { name: "Settings", exact: true });
    if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
    await pane(page).getByRole("region", { name }).waitFor();
    return;
  }
  const tab = pane(page).getByRole("tab", { name: new RegExp(`^${name}`) });
  if ((await tab.count()) > 0 && (await tab.first().isVisible())) {
    await tab.first().click();
  } else {
    await pane(page).getByRole("tab", { name: "More screens" }).click();
    await page.getByRole("menuitem", { name: new RegExp(`^${name}`) }).click();
  }
  await pane(page).getByRole("tabpanel", { name }).waitFor();
}

/** Waits until the pane has finished a scan (its live region says so). */
export async function waitForScan(page: Page): Promise<void> {
  await pane(page)
    .getByText(/^Scan complete:/)
    .waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForFunction(
    () => document.querySelector("[data-testid=task-pane] main")?.getAttribute("aria-busy") === "false",
  );
}

/** Opens every group of gaps about one risk, so each gap's own card (message, buttons) is on the page. */
export async function expandRiskGroups(page: Page): Promise<void> {
  const closed = pane(page).locator('button[id^="gap-group-"][aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** The gap item whose text (its short label when closed) matches. */
export function gapItem(page: Page, text: RegExp) {
  // The innermost item: a group of gaps about one risk is an item holding the gaps' own items.
  return pane(page)
    .locator("li")
    .filter({ hasText: text })
    .filter({ hasNot: page.locator("li") })
    .first();
}

/** Opens the gap whose short label matches (its line is the button) and returns its item. */
export async function openGap(page: Page, text: RegExp) {
  await expandRiskGroups(page);
  const item = gapItem(page, text);
  const toggle = item.locator('button[aria-controls^="gap-details-"]');
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await item.locator('[id^="gap-details-"]').waitFor();
  return item;
}

/** Answers a gap through its guided answers: open it → choose → Apply; waits for the view to re-render. */
export async function answerGap(page: Page, text: RegExp, choice: string): Promise<void> {
  const item = await openGap(page, text);
  // A choice's accessible name is its label followed by its definition ("Possible Reasonable possibility: …").
  const name = new RegExp(`^${choice.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
  // Fluent draws its own circle over a hidden input: click the label, as a user does.
  await item.locator("label").getByText(choice, { exact: true }).first().click();
  expect(await item.getByRole("radio", { name }).isChecked()).toBe(true);
  const before = await renderVersion(page);
  await item.getByRole("button", { name: "Apply" }).click();
  await waitForRender(page, before);
  await waitForScan(page);
}
