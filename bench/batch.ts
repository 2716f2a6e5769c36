/** Batch CLI: documents per second when checking a folder of 200 mixed documents. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { allFixtures } from "../test/fixtures/fixtures";
import { buildBigDpia } from "../test/fixtures/big-document";
import { type Sample, timeRuns } from "./stats";

export interface BatchFigures {
  documents: number;
  /** Worker threads (`check --jobs N`); 1 is the plain sequential run. */
  jobs: number;
  time: Sample;
  documentsPerSecond: number;
}

/** `count` documents in `folder`: the fixtures (seeds and real ones) and 5/10/20-page generated DPIAs, in turn. */
export async function writeMixedCorpus(folder: string, count: number): Promise<void> {
  const sources: Uint8Array[] = [];
  for (const fixture of allFixtures()) sources.push(await fixture.load());
  for (const pages of [5, 10, 20]) sources.push(await buildBigDpia(pages));
  for (let i = 0; i < count; i++)
    fs.writeFileSync(path.join(folder, `doc-${String(i).padStart(3, "0")}.docx`), sources[i % sources.length]!);
}

/** The same folder checked sequentially and with one worker per core; times include the CLI's start-up. */
export async function benchBatch(count = 200, jobsToTry = [1, 2]): Promise<BatchFigures[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-batch-"));
  try {
    await writeMixedCorpus(folder, count);
    const cli = path.join(__dirname, "..", "src", "cli", "main.ts");
    const run = (jobs: number): void => {
      execFileSync(
        process.execPath,
        ["--import", "tsx", cli, "check", folder, "--json", "--today", "2026-11-23", "--jobs", String(jobs)],
        { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 256 << 20 },
      );
    };
    const figures: BatchFigures[] = [];
    for (const jobs of jobsToTry) {
      const time = await timeRuns(3, async () => run(jobs));
      figures.push({ documents: count, jobs, time, documentsPerSecond: count / (time.median / 1000) });
    }
    return figures;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
