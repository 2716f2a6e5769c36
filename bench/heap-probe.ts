/**
 * Run in a child process by bench/scan.ts: reads the generated document it was given, scans it once and
 * prints the highest heap use seen (the document's bytes included, as a user's process would hold them). A timer cannot fire during synchronous work, so the heap is also read at each
 * phase boundary, where the phase's live data is still reachable.
 */
import { openDocx } from "../src/headless-word";
import { readDocument } from "../src/word/read-document";
import { analyze } from "../src/core/analyze";
import { readFileSync } from "node:fs";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("usage: heap-probe <file.docx>");
  const bytes = new Uint8Array(readFileSync(file));
  let peak = process.memoryUsage().heapUsed;
  const note = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(note, 2);
  const document = await openDocx(bytes);
  note();
  const model = await document.run(async (context) => {
    const result = (await readDocument(context, document.file())).model;
    note();
    return result;
  });
  note();
  const report = analyze(model, { today: "2026-11-23" });
  note();
  clearInterval(timer);
  process.stdout.write(
    `${JSON.stringify({ file, findings: report.findings.length, peakHeapMB: peak / 1024 / 1024 })}\n`,
  );
}

void main();
