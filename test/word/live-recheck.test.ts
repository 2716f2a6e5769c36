/**
 * The live re-check (WordApi 1.6) gives what a full scan gives. Random edits are made through headless-word (typing
 * into paragraphs and cells, clearing, splitting, adding, deleting, restyling); headless-word raises the paragraph
 * events; the service re-checks from them; the report must equal a full scan of the same document by a separate
 * service (no baseline, no events). Also checks that the cheap path is really taken for plain typing.
 */
import fc from "fast-check";
import { openDocx, type HeadlessDocument } from "../../src/headless-word";
import { createDocumentService } from "../../src/word/document-service";
import type { DocumentService, ParagraphChange } from "../../src/word/service";
import type { Report } from "../../src/core/report";
import { buildBigDpia } from "../fixtures/big-document";
import { seedFixtures } from "../fixtures/fixtures";

const TODAY = () => "2026-11-23";

type Edit =
  | { kind: "type"; at: number; text: string; where: "End" | "Start" | "Replace" }
  | { kind: "clear"; at: number }
  | { kind: "split"; at: number; text: string }
  | { kind: "add"; at: number; text: string }
  | { kind: "delete"; at: number }
  | { kind: "restyle"; at: number };

const words = fc.constantFrom(
  "Yes",
  "No",
  "N/A",
  "High",
  "Low",
  "Possible",
  "Severe",
  "Reduced",
  "[Insert name]",
  "Consent",
  "health data",
  "2024-01-01",
  "",
  "The DPO approved this measure on 1 March 2026.",
);
const text = fc.array(words, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const at = fc.nat();
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("type" as const),
      at,
      text,
      where: fc.constantFrom("End" as const, "Start" as const, "Replace" as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("clear" as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("split" as const), at, text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("add" as const), at, text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("restyle" as const), at }) },
);

/** Makes one edit, as an author would, through headless-word (nothing of src/word involved). */
async function make(document: HeadlessDocument, e: Edit): Promise<void> {
  await document.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/tableNestingLevel,items/isLastParagraph");
    await context.sync();
    const target = paragraphs.items[e.at % paragraphs.items.length]!;
    switch (e.kind) {
      case "type":
        target.insertText(e.text, e.where);
        break;
      case "clear":
        target.clear();
        break;
      case "split":
        target.insertText(`\n${e.text}`, "End");
        break;
      case "add":
        target.insertParagraph(e.text, "After");
        break;
      case "delete":
        // Word keeps a cell's last paragraph and the body's last one: delete only where that cannot arise.
        if (target.tableNestingLevel === 0 && !target.isLastParagraph) target.delete();
        break;
      case "restyle":
        target.styleBuiltIn = "Heading2" as Word.BuiltInStyleName;
        break;
    }
    await context.sync();
  });
}

/** Events raised so far (headless-word delivers them on a later task). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The parts of a report a full scan decides; equal reports must agree on all of them. */
const comparable = (r: Report) => JSON.parse(JSON.stringify(r)) as unknown;

async function liveAgainstFull(bytes: Uint8Array, rounds: Edit[][]): Promise<{ patched: number; rechecks: number }> {
  const document = await openDocx(bytes);
  const run = <T>(batch: (context: Word.RequestContext) => Promise<T>) => document.run(batch);
  const live: DocumentService = createDocumentService(
    run,
    { comments: true, trackChanges: false, paragraphEvents: true },
    TODAY,
    { file: document.file() },
  );
  const full = createDocumentService(run, { comments: true, trackChanges: false }, TODAY, { file: document.file() });
  let report = await live.scan();
  const pending: ParagraphChange[] = [];
  const stop = await live.watchParagraphs!((change) => pending.push(change));
  let patched = 0;
  try {
    for (const round of rounds) {
      for (const e of round) await make(document, e);
      await settle();
      const changes = pending.splice(0);
      const next = await live.recheck!(changes);
      if (next) report = next;
      if (live.lastRead?.()?.paragraphsReread !== undefined && next) patched++;
      expect(comparable(report)).toEqual(comparable(await full.scan()));
    }
  } finally {
    await stop();
  }
  return { patched, rechecks: rounds.length };
}

describe("live re-check after paragraph events", () => {
  let big: Uint8Array;
  beforeAll(async () => {
    big = await buildBigDpia(2);
  });

  it("equals a full scan after random edits (generated DPIA)", async () => {
    let patched = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        async (rounds) => {
          patched += (await liveAgainstFull(big, rounds)).patched;
        },
      ),
      { numRuns: 25 },
    );
    // Typing is most edits: the cheap path must have served some of them, or this test proves nothing about it.
    expect(patched).toBeGreaterThan(5);
  }, 240_000);

  it.each(
    seedFixtures()
      .slice(0, 3)
      .map((f) => [f.name, f] as const),
  )(
    "equals a full scan after random edits (%s)",
    async (_, fixture) => {
      const bytes = await fixture.load();
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(edit, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
          async (rounds) => {
            await liveAgainstFull(bytes, rounds);
          },
        ),
        { numRuns: 10 },
      );
    },
    240_000,
  );

  it("re-reads only the paragraph typed into, and returns null for an edit that changes no text", async () => {
    const document = await openDocx(big);
    const live = createDocumentService(
      (batch) => document.run(batch),
      { comments: true, trackChanges: false, paragraphEvents: true },
      TODAY,
      { file: document.file() },
    );
    await live.scan();
    const pending: ParagraphChange[] = [];
    const stop = await live.watchParagraphs!((change) => pending.push(change));
    try {
      // Type into the first empty table cell.
      await document.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text,items/tableNestingLevel");
        await context.sync();
        paragraphs.items.find((p) => p.tableNestingLevel === 1 && p.text === "")!.insertText("Yes", "End");
        await context.sync();
      });
      await settle();
      expect(pending).toEqual([{ type: "changed", ids: [expect.any(String)] }]);
      const syncs = document.syncCount;
      expect(await live.recheck!(pending.splice(0))).not.toBeNull();
      expect(live.lastRead!()!.paragraphsReread).toBe(1);
      expect(document.syncCount - syncs).toBe(1);

      // Word raises "changed" for formatting too (office-js #6770): an event whose paragraph text is as the last
      // read saw it changes nothing, in one sync and without analysing again.
      const firstId = await document.run(async (context) => {
        const first = context.document.body.paragraphs.getFirst().load("uniqueLocalId");
        await context.sync();
        return first.uniqueLocalId;
      });
      const before = document.syncCount;
      expect(await live.recheck!([{ type: "changed", ids: [firstId] }])).toBeNull();
      expect(document.syncCount - before).toBe(1);
    } finally {
      await stop();
    }
  });
});
