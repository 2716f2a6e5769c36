import type { Edit } from "../../src/core/edits";
import { apply, findCell, formattedRuns, open, read, realBytes, reopen, texts } from "./support";
import { describeReal } from "../support/real-fixtures";

const BLANK = "ico-dpia-template-blank.docx";
const LIKELIHOOD = "Remote, possible or probable";

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
}

describeReal(["ico-dpia-template-blank.docx"])("applyEdits over headless-word", () => {
  it("replaces a placeholder in its cell, keeping the run's formatting and every other text", async () => {
    const bytes = realBytes(BLANK);
    const document = await open(bytes);
    const model = await read(document);
    const target = findCell(model, (t) => t.includes(LIKELIHOOD));
    const ref = { table: target.table, row: target.row, cell: target.cell };
    const { results } = await apply(document, [
      { kind: "replace-text", ref, expected: target.text, find: LIKELIHOOD, replacement: "Possible" },
    ]);
    expect(results.map((r) => r.status)).toEqual(["applied"]);

    const saved = await document.save();
    const after = await read(await open(saved));
    expect(after.tables[ref.table]!.rows[ref.row]!.cells[ref.cell]!.text).toBe(
      target.text.replace(LIKELIHOOD, "Possible"),
    );
    expect(changedKeys(texts(model), texts(after)).filter((k) => !k.startsWith("p"))).toEqual([
      `t${ref.table}r${ref.row}c${ref.cell}`,
    ]);
    // The replacement sits in a run formatted like the placeholder's run.
    const runsBefore = (await formattedRuns(bytes)).flat();
    const runsAfter = (await formattedRuns(saved)).flat();
    const formatOf = (runs: string[], text: string) => runs[runs.findIndex((r) => r.includes(text)) - 1];
    expect(formatOf(runsAfter, "Possible")).toBe(formatOf(runsBefore, LIKELIHOOD));
  });

  it("sets, appends and adds paragraphs in cells and body paragraphs", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const empty = findCell(model, (t) => t === "");
    const body = model.paragraphs.find((p) => p.tableNestingLevel === 0 && p.text.trim().length > 10)!;
    const edits: Edit[] = [
      {
        kind: "set-text",
        ref: { table: empty.table, row: empty.row, cell: empty.cell },
        expected: "",
        text: "St Martins Housing Trust",
      },
      { kind: "append-text", ref: { paragraph: body.index }, expected: body.text, text: " (checked)" },
    ];
    const { results } = await apply(document, edits);
    expect(results.every((r) => r.status === "applied")).toBe(true);
    const after = await read(await reopen(document));
    expect(after.tables[empty.table]!.rows[empty.row]!.cells[empty.cell]!.text).toBe("St Martins Housing Trust");
    expect(after.paragraphs.some((p) => p.text === `${body.text} (checked)`)).toBe(true);
  });

  it("refuses an edit whose target changed since the scan, and one whose target is gone, writing nothing", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const target = findCell(model, (t) => t.includes(LIKELIHOOD));
    const ref = { table: target.table, row: target.row, cell: target.cell };
    // The user types into the cell after the scan.
    await apply(document, [{ kind: "set-text", ref, expected: target.text, text: "Probable, see note" }]);
    const between = texts(await read(document));
    const { results } = await apply(document, [
      { kind: "replace-text", ref, expected: target.text, find: LIKELIHOOD, replacement: "Remote" },
      { kind: "set-text", ref: { table: 999, row: 0, cell: 0 }, expected: "", text: "x" },
      { kind: "set-text", ref: { table: ref.table, row: 50, cell: 0 }, expected: "", text: "x" },
      { kind: "set-text", ref: { paragraph: 1_000_000 }, expected: "", text: "x" },
    ]);
    expect(results.map((r) => r.status === "refused" && r.reason)).toEqual(["stale", "missing", "missing", "missing"]);
    for (const result of results) expect(result.status === "refused" && result.message.length > 10).toBe(true);
    expect(texts(await read(document))).toEqual(between);
  });

  it("applies the edits that still fit even when others in the batch are refused", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const target = findCell(model, (t) => t.includes(LIKELIHOOD));
    const ref = { table: target.table, row: target.row, cell: target.cell };
    const { results } = await apply(document, [
      { kind: "replace-text", ref, expected: "something else", find: LIKELIHOOD, replacement: "Remote" },
      {
        kind: "replace-text",
        ref: { ...ref, cell: ref.cell + 1 },
        expected: model.tables[ref.table]!.rows[ref.row]!.cells[ref.cell + 1]!.text,
        find: "Minimal, significant or severe",
        replacement: "Severe",
      },
    ]);
    expect(results.map((r) => r.status)).toEqual(["refused", "applied"]);
    const after = await read(document);
    expect(after.tables[ref.table]!.rows[ref.row]!.cells[ref.cell + 1]!.text).toBe("Severe");
  });

  it("replaces text longer than Word's 255-character search limit and text over several lines", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const empty = findCell(model, (t) => t === "");
    const ref = { table: empty.table, row: empty.row, cell: empty.cell };
    const long = `Start ${"lorem ipsum ".repeat(40)}end of the long answer`;
    const written = `Keep this. ${long}\nSecond line stays.`;
    await apply(document, [{ kind: "set-text", ref, expected: "", text: written }]);
    const current = (await read(document)).tables[ref.table]!.rows[ref.row]!.cells[ref.cell]!.text;
    const { results } = await apply(document, [
      { kind: "replace-text", ref, expected: current, find: long, replacement: "Short answer." },
    ]);
    expect(results[0]!.status).toBe("applied");
    const after = (await read(document)).tables[ref.table]!.rows[ref.row]!.cells[ref.cell]!.text;
    expect(after).toBe("Keep this. Short answer.\nSecond line stays.");
    const multi = await apply(document, [
      { kind: "replace-text", ref, expected: after, find: "Short answer.\nSecond line", replacement: "One line" },
    ]);
    expect(multi.results[0]!.status).toBe("applied");
    expect((await read(document)).tables[ref.table]!.rows[ref.row]!.cells[ref.cell]!.text).toBe(
      "Keep this. One line stays.",
    );
  });

  it("inserts rows after a row and splits a row into several, losing no text", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const header = findCell(model, (t) => t.startsWith("Likelihood of harm"));
    const table = model.tables[header.table]!;
    const width = table.rows[1]!.cells.length;
    const { results } = await apply(document, [
      {
        kind: "split-row",
        ref: { table: header.table, row: 1, cell: 0 },
        expected: table.rows[1]!.cells[0]!.text,
        expectedRow: table.rows[1]!.cells.map((c) => c.text),
        rows: [
          ["1) Data lost", "Possible", "Severe", "High"],
          ["2) Data misused", "Remote", "Minimal", "Low"],
        ],
      },
    ]);
    expect(results[0]!.status).toBe("applied");
    let after = await read(document);
    expect(after.tables[header.table]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      table.rows[0]!.cells.map((c) => c.text),
      ["1) Data lost", "Possible", "Severe", "High"],
      ["2) Data misused", "Remote", "Minimal", "Low"],
    ]);
    const inserted = await apply(document, [
      {
        kind: "insert-rows",
        ref: { table: header.table, row: 2, cell: 0 },
        expected: "2) Data misused",
        values: [["3) Re-identification"], ["4) Excess retention", "Probable"]],
      },
    ]);
    expect(inserted.results[0]!.status).toBe("applied");
    after = await read(await reopen(document));
    const rows = after.tables[header.table]!.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows).toHaveLength(5);
    expect(rows[3]).toEqual(["3) Re-identification", ...Array(width - 1).fill("")]);
    expect(rows[4]).toEqual(["4) Excess retention", "Probable", ...Array(width - 2).fill("")]);
  });

  it("refuses rows wider than the table row", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const header = findCell(model, (t) => t.startsWith("Likelihood of harm"));
    const { results } = await apply(document, [
      {
        kind: "insert-rows",
        ref: { table: header.table, row: 0, cell: 0 },
        expected: model.tables[header.table]!.rows[0]!.cells[0]!.text,
        values: [["a", "b", "c", "d", "e", "f"]],
      },
    ]);
    expect(results[0]).toMatchObject({ status: "refused", reason: "unsupported" });
  });

  it.each([1, 20, 200])("applies %i edits in at most 3 syncs", async (count) => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const paragraphs = model.paragraphs.filter((p) => p.tableNestingLevel === 0);
    const edits: Edit[] = [];
    for (let i = 0; i < count; i++) {
      const p = paragraphs[i % paragraphs.length]!;
      edits.push({ kind: "append-text", ref: { paragraph: p.index }, expected: p.text, text: "+" });
    }
    const { results, syncs } = await apply(document, edits);
    expect(results).toHaveLength(count);
    expect(results.every((r) => r.status === "applied")).toBe(true);
    expect(syncs).toBeLessThanOrEqual(3);
    const after = await read(document);
    paragraphs.forEach((p, i) => {
      const appended = Math.floor(count / paragraphs.length) + (i < count % paragraphs.length ? 1 : 0);
      expect(after.paragraphs[p.index]!.text).toBe(p.text + "+".repeat(appended));
    });
  });
});

