/**
 * Scan benchmarks: round trips, cost against the floor of unzip + parse, against mammoth's raw-text
 * extraction, and growth with document size. All figures for one size come from the same run on the same bytes.
 */
import JSZip from "jszip";
import mammoth from "mammoth";
import { openDocx } from "../src/headless-word";
import { parseXml } from "../src/docx/xml";
import { readDocument } from "../src/word/read-document";
import { analyze } from "../src/core/analyze";
import { buildBigDpia } from "../test/fixtures/big-document";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Sample, summarise, timeRuns } from "./stats";

export interface ScanFigures {
  pages: number;
  bytes: number;
  paragraphs: number;
  findings: number;
  syncs: number;
  floor: Sample;
  scan: Sample;
  mammoth: Sample;
  peakHeapMB: number;
}

/**
 * Peak heap of one full scan, measured in a fresh process so that earlier runs do not count: the probe
 * samples the heap between its phases and reports the V8 heap's high-water mark (malloced + used).
 * It runs under --max-old-space-size=500, so finishing at all proves the 500 MB ceiling.
 */
async function peakHeapOfScan(pages: number, bytes: Uint8Array): Promise<number> {
  const probe = path.join(__dirname, "heap-probe.ts");
  // The child reads the file, so that generating the document is not counted as the scan's memory.
  const file = path.join(__dirname, "..", ".bench", `dpia-${pages}-pages.docx`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  const run = (limitMB: number): number => {
    const out = execFileSync(process.execPath, [`--max-old-space-size=${limitMB}`, "--import", "tsx", probe, file], {
      encoding: "utf8",
      maxBuffer: 16 << 20,
      stdio: ["ignore", "pipe", "pipe"],
    });
    return (JSON.parse(out.trim().split("\n").pop()!) as { peakHeapMB: number }).peakHeapMB;
  };
  try {
    return run(500);
  } catch (error) {
    // Over the 500 MB ceiling: measure how far over, with room to finish, so the table shows the real figure.
    // Any other failure is a real error and is reported with the probe's own last words.
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    if (!/heap out of memory|Allocation failed/i.test(stderr)) {
      throw new Error(`heap probe failed at ${pages} pages: ${stderr.trim().split("\n").slice(-3).join(" ")}`);
    }
    return Math.max(500, run(4096));
  }
}

const TODAY = "2026-11-23";

/** The floor: unzip and parse word/document.xml with the parser headless-word itself uses, and nothing else. */
async function floorParse(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  parseXml(xml, "word/document.xml");
}

/** What the CLI and the playground do: open with headless-word, read the model from the document itself (src/docx). */
async function fullScan(bytes: Uint8Array): Promise<{ syncs: number; paragraphs: number; findings: number }> {
  const document = await openDocx(bytes);
  const file = document.file();
  const model = (await document.run((context) => readDocument(context, file))).model;
  const report = analyze(model, { today: TODAY });
  return { syncs: document.syncCount, paragraphs: model.paragraphs.length, findings: report.findings.length };
}

/**
 * Discarded runs before measuring, the same for all three: a scan runs many small functions that V8 optimises
 * only after many calls, so on a 5-page document the first dozens of runs measure the JIT, not the code (and
 * the add-in or a batch keeps the code warm after its first document).
 */
function warmUpsFor(pages: number): number {
  if (pages >= 500) return 1;
  return pages >= 50 ? 10 : 20;
}

/** Small documents take milliseconds: more runs, so that the median is not a JIT warm-up figure. */
function runsFor(pages: number): number {
  if (pages >= 2000) return 3;
  if (pages >= 500) return 5;
  if (pages >= 50) return 21;
  return 61;
}

export async function benchScan(pages: number): Promise<ScanFigures> {
  const bytes = await buildBigDpia(pages);
  const runs = runsFor(pages);
  const once = await fullScan(bytes); // the deterministic figures
  for (let i = 0; i < warmUpsFor(pages); i++) {
    await floorParse(bytes);
    await fullScan(bytes);
    await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  }
  // Interleave the three measurements so that machine noise hits all of them alike.
  const floorTimes: number[] = [];
  const scanTimes: number[] = [];
  const mammothTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    floorTimes.push((await timeRuns(1, () => floorParse(bytes))).median);
    scanTimes.push((await timeRuns(1, () => fullScan(bytes))).median);
    mammothTimes.push((await timeRuns(1, () => mammoth.extractRawText({ buffer: Buffer.from(bytes) }))).median);
  }
  return {
    pages,
    bytes: bytes.byteLength,
    paragraphs: once.paragraphs,
    findings: once.findings,
    syncs: once.syncs,
    floor: summarise(floorTimes),
    scan: summarise(scanTimes),
    mammoth: summarise(mammothTimes),
    peakHeapMB: await peakHeapOfScan(pages, bytes),
  };
}
