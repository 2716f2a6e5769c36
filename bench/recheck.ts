/**
 * "Re-check after one paragraph edit" (issue 18, live re-check): on a document already open and scanned with
 * WordApi 1.6 paragraph events, the author types into one answer cell (empty ones first); the figure is the service's recheck
 * from the events that edit raised (the paragraph re-read through getParagraphByUniqueLocalId, the model patched,
 * the analysis run), over a run of edits one after another as the author works; the first re-check after a scan is
 * reported apart (it reads every table once more). Compared with the full scan of bench/scan.ts (openDocx +
 * readDocument + analyze) and with what the pane did before (a re-scan of the open document: readDocument +
 * analyze), measured after the re-checks. Also measured: what loading every paragraph's id adds to a scan when the
 * events are on.
 */
import { openDocx, type HeadlessDocument } from "../src/headless-word";
import { readDocument } from "../src/word/read-document";
import { analyze } from "../src/core/analyze";
import { createDocumentService } from "../src/word/document-service";
import type { DocumentService, ParagraphChange } from "../src/word/service";
import { buildBigDpia } from "../test/fixtures/big-document";
import { type Sample, summarise } from "./stats";

const TODAY = "2026-11-23";

export interface RecheckFigures {
  pages: number;
  fullScan: Sample;
  rescanOpen: Sample;
  /** Re-checks one after another, as the author types and pauses (the per-table reads kept from the one before). */
  recheck: Sample;
  /** The first re-check after a full scan: it reads every table once more and keeps what it read. */
  firstRecheck: Sample;
  scanWithIds: Sample;
  scanWithoutIds: Sample;
  /** Paragraphs the re-check read again (1 when the cheap path served it). */
  paragraphsReread: number | undefined;
}

async function fullScan(bytes: Uint8Array): Promise<void> {
  const document = await openDocx(bytes);
  const model = (await document.run((context) => readDocument(context, document.file()))).model;
  analyze(model, { today: TODAY });
}

async function rescanOpen(document: HeadlessDocument): Promise<void> {
  const model = (await document.run((context) => readDocument(context, document.file()))).model;
  analyze(model, { today: TODAY });
}

const time = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

function service(document: HeadlessDocument, paragraphEvents: boolean): DocumentService {
  return createDocumentService(
    (batch) => document.run(batch),
    { comments: false, trackChanges: false, paragraphEvents },
    () => TODAY,
    { file: document.file() },
  );
}

/** Table-cell paragraphs, empty ones (unanswered questions) first: where the author types answers. */
async function answerParagraphs(document: HeadlessDocument): Promise<string[]> {
  return document.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text,items/tableNestingLevel,items/uniqueLocalId");
    await context.sync();
    const cells = paragraphs.items.filter((p) => p.tableNestingLevel === 1);
    return [...cells.filter((p) => p.text === ""), ...cells.filter((p) => p.text !== "")].map((p) => p.uniqueLocalId);
  });
}

/** The author's edit: one answer typed into one cell (each run is its own edit, hence its own batch). */
async function typeAnswer(document: HeadlessDocument, id: string): Promise<void> {
  await document.run(async (context) => {
    context.document.getParagraphByUniqueLocalId(id).insertText(" Yes", "End");
    await context.sync();
  });
}

export async function benchRecheck(pages: number, runs: number): Promise<RecheckFigures> {
  const bytes = await buildBigDpia(pages);
  const document = await openDocx(bytes);
  const live = service(document, true);
  const targets = await answerParagraphs(document);
  if (targets.length < 2 * (runs + 1))
    throw new Error(`only ${targets.length} table-cell paragraphs at ${pages} pages`);
  const times = {
    full: [] as number[],
    rescan: [] as number[],
    recheck: [] as number[],
    firstRecheck: [] as number[],
  };
  const scans = { withIds: [] as number[], withoutIds: [] as number[] };
  let reread: number | undefined;
  let next = 0;
  const pending: ParagraphChange[] = [];
  /** One answer typed, then the re-check from the events it raised: what the pane does after the author pauses. */
  const editAndRecheck = async (): Promise<number> => {
    await typeAnswer(document, targets[next++]!);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the events are delivered on a later task
    const changes = pending.splice(0);
    const took = await time(() => live.recheck!(changes));
    reread = live.lastRead?.()?.paragraphsReread;
    return took;
  };
  const stop = await live.watchParagraphs!((change) => pending.push(change));
  try {
    // The author at work: one scan when the pane opens, then edits, each followed by a re-check. Nothing else
    // analyses in between (in the pane nothing does), so the re-checks run one after another.
    await live.scan();
    times.firstRecheck.push(await editAndRecheck());
    for (let i = 0; i < runs + 1; i++) {
      const took = await editAndRecheck();
      if (i > 0) times.recheck.push(took); // the first is a warm-up
    }
    // The first re-check after a scan, measured again after each of a few fresh scans.
    for (let i = 0; i < Math.min(runs, 5); i++) {
      await live.scan();
      times.firstRecheck.push(await editAndRecheck());
    }
  } finally {
    await stop();
  }
  // The scans it is compared with, measured on their own afterwards (alternating, so load affects both alike).
  const plain = service(document, false);
  for (let i = 0; i < runs + 1; i++) {
    const full = await time(() => fullScan(bytes));
    const rescan = await time(() => rescanOpen(document));
    const withoutIds = await time(() => plain.scan());
    const withIds = await time(() => live.scan());
    if (i === 0) continue; // warm-up
    times.full.push(full);
    times.rescan.push(rescan);
    scans.withIds.push(withIds);
    scans.withoutIds.push(withoutIds);
  }
  return {
    pages,
    fullScan: summarise(times.full),
    rescanOpen: summarise(times.rescan),
    recheck: summarise(times.recheck),
    firstRecheck: summarise(times.firstRecheck),
    scanWithIds: summarise(scans.withIds),
    scanWithoutIds: summarise(scans.withoutIds),
    paragraphsReread: reread,
  };
}
