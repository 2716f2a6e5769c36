#!/usr/bin/env node
/**
 * npm run test:word — runs the Word contract specs (test/contract/*.test.ts) inside Word.
 * Builds the test task pane (test/word-pane), serves it on https://localhost:3001, prints how to sideload the test
 * manifest in Word on Windows, Mac or the web, and waits for the pane to POST its results (the pattern of
 * office-addin-test-server / office-addin-test-helpers: the pane reports to a local server the test run waits on).
 *   npm run test:word                     build, serve, wait for Word (default 20 minutes: --timeout=MINUTES)
 *   npm run test:word -- --headless       the same specs on headless-word in Chromium (what CI runs)
 *   npm run test:word -- --sideload       also register the manifest with Word desktop (office-addin-dev-settings)
 * Exit codes: 0 every spec passed, 1 a spec failed or the pane could not run them, 2 no results in time.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer as createHttp } from "node:http";
import { createServer as createHttps } from "node:https";
import { createRequire } from "node:module";
import { dirname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "test-results", "word-pane");
const PORT = Number(process.env.WORD_TEST_PORT || 3001);
const args = process.argv.slice(2);
const headless = args.includes("--headless");
const minutes = Number((args.find((a) => a.startsWith("--timeout=")) ?? "--timeout=20").split("=")[1]);
const { headersFor } = require("./security-headers.js");
const { devServerTransport } = require("./dev-certs.js");

function build() {
  console.log("Building the test pane…");
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--config",
      "test/word-pane/webpack.config.js",
      "--env",
      `outDir=${OUT}`,
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
}

/** Serves OUT and resolves `results` with the first report POSTed to /results. */
async function serve(transport, port) {
  let deliver;
  const results = new Promise((resolve) => (deliver = resolve));
  const handler = (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "POST" && url.pathname === "/results") {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk) => (body += chunk.length + body.length > 5_000_000 ? "" : chunk));
      req.on("end", () => {
        res.writeHead(204).end();
        try {
          deliver(JSON.parse(body));
        } catch {
          deliver({ error: "the pane sent results that are not JSON" });
        }
      });
      return;
    }
    const file = normalize(join(OUT, decodeURIComponent(url.pathname)));
    if (!file.startsWith(OUT + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { ...headersFor(url.pathname), "Cache-Control": "no-store" });
    createReadStream(file).pipe(res);
  };
  const server = transport.type === "https" ? createHttps(transport.options, handler) : createHttp(handler);
  await new Promise((ok, fail) => server.once("error", fail).listen(port, headless ? "127.0.0.1" : "localhost", ok));
  return { server, results, port: server.address().port };
}

function instructions(origin, httpsReason) {
  const manifest = join(OUT, "manifest.xml");
  console.log(`
The test pane is served at ${origin}/word-tests.html.
Open a NEW BLANK document in Word (the specs empty the document they run in), then sideload the test manifest:
  ${manifest}

  Windows   npx office-addin-dev-settings sideload "${manifest}" desktop
            (or run this script with --sideload), then Home > Add-ins > "DPIA Assist contract specs".
  Mac       copy the manifest into ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/ (create wef if
            missing), restart Word, then Insert > Add-ins > My Add-ins > "DPIA Assist contract specs".
  Web       Word on the web: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, choose the manifest.
            (This machine's browser must trust the localhost certificate: npx office-addin-dev-certs install.)
  iPad      sideloading is not available; run the suite on another platform.

Waiting up to ${minutes} minutes for the pane's results…`);
  if (httpsReason) console.warn(`\nWARNING: serving plain HTTP (${httpsReason}). Word only opens HTTPS panes.`);
}

function print(report) {
  if (report.error) {
    console.error(`The pane could not run the specs: ${report.error}`);
    return 1;
  }
  console.log(`\n${report.host} · ${report.platform} · ${report.version}`);
  for (const r of report.results)
    console.log(`  ${r.ok ? "✓" : "✗"} ${r.name} (${r.ms} ms)${r.error ? `\n      ${r.error}` : ""}`);
  console.log(`\n${report.passed} passed, ${report.failed} failed of ${report.total}.`);
  return report.failed === 0 && report.total > 0 ? 0 : 1;
}

async function main() {
  build();
  const transport = headless ? { type: "http", reason: "" } : await devServerTransport();
  const { server, results, port } = await serve(transport, headless ? 0 : PORT);
  const origin = `${transport.type}://${headless ? "127.0.0.1" : "localhost"}:${port}`;
  let browser;
  if (headless) {
    const { chromium } = require("playwright-core");
    const { CHROMIUM_PATH, CHROMIUM_ARGS } = require("./chromium-flags.js");
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
    const page = await browser.newPage();
    await page.goto(`${origin}/word-tests.html?host=headless&report=1`);
  } else {
    instructions(origin, transport.type === "http" ? transport.reason : "");
    if (args.includes("--sideload")) {
      const cli = join(ROOT, "node_modules", "office-addin-dev-settings", "cli.js");
      const run = spawnSync(process.execPath, [cli, "sideload", join(OUT, "manifest.xml"), "desktop"], {
        stdio: "inherit",
      });
      if (run.status !== 0) console.warn("Sideloading failed; follow the steps above instead.");
    }
  }
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), minutes * 60_000)));
  const report = await Promise.race([results, timeout]);
  clearTimeout(timer);
  await browser?.close();
  server.close();
  if (!report) {
    console.error(`No results within ${minutes} minutes.`);
    return 2;
  }
  return print(report);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
