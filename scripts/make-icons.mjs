#!/usr/bin/env node
/**
 * Renders the add-in icons (assets/icon-<size>.png) from assets/icon.svg with headless Chromium, so the PNGs
 * Office shows are always the drawing in the repository. 16 px uses a separate drawing fitted to the pixel grid.
 * Run after editing an SVG: `node scripts/make-icons.mjs`; commit the PNGs (the build does not need Chromium).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium-flags.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [16, 32, 64, 80, 128];

const svgFor = (size) => readFileSync(join(root, "assets", size <= 16 ? "icon-small.svg" : "icon.svg"), "utf8");

const profile = mkdtempSync(join(tmpdir(), "dpia-icons-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
  headless: true,
});
try {
  const page = await context.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG is sized to the viewport so Chromium rasterises it at the target size (no later downscaling).
    const svg = svgFor(size).replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.locator("svg").screenshot({ omitBackground: true });
    writeFileSync(join(root, "assets", `icon-${size}.png`), png);
    console.log(`assets/icon-${size}.png  ${png.byteLength} bytes`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
