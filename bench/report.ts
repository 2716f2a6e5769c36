/**
 * Portfolio report: documents per second and peak memory for `report <folder of 200 mixed documents> --html
 * --csv`, sequential and with --jobs 2. Times include the CLI's start-up; the peak is the process's maximum
 * resident set size (worker threads included), read by bench/report-probe.ts when the CLI has finished.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeMixedCorpus } from "./batch";
import { type Sample, timeRuns } from "./stats";

export interface ReportFigures {
  documents: number;
  jobs: number;
  time: Sample;
  documentsPerSecond: number;
  peakRssMB: number;
  htmlKB: number;
}

export async function benchReport(count = 200, jobsToTry = [1, 2], runs = 3): Promise<ReportFigures[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-report-bench-"));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-report-out-"));
  try {
    await writeMixedCorpus(folder, count);
    const probe = path.join(__dirname, "report-probe.ts");
    const html = path.join(out, "report.html");
    const figures: ReportFigures[] = [];
    for (const jobs of jobsToTry) {
      let peak = 0;
      const time = await timeRuns(runs, async () => {
        const printed = execFileSync(
          process.execPath,
          [
            "--import",
            "tsx",
            probe,
            "report",
            folder,
            "--html",
            html,
            "--csv",
            path.join(out, "report.csv"),
            "--today",
            "2026-11-23",
            "--jobs",
            String(jobs),
          ],
          { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
        );
        const rss = /^peak-rss-kb (\d+)$/m.exec(printed);
        if (!rss) throw new Error(`report-probe printed no peak: ${printed}`);
        peak = Math.max(peak, Number(rss[1]) / 1024);
      });
      figures.push({
        documents: count,
        jobs,
        time,
        documentsPerSecond: count / (time.median / 1000),
        peakRssMB: peak,
        htmlKB: fs.statSync(html).size / 1024,
      });
    }
    return figures;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
}