describeReal(["ico-dpia-template-blank.docx"])("the document changed between scan and apply", () => {
  it("refuses an edit whose row was deleted, writing nowhere else", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const signoff = findCell(model, (t) => t.startsWith("Residual risks approved by"));
    const ref = { table: signoff.table, row: signoff.row, cell: 1 };
    const expected = model.tables[ref.table]!.rows[ref.row]!.cells[1]!.text;
    // The user deletes the row above after the scan: the ref now names the next row.
    await document.run(async (context) => {
      const tables = context.document.body.tables.load("rowCount");
      await context.sync();
      const rows = tables.items[ref.table]!.rows.load("cellCount");
      await context.sync();
      rows.items[ref.row - 1]!.delete();
      await context.sync();
    });
    const before = texts(await read(document));
    const { results } = await apply(document, [
      { kind: "set-text", ref, expected: `${expected}x`, text: "Jane Doe, DPO, 1/2/2026" },
    ]);
    expect(results[0]!.status).toBe("refused");
    expect(texts(await read(document))).toEqual(before);
  });

  it("refuses edits into a table that was deleted (the refs now name other tables or none)", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const target = findCell(model, (t) => t.includes(LIKELIHOOD));
    const ref = { table: target.table, row: target.row, cell: target.cell };
    await document.run(async (context) => {
      const tables = context.document.body.tables.load("rowCount");
      await context.sync();
      tables.items[ref.table]!.delete();
      await context.sync();
    });
    const before = texts(await read(document));
    const { results } = await apply(document, [
      { kind: "replace-text", ref, expected: target.text, find: LIKELIHOOD, replacement: "Remote" },
    ]);
    expect(results[0]!.status).toBe("refused");
    expect(texts(await read(document))).toEqual(before);
  });
});

describeReal(["ico-dpia-template-blank.docx"])("tracked changes", () => {
  // headless-word keeps the mode but does not record revisions (w:ins/w:del), so only the mode is observable here.
  const modeOf = (document: Awaited<ReturnType<typeof open>>) =>
    document.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
      return context.document.changeTrackingMode;
    });

  it.each(["Off", "TrackAll"] as const)(
    "applies with tracking asked and leaves the user's mode (%s) as it was",
    async (userMode) => {
      const document = await open(realBytes(BLANK));
      await document.run(async (context) => {
        context.document.changeTrackingMode = userMode;
        await context.sync();
      });
      const model = await read(document);
      const target = findCell(model, (t) => t.includes(LIKELIHOOD));
      const ref = { table: target.table, row: target.row, cell: target.cell };
      const edit: Edit = { kind: "replace-text", ref, expected: target.text, find: LIKELIHOOD, replacement: "Remote" };
      const { results, syncs } = await apply(document, [edit], { trackChanges: () => true });
      expect(results[0]!.status).toBe("applied");
      expect(syncs).toBeLessThanOrEqual(3);
      expect(await modeOf(document)).toBe(userMode);
    },
  );
});
