/**
 * readModel builds the DocModel through the Word API in at most 3 syncs whatever the document's size, with
 * blocks in body order, normalised text and the tag of a content control wrapping a table.
 */
import { openDocx } from "../../src/headless-word";
import { normaliseText, readModel } from "../../src/word/read";
import { buildBigDpia } from "../fixtures/big-document";
import { cell, esc, miniDocx, p, r, row, styled, table } from "../headless-word/support/mini-docx";

describe("readModel", () => {
  it("reads a small document in ≤ 3 syncs, blocks in body order, text normalised", async () => {
    const risk = table(
      row("Risk", "Likelihood"),
      row(cell(p("Theft"), `<w:p>${r("of")}<w:r><w:br/></w:r>${r("laptops")}</w:p>`), "Possible"),
    );
    const tagged = `<w:sdt><w:sdtPr><w:tag w:val="dpia-assist:risk-summary"/></w:sdtPr><w:sdtContent>${table(row("Summary"))}</w:sdtContent></w:sdt>`;
    const body =
      styled("Heading1", "Step 5: Identify and assess risks") +
      p("Describe the risks.") +
      risk +
      `<w:p>${r("Line one")}<w:r><w:br/></w:r>${r("line two")}</w:p>` +
      tagged +
      p("End");
    const doc = await openDocx(await miniDocx(body));
    const model = await doc.run((context) => readModel(context));
    expect(doc.syncCount).toBeLessThanOrEqual(3);
    expect(model.blocks.map((b) => (b.kind === "paragraph" ? `p:${b.paragraph.text}` : `t:${b.table.index}`))).toEqual([
      "p:Step 5: Identify and assess risks",
      "p:Describe the risks.",
      "t:0",
      "p:Line one\nline two",
      "t:1",
      "p:End",
    ]);
    expect(model.paragraphs[0]).toMatchObject({ index: 0, headingLevel: 1, style: "Heading 1", tableNestingLevel: 0 });
    expect(model.paragraphs.filter((x) => x.tableNestingLevel === 1)).toHaveLength(6);
    expect(model.tables[0].rows[1].cells[0]).toEqual({
      ref: { table: 0, row: 1, cell: 0 },
      text: "Theft\nof\nlaptops",
    });
    expect(model.tables[0].tag).toBeUndefined();
    expect(model.tables[1].tag).toBe("dpia-assist:risk-summary");
  });

  it("places two touching top-level tables correctly (paragraph counts asked for, still ≤ 3 syncs)", async () => {
    const body =
      p("before") + table(row("a1", "a2"), row("a3", "a4")) + table(row(cell(p("b1"), p("b1 second")))) + p("after");
    const doc = await openDocx(await miniDocx(body));
    const model = await doc.run((context) => readModel(context));
    expect(doc.syncCount).toBeLessThanOrEqual(3);
    expect(model.blocks.map((b) => (b.kind === "paragraph" ? b.paragraph.text : `table ${b.table.index}`))).toEqual([
      "before",
      "table 0",
      "table 1",
      "after",
    ]);
    expect(model.tables[1].rows[0].cells[0].text).toBe("b1\nb1 second");
  });

  it("reads a ~300-page document in ≤ 3 syncs", async () => {
    const sentence = "This processing involves personal data that is stored, shared and reviewed under the policy. ";
    const parts: string[] = [];
    for (let section = 0; section < 300; section++) {
      parts.push(styled("Heading2", `Section ${section + 1}`));
      for (let k = 0; k < 8; k++) parts.push(p(esc(sentence.repeat(4).trim())));
      parts.push(
        table(
          row("Risk", "Likelihood", "Severity"),
          row(`Risk ${section}`, "Possible", "Significant"),
          row("", "", ""),
        ),
      );
    }
    const doc = await openDocx(await miniDocx(parts.join("")));
    const started = Date.now();
    const model = await doc.run((context) => readModel(context));
    const elapsed = Date.now() - started;
    expect(doc.syncCount).toBeLessThanOrEqual(3);
    expect(model.tables).toHaveLength(300);
    expect(model.paragraphs).toHaveLength(300 * (1 + 8 + 9));
    expect(model.blocks).toHaveLength(300 * 10);
    expect(model.tables[299].rows[1].cells[0].text).toBe("Risk 299");
    // Not a benchmark, a guard against accidental quadratic reads.
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);

  it("reads the fixture builder's 300-page DPIA in ≤ 3 syncs", async () => {
    const doc = await openDocx(await buildBigDpia(300));
    const model = await doc.run((context) => readModel(context));
    expect(doc.syncCount).toBeLessThanOrEqual(3);
    expect(model.paragraphs.length).toBeGreaterThan(1000);
    expect(model.tables.length).toBeGreaterThan(10);
    // Every top-level table appears once among the blocks, in index order.
    const blockTables = model.blocks.flatMap((b) => (b.kind === "table" ? [b.table.index] : []));
    expect(blockTables).toEqual(model.tables.filter((t) => t.nestingLevel === 1).map((t) => t.index));
  }, 120_000);

  it("normalises text as replacing \\r\\n, then \\r and \\v, then removing \\u0007 would, for every short mix", () => {
    const plain = (t: string) =>
      t
        .replace(/\r\n/g, "\n")
        .replace(/[\r\v]/g, "\n")
        .replace(/\u0007/g, "");
    const alphabet = ["a", "\r", "\n", "\v", "\u0007", " "];
    let checked = 0;
    const visit = (prefix: string, depth: number): void => {
      expect([prefix, normaliseText(prefix)]).toEqual([prefix, plain(prefix)]);
      checked++;
      if (depth > 0) for (const c of alphabet) visit(prefix + c, depth - 1);
    };
    visit("", 5);
    expect(checked).toBe((6 ** 6 - 1) / 5);
  });
});
