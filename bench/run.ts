/**
 * `npm run bench`: prints every figure of the performance issue as a table, says whether each target
 * is met, and writes the same figures as JSON to bench-results.json. Not a test: nothing here fails the
 * build; the numbers are for docs/performance.md and for reviewers.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchScan, type ScanFigures } from "./scan";
import { benchApply } from "./apply";
import { benchBundle } from "./bundle";
import { benchBatch } from "./batch";
import { benchPaneStart } from "./pane-start";
import { benchReport, type ReportFigures } from "./report";
import { benchRecheck, type RecheckFigures } from "./recheck";
import { formatBytes, formatMs } from "./stats";

const root = path.join(__dirname, "..");
const quick = process.argv.includes("--quick");
/** `npm run bench -- --only report` (or `--only recheck`, or `--only scan` for the scan at 50 and 500 pages) runs that one entry. */
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const targets: { name: string; met: boolean; detail: string }[] = [];
const target = (name: string, met: boolean, detail: string): void => {
  targets.push({ name, met, detail });
};

function printScanTable(rows: ScanFigures[]): void {
  console.log("\n1–4. Scan (read + analyze on headless-word) against the floor and mammoth");
  console.table(
    rows.map((r) => ({
      pages: r.pages,
      size: formatBytes(r.bytes),
      paragraphs: r.paragraphs,
      findings: r.findings,
      syncs: r.syncs,
      "floor (unzip+parse)": formatMs(r.floor),
      "full scan": formatMs(r.scan),
      "scan/floor": (r.scan.median / r.floor.median).toFixed(2),
      "mammoth raw text": formatMs(r.mammoth),
      "scan/mammoth": (r.scan.median / r.mammoth.median).toFixed(2),
      "peak heap": `${r.peakHeapMB.toFixed(0)} MB`,
    })),
  );
}

function printReportTable(rows: ReportFigures[]): void {
  console.log(`\n7. Portfolio report (report <folder> --html --csv, ${os.cpus().length} cores)`);
  console.table(
    rows.map((r) => ({
      jobs: r.jobs,
      documents: r.documents,
      time: formatMs(r.time),
      "documents/s": r.documentsPerSecond.toFixed(1),
      "peak RSS": `${r.peakRssMB.toFixed(0)} MB`,
      "report.html": `${r.htmlKB.toFixed(0)} KB`,
    })),
  );
}

function printRecheckTable(rows: RecheckFigures[]): void {
  console.log("\n8. Live re-check after one paragraph edit (WordApi 1.6 events) against a full scan");
  console.table(
    rows.map((r) => ({
      pages: r.pages,
      "re-check": formatMs(r.recheck),
      "full scan": formatMs(r.fullScan),
      "re-check/full": (r.recheck.median / r.fullScan.median).toFixed(2),
      "first re-check after a scan": formatMs(r.firstRecheck),
      "re-scan of the open document": formatMs(r.rescanOpen),
      "re-check/re-scan": (r.recheck.median / r.rescanOpen.median).toFixed(2),
      "paragraphs re-read": r.paragraphsReread ?? "all",
      "scan with ids": formatMs(r.scanWithIds),
      "scan without ids": formatMs(r.scanWithoutIds),
    })),
  );
}

async function recheckFigures(): Promise<RecheckFigures[]> {
  const rows: RecheckFigures[] = [];
  for (const pages of [50, 500]) {
    process.stderr.write(`re-checking after one edit at ${pages} pages…\n`);
    rows.push(await benchRecheck(pages, pages >= 500 ? (quick ? 3 : 7) : quick ? 7 : 21));
  }
  for (const r of rows)
    target(
      `re-check after one paragraph edit < 20% of a full scan (${r.pages} pages)`,
      r.recheck.median < 0.2 * r.fullScan.median,
      `${((100 * r.recheck.median) / r.fullScan.median).toFixed(0)}%`,
    );
  return rows;
}

