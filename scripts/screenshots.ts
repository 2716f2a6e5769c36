/**
 * Screenshots of the task pane at the width Word gives it (320 px), over the playground and a bundled sample DPIA:
 * docs/screenshots/{overview,gaps,risks,review}.png, docs/screenshot.png (document and pane) for the README, and — after
 * giving three sections of the sample a verdict, two with an action — docs/screenshots/{verdicts,actions}.png.
 * Uses the production build (built when stale), the local static server and /usr/bin/chromium, as the e2e tests do.
 *   npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { openScreen, pickSample, startHarness } from "../test/e2e/playground-page";
import { giveVerdict } from "../test/e2e/verdict-steps";

const OUT = join(__dirname, "..", "docs", "screenshots");
const SCREENS = ["Overview", "Gaps", "Risks", "Review"] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const harness = await startHarness();
  try {
    const page = await harness.open();
    await page.setViewportSize({ width: 1180, height: 860 });
    await pickSample(page, new RegExp(process.env.SAMPLE ?? "fennex", "i"));
    const pane = page.getByTestId("task-pane");
    await pane.getByRole("tab", { name: /^Gaps \(\d+\)/ }).waitFor({ timeout: 60_000 });
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
