/**
 * Refs are positional. When the user inserts a table, rows or a paragraph before the target between the scan and
 * the click, the ref names another place; if that place holds the same text (an empty cell, an empty paragraph) the
 * text check passes. The context fingerprint (src/core/context.ts) carried as `expectedContext` catches it.
 */
import { editForAnswer } from "../../src/core/answer-edits";
import { contextFor } from "../../src/core/context";
import type { Edit, SetTextEdit } from "../../src/core/edits";
import { isCellRef, type Ref } from "../../src/core/model";
import { createDocumentService } from "../../src/word/document-service";
import { miniDocx, p, row, table } from "../headless-word/support/mini-docx";
import { apply, open, read, realBytes, texts, type HeadlessDocument } from "./support";
import { describeReal } from "../support/real-fixtures";

const RISKS = table(row("Risk", "Likelihood"), row("Loss of data", ""), row("Theft of laptop", ""));
const MEASURES = table(row("Measure", "Status"), row("Encrypt data", ""), row("", ""), row("", ""));
const BODY = p("Summary of DPO advice:") + p("") + p("") + RISKS + MEASURES;

async function scanned(): Promise<{ document: HeadlessDocument; fill: (ref: Ref, text: string) => SetTextEdit }> {
  const document = await open(await miniDocx(BODY));
  const model = await read(document);
  const fill = (ref: Ref, text: string): SetTextEdit => ({
    kind: "set-text",
    ref,
    expected: "",
    text,
    expectedContext: contextFor(model, ref),
  });
  return { document, fill };
}

async function change(document: HeadlessDocument, batch: (context: Word.RequestContext) => Promise<void>) {
  await document.run(async (context) => {
    await batch(context);
    await context.sync();
  });
  return texts(await read(document));
}

async function insertRowAfterHeader(context: Word.RequestContext, tableIndex: number, values: string[]) {
  const tables = context.document.body.tables.load("items");
  await context.sync();
  tables.items[tableIndex]!.rows.getFirst().insertRows("After", 1, [values]);
}

describe("edits whose place moved since the scan", () => {
  it("a table inserted before an empty target cell: refused, nothing written (without the context it would be)", async () => {
    const { document, fill } = await scanned();
    const edit = fill({ table: 1, row: 1, cell: 1 }, "Awaiting");
    const before = await change(document, async (context) => {
      context.document.body.insertTable(2, 2, "Start", [
        ["Inserted", "table"],
        ["", ""],
      ]);
    });
    // The ref now names table 0 of the old document (Risks), whose cell is empty too: the text alone matches.
    expect(before.get("t1r1c1")).toBe("");
    const { results, syncs } = await apply(document, [edit]);
    expect(results[0]).toMatchObject({ status: "refused", reason: "stale" });
    expect((results[0] as { message: string }).message).toMatch(/^Table 2, row 2, cell 2 .*scan again\.$/);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(texts(await read(document))).toEqual(before);

    const { expectedContext: _, ...withoutContext } = edit;
    const legacy = await apply(document, [withoutContext]);
    expect(legacy.results[0]!.status).toBe("applied");
  });

  it("rows inserted above the target row: refused, for a labelled row and for a row with an empty first cell", async () => {
    const { document, fill } = await scanned();
    const labelled = fill({ table: 0, row: 2, cell: 1 }, "Possible");
    const unlabelled = fill({ table: 1, row: 3, cell: 1 }, "Done");
    const before = await change(document, async (context) => {
      await insertRowAfterHeader(context, 0, ["Phishing", ""]);
      await insertRowAfterHeader(context, 1, ["", ""]);
    });
    const { results } = await apply(document, [labelled, unlabelled]);
    expect(results.map((r) => (r.status === "refused" ? r.reason : r.status))).toEqual(["stale", "stale"]);
    expect(texts(await read(document))).toEqual(before);
  });

  it("an empty paragraph target after a paragraph inserted at the start: refused", async () => {
    const { document, fill } = await scanned();
    const edit = fill({ paragraph: 2 }, "The DPO advised encryption.");
    const before = await change(document, async (context) => {
      context.document.body.insertParagraph("Draft", "Start");
    });
    expect(before.get("p2")).toBe("");
    const { results } = await apply(document, [edit]);
    expect(results[0]).toMatchObject({ status: "refused", reason: "stale" });
    expect(texts(await read(document))).toEqual(before);
  });

  it("changes elsewhere (after the targets, in another table) do not refuse the edits", async () => {
    const { document, fill } = await scanned();
    const edits: Edit[] = [
      fill({ table: 0, row: 2, cell: 1 }, "Possible"),
      fill({ table: 1, row: 1, cell: 1 }, "Awaiting"),
      fill({ paragraph: 2 }, "The DPO advised encryption."),
    ];
    await change(document, async (context) => {
      context.document.body.insertParagraph("Appendix", "End");
      context.document.body.insertTable(1, 2, "End", [["Later", "table"]]);
      const tables = context.document.body.tables.load("items");
      await context.sync();
      tables.items[1]!.addRows("End", 1, [["Backups", ""]]);
    });
    const { results, syncs } = await apply(document, edits);
    expect(results.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
    expect(syncs).toBeLessThanOrEqual(3);
    const after = await read(document);
    expect(after.tables[0]!.rows[2]!.cells[1]!.text).toBe("Possible");
    expect(after.tables[1]!.rows[1]!.cells[1]!.text).toBe("Awaiting");
    expect(after.paragraphs[2]!.text).toBe("The DPO advised encryption.");
  });

  it("many edits with contexts still take at most 3 syncs", async () => {
    const { document, fill } = await scanned();
    const edits: Edit[] = [];
    for (const t of [0, 1]) for (let r = 1; r < 3; r++) edits.push(fill({ table: t, row: r, cell: 1 }, `t${t}r${r}`));
    edits.push(fill({ paragraph: 1 }, "One"), fill({ paragraph: 2 }, "Two"));
    const { results, syncs } = await apply(document, edits);
    expect(results.filter((r) => r.status !== "applied")).toEqual([]);
    expect(syncs).toBeLessThanOrEqual(3);
  });
});

describeReal(["ico-dpia-template-blank.docx"])("findings carry their context to the edits built from them", () => {
  it("scan → finding.context → editForAnswer(...).expectedContext, refused after a table is inserted", async () => {
    const document = await open(realBytes("ico-dpia-template-blank.docx"));
    const service = createDocumentService((batch) => document.run(batch), { comments: false, trackChanges: false });
    const findings = (await service.scan()).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => typeof f.context === "string" && f.context.length > 0)).toBe(true);
    const cellFinding = findings.find((f) => isCellRef(f.ref) && f.expected === "" && (f.answers?.length ?? 0) > 0);
    expect(cellFinding).toBeDefined();
    const edit = editForAnswer(cellFinding!, cellFinding!.answers![0]!.text);
    expect(edit).toMatchObject({ expectedContext: cellFinding!.context });
    await change(document, async (context) => {
      context.document.body.insertTable(1, 2, "Start", [["Inserted", "table"]]);
    });
    const [result] = await service.apply([edit]);
    expect(result!.status).toBe("refused");
  });
});
