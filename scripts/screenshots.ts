/**
 * Screenshots of the task pane at the width Word gives it (320 px), over the playground and a bundled sample DPIA:
 * docs/screenshots/{overview,gaps,risks,review,settings}.png, gap-open.png (one gap opened to its guided answers),
 * docs/screenshot.png (document and pane) for the README, and — after giving three sections of the sample a verdict,
 * two with an action — docs/screenshots/{verdicts,actions}.png. It stops if any tab is in the "more" menu at 320 px.
 * Uses the production build (built when stale), the local static server and /usr/bin/chromium, as the e2e tests do.
 *   npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { openGap, openScreen, pickSample, startHarness, waitForScan } from "../test/e2e/playground-page";
import { giveVerdict } from "../test/e2e/verdict-steps";

const OUT = join(__dirname, "..", "docs", "screenshots");
const SCREENS = ["Overview", "Gaps", "Risks", "Review", "Settings"] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const harness = await startHarness();
  try {
    const page = await harness.open();
    await page.setViewportSize({ width: 1180, height: 860 });
    await pickSample(page, new RegExp(process.env.SAMPLE ?? "fennex", "i"));
    const pane = page.getByTestId("task-pane");
    await pane.getByRole("tab", { name: /^Gaps \(\d+\)/ }).waitFor({ timeout: 60_000 });
    const width = await pane.evaluate((el) => el.getBoundingClientRect().width);
    if (await pane.getByRole("tab", { name: "More screens" }).isVisible())
      throw new Error(`At ${width} px a tab is in the "more" menu.`);
    console.log(`pane ${width} px: every tab shown`);
    for (const name of SCREENS) {
      await openScreen(page, name);
      await page.waitForTimeout(name === "Risks" ? 1500 : 500);
      await pane.evaluate((el) => el.scrollTo(0, 0));
      await pane.screenshot({ path: join(OUT, `${name.toLowerCase()}.png`) });
      console.log(`docs/screenshots/${name.toLowerCase()}.png`);
    }
    await pane.getByRole("tab", { name: /^Gaps/ }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, "..", "screenshot.png") });
    console.log("docs/screenshot.png");

    // One gap opened: its full message, the guided answers, Go to and Ignore.
    const open = await openGap(page, new RegExp(process.env.OPEN_GAP ?? "^Risk 002: overall"));
    await page.waitForTimeout(500);
    await open.evaluate((el) => el.scrollIntoView({ block: "start" }));
    // Below the sticky counts, with the section heading above the item in view.
    await pane.evaluate((el) => el.scrollBy(0, -64));
    await pane.screenshot({ path: join(OUT, "gap-open.png") });
    console.log("docs/screenshots/gap-open.png");
    await open.locator('button[aria-controls^="gap-details-"]').click();

    // Gaps about one risk as one line each (the St Martins DPIA leaves its risks' levels as template text).
    if (!process.env.SAMPLE) {
      await pickSample(page, /St Martins – DPIA/);
      await waitForScan(page);
      await openScreen(page, "Gaps");
      const group = pane.getByRole("button", { name: /^Risk 2: likelihood, severity and overall are still/ });
      await group.click();
      await page.waitForTimeout(500);
      const heading = pane.getByRole("heading", { name: /^Step 5/ });
      await heading.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await pane.evaluate((el) => el.scrollBy(0, -40));
      await pane.screenshot({ path: join(OUT, "gaps-grouped.png") });
      console.log("docs/screenshots/gaps-grouped.png");
      await pickSample(page, /fennex/i);
      await waitForScan(page);
    }

    // The review workflow on the FENNEX sample (other samples have other headings).
    if (!process.env.SAMPLE) {
      await openScreen(page, "Review");
      await giveVerdict(page, "Step 1: Identify the need for a DPIA", "Acceptable", "Screening answered.");
      await giveVerdict(page, "Step 5: Identify and assess risks", "To correct", "Risk 2 has no likelihood.", [
        { what: "Score risk 2 on the ICO matrix", owner: "Priya Shah", due: "01/06/2026" },
      ]);
      await giveVerdict(page, "Step 6: Identify measures to reduce risk", "Improvable", "", [
        { what: "Name who approves each measure", owner: "Sam Okoro", due: "15/01/2099" },
      ]);
      for (const [name, file] of [
        ["Review", "verdicts"],
        ["Actions", "actions"],
      ] as const) {
        await openScreen(page, name);
        await page.waitForTimeout(500);
        await pane.evaluate((el) => el.scrollTo(0, 0));
        await pane.screenshot({ path: join(OUT, `${file}.png`) });
        console.log(`docs/screenshots/${file}.png`);
      }
    }
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
