/**
 * The cheap "changed since the last scan?" check behind the pane's focus handler, over headless-word: unchanged
 * until the text or a table's rows change, or the add-in writes; one sync per check.
 */
import { openDocx } from "../../src/headless-word";
import { createDocumentService } from "../../src/word/document-service";
import { fnv1a } from "../../src/word/fingerprint";
import { miniDocx, p, row, table } from "../headless-word/support/mini-docx";

async function fixture() {
  const document = await openDocx(
    await miniDocx(p("Step 2: Describe the processing") + table(row("Risk", "Likelihood"), row("Theft", "")) + p("")),
  );
  const service = createDocumentService(
    (batch) => document.run(batch),
    { comments: true, trackChanges: true },
    () => "2026-11-23",
  );
  return { document, service };
}

describe("unchangedSinceScan", () => {
  it("is false before any scan, true after one, in one sync", async () => {
    const { document, service } = await fixture();
    expect(await service.unchangedSinceScan()).toBe(false);
    await service.scan();
    const before = document.syncCount;
    expect(await service.unchangedSinceScan()).toBe(true);
    expect(document.syncCount - before).toBe(1);
  });

  it("turns false when text is typed outside the pane, and true again after a re-scan", async () => {
    const { document, service } = await fixture();
    await service.scan();
    await document.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText(".", "End");
    });
    expect(await service.unchangedSinceScan()).toBe(false);
    await service.scan();
    expect(await service.unchangedSinceScan()).toBe(true);
  });

  it("turns false when a table row is added with no text", async () => {
    const { document, service } = await fixture();
    await service.scan();
    await document.run(async (context) => {
      context.document.body.tables.getFirst().addRows("End", 1, [["", ""]]);
    });
    expect(await service.unchangedSinceScan()).toBe(false);
  });

  it("turns false after the add-in itself writes, even before the next scan", async () => {
    const { service } = await fixture();
    const report = await service.scan();
    await service.markGaps(report.findings.slice(0, 1));
    expect(await service.unchangedSinceScan()).toBe(false);
  });
});

describe("fnv1a", () => {
  it("matches the published FNV-1a 32-bit test vectors", () => {
    // From the FNV reference test suite (isthe.com/chongo/tech/comp/fnv): "" → 811c9dc5, "a" → e40c292c,
    // "foobar" → bf9cf968.
    expect([fnv1a(""), fnv1a("a"), fnv1a("foobar")]).toEqual(["811c9dc5", "e40c292c", "bf9cf968"]);
  });
});
