/**
 * The test task pane: runs the contract specs (test/contract/*.test.ts) on Word.run in the document Word has open,
 * or, with ?host=headless, on headless-word in the browser (how CI proves the harness). Results are shown on the
 * page, kept in window.wordSuite, and with ?report=1 sent to the server that served the page (npm run test:word),
 * the way office-addin-test-helpers' sendTestResults reports to office-addin-test-server.
 */
import type { ContextRunner } from "../contract/support/context-runner";
import { headlessRunner } from "../contract/support/headless-runner";
import { wordRunner } from "../contract/support/word-runner";
import { declaredSpecs, runSpecs, type SpecResult } from "./mini-spec";
import { useRunner } from "./pane-spec-api";
// Every shared spec file (not file/: those read OOXML). test/e2e/word-suite.test.ts checks none is missing.
import "../contract/comments.test";
import "../contract/content-controls.test";
import "../contract/document.test";
import "../contract/load-sync.test";
import "../contract/locations.test";
import "../contract/not-found.test";
import "../contract/paragraph-events.test";
import "../contract/search.test";
import "../contract/tables.test";
import "../contract/text.test";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface SuiteReport {
  host: string;
  platform: string;
  version: string;
  total: number;
  passed: number;
  failed: number;
  results: SpecResult[];
}

declare global {
  interface Window {
    wordSuite?: { state: "running" | "done" | "error"; report?: SuiteReport; error?: string };
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

/** Word's runner once office.js says the pane is in Word; the platform and version it reports. */
async function inWord(): Promise<{ runner: ContextRunner; platform: string; version: string }> {
  await loadScript(OFFICE_JS);
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Word) throw new Error(`this pane runs in Word, not in ${info.host ?? "a browser"}`);
  const diagnostics = Office.context.diagnostics;
  return { runner: wordRunner(), platform: String(info.platform), version: diagnostics?.version ?? "unknown" };
}

function line(result: SpecResult): HTMLLIElement {
  const item = document.createElement("li");
  item.className = result.ok ? "pass" : "fail";
  item.textContent = `${result.ok ? "✓" : "✗"} ${result.name} (${result.ms} ms)${result.error ? ` — ${result.error}` : ""}`;
  return item;
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const status = document.getElementById("status")!;
  const list = document.getElementById("results")!;
  window.wordSuite = { state: "running" };
  const headless = params.get("host") === "headless";
  status.textContent = headless ? "Running the specs on headless-word…" : "Waiting for Word…";
  const { runner, platform, version } = headless
    ? { runner: headlessRunner(), platform: navigator.userAgent, version: "headless-word" }
    : await inWord();
  useRunner(runner);
  status.textContent = `Running ${declaredSpecs().length} specs on ${runner.host} (${platform})…`;
  const results = await runSpecs((result) => list.appendChild(line(result)));
  const failed = results.filter((r) => !r.ok).length;
  const report: SuiteReport = {
    host: runner.host,
    platform,
    version,
    total: results.length,
    passed: results.length - failed,
    failed,
    results,
  };
  status.textContent = `${report.passed} passed, ${failed} failed of ${report.total} on ${runner.host} (${platform} ${version}).`;
  document.body.dataset.state = failed ? "failed" : "passed";
  window.wordSuite = { state: "done", report };
  if (params.get("report") === "1") {
    await fetch("results", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(report),
    });
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document.getElementById("status")!.textContent = `Could not run the specs: ${message}`;
  window.wordSuite = { state: "error", error: message };
  if (new URLSearchParams(location.search).get("report") === "1")
    void fetch("results", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ error: message }),
    });
});