async function main(): Promise<void> {
  if (only === "report") {
    process.stderr.write("writing a portfolio report over a folder of documents…\n");
    printReportTable(await benchReport(quick ? 40 : 200));
    return;
  }
  if (only === "recheck") {
    printRecheckTable(await recheckFigures());
    console.table(targets.map((t) => ({ target: t.name, met: t.met ? "yes" : "NO", measured: t.detail })));
    return;
  }
  if (only === "scan") {
    const scans: ScanFigures[] = [];
    for (const pages of [50, 500]) scans.push(await benchScan(pages));
    printScanTable(scans);
    return;
  }
  if (only !== undefined) throw new Error(`--only knows: report, recheck, scan (not "${only}")`);
  const results: Record<string, unknown> = {
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    date: new Date().toISOString(),
  };
  const sizes = quick ? [5, 50] : [5, 50, 500, 2000];
  const scans: ScanFigures[] = [];
  for (const pages of sizes) {
    process.stderr.write(`scanning ${pages} pages…\n`);
    scans.push(await benchScan(pages));
  }
  results.scan = scans;
  printScanTable(scans);
  target(
    "scan syncs ≤ 3 at every size",
    scans.every((s) => s.syncs <= 3),
    scans.map((s) => `${s.pages}p: ${s.syncs}`).join(", "),
  );
  const at500 = scans.find((s) => s.pages === 500);
  if (at500)
    target(
      "scan ≤ 2× floor at 500 pages",
      at500.scan.median <= 2 * at500.floor.median,
      `${(at500.scan.median / at500.floor.median).toFixed(2)}×`,
    );
  target(
    "scan no slower than mammoth text extraction",
    scans.every((s) => s.scan.median <= s.mammoth.median),
    scans.map((s) => `${s.pages}p: ${(s.scan.median / s.mammoth.median).toFixed(2)}×`).join(", "),
  );
  const p50 = scans.find((s) => s.pages === 50);
  const p2000 = scans.find((s) => s.pages === 2000);
  if (p50 && p2000) {
    const growth = p2000.scan.median / p50.scan.median;
    target("2,000-page time ≤ 45 × 50-page time", growth <= 45, `${growth.toFixed(1)}×`);
    target("peak heap < 500 MB at 2,000 pages", p2000.peakHeapMB < 500, `${p2000.peakHeapMB.toFixed(0)} MB`);
  }

  const rechecks = await recheckFigures();
  results.recheck = rechecks;
  printRecheckTable(rechecks);

  process.stderr.write("applying edits…\n");
  const applied = await benchApply([1, 20, 200]);
  results.apply = applied;
  console.log("\n1. Round trips to apply N edits / marks (50-page document)");
  console.table(
    applied.map((a) => ({ what: a.what, edits: a.edits, applied: a.applied, syncs: a.syncs, ms: a.ms.toFixed(1) })),
  );
  target(
    "apply N edits in ≤ 3 syncs",
    applied.every((a) => a.syncs <= 3),
    applied.map((a) => `${a.what} ${a.edits}: ${a.syncs}`).join(", "),
  );

  const dist = path.join(root, "dist");
  if (fs.existsSync(path.join(dist, "taskpane.html"))) {
    const bundle = benchBundle(dist);
    results.bundle = bundle;
    console.log("\n5. Production bundle (initial JavaScript of each page, and all JavaScript in dist/)");
    console.table(
      bundle.map((b) => ({
        page: b.page,
        "initial raw": formatBytes(b.initialRaw),
        "initial gzip": formatBytes(b.initialGzip),
        "all JS raw": formatBytes(b.totalJsRaw),
        "all JS gzip": formatBytes(b.totalJsGzip),
      })),
    );
    for (const b of bundle)
      target(`${b.page} initial JS ≤ 400 KB gzip`, b.initialGzip <= 400 * 1024, formatBytes(b.initialGzip));
    if (fs.existsSync(path.join(dist, "playground.html"))) {
      process.stderr.write("starting the playground in Chromium…\n");
      const start = await benchPaneStart(dist, quick ? 3 : 5);
      results.paneStart = start;
      console.log(`\n5. Playground: page load → first scan result for seed 001: ${formatMs(start)}`);
      target("first result ≤ 1.5 s", start.median <= 1500, formatMs(start));
    }
  } else {
    console.log("\n5. Bundle and pane start: skipped (run `npm run build` first to measure the production bundle).");
  }

  process.stderr.write("checking a folder of documents with the CLI…\n");
  const batch = await benchBatch(quick ? 40 : 200);
  results.batch = batch;
  console.log(`\n6. Batch CLI (check <folder> --json, ${os.cpus().length} cores)`);
  console.table(
    batch.map((b) => ({
      jobs: b.jobs,
      documents: b.documents,
      time: formatMs(b.time),
      "documents/s": b.documentsPerSecond.toFixed(1),
    })),
  );
  const [sequential, ...parallel] = batch;
  const best = parallel.reduce((a, b) => (b.documentsPerSecond > a.documentsPerSecond ? b : a), sequential);
  target(
    "batch CLI uses both cores when that helps",
    best.jobs > 1 || parallel.length === 0,
    batch.map((b) => `--jobs ${b.jobs}: ${b.documentsPerSecond.toFixed(1)} docs/s`).join(", "),
  );

  process.stderr.write("writing a portfolio report over a folder of documents…\n");
  const report = await benchReport(quick ? 40 : 200);
  results.report = report;
  printReportTable(report);

  console.log("\nTargets");
  console.table(targets.map((t) => ({ target: t.name, met: t.met ? "yes" : "NO", measured: t.detail })));
  results.targets = targets;
  const out = path.join(root, "bench-results.json");
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nJSON written to ${path.relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
