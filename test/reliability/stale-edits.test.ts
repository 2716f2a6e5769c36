/**
 * Stale edits: the document changes between the scan and the click (text typed into the target, a row deleted,
 * a table or paragraph inserted before, a table moved). Every edit built from the old scan must be refused with
 * a message that asks for a new scan, and nothing may be written anywhere else.
 */
import JSZip from "jszip";
import { DOMParser, XMLSerializer, type Element as XmlElement } from "@xmldom/xmldom";
import { editForAnswer } from "../../src/core/answer-edits";
import type { Edit, EditResult } from "../../src/core/edits";
import { isCellRef, refKey, type CellRef, type DocModel, type Ref } from "../../src/core/model";
import type { Finding } from "../../src/core/report";
import { addMeasureRows, buildRegister, buildRiskSummary, getMatrix } from "../../src/core/risk";
import { buildStructure } from "../../src/core/templates/structure";
import { allFixtures } from "../fixtures/fixtures";
import { session, TODAY, type Session } from "./support/documents";

const fixtures = allFixtures();
const tried: string[] = [];

function allText(model: DocModel): string[] {
  return [
    ...model.paragraphs.map((p) => `p${p.index}:${p.text}`),
    ...model.tables.flatMap((t) =>
      t.rows.flatMap((r, ri) => r.cells.map((c, ci) => `t${t.index}r${ri}c${ci}:${c.text}`)),
    ),
  ];
}

/** One answer edit per place (the first answerable finding there). */
function answerEdits(findings: Finding[], keep: (f: Finding) => boolean): Edit[] {
  const seen = new Set<string>();
  const edits: Edit[] = [];
  for (const f of findings) {
    if (!keep(f) || seen.has(refKey(f.ref))) continue;
    seen.add(refKey(f.ref));
    edits.push(editForAnswer(f, f.answers?.[0]?.text ?? "Answered after the document changed."));
  }
  return edits;
}

/** Applies edits built before `change` and checks: all refused with a message, nothing written anywhere. */
async function expectRefusedAfter(
  s: Session,
  edits: Edit[],
  change: (context: Word.RequestContext) => Promise<void>,
  label: string,
): Promise<EditResult[]> {
  await s.document.run(change);
  const changed = allText(await s.read());
  const results = await s.service.apply(edits);
  const after = allText(await s.read());
  const applied = results.filter((r) => r.status === "applied").map((r) => JSON.stringify(r.edit).slice(0, 160));
  expect({ label, applied }).toEqual({ label, applied: [] });
  for (const r of results) {
    if (r.status !== "refused") continue;
    expect(["stale", "missing"]).toContain(r.reason);
    expect(r.message).toMatch(/scan again/i);
    expect(r.message).not.toContain("\n");
  }
  expect(after).toEqual(changed);
  tried.push(`${label}: ${results.length} edits refused`);
  return results;
}

async function tableAt(context: Word.RequestContext, index: number): Promise<Word.Table> {
  const tables = context.document.body.tables.load("items");
  await context.sync();
  return tables.items[index];
}

/** Types text at the end of a cell or paragraph, as a user would between the scan and the click. */
async function typeAt(context: Word.RequestContext, ref: Ref, text: string): Promise<void> {
  const tables = context.document.body.tables.load("items");
  const paragraphs = context.document.body.paragraphs.load("items");
  await context.sync();
  if (isCellRef(ref)) tables.items[ref.table].getCell(ref.row, ref.cell).body.insertText(text, "End");
  else paragraphs.items[ref.paragraph].insertText(text, "End");
}

afterAll(() => console.log(`stale edits: ${tried.length} scenarios\n  ${tried.join("\n  ")}`));

describe.each(fixtures.map((f) => [f.name, f] as const))("%s", (name, fixture) => {
  const answerable = (f: Finding) => (f.answers?.length ?? 0) > 0 || f.target !== undefined;

  it("text typed into the target cell or paragraph: refused", async () => {
    const probe = await session(await fixture.load());
    const findings = (await probe.service.scan()).findings.filter(answerable);
    const picks = [
      findings.find((f) => isCellRef(f.ref) && f.expected.trim() !== ""),
      findings.find((f) => isCellRef(f.ref) && f.expected.trim() === ""),
      findings.find((f) => !isCellRef(f.ref)),
    ].filter((f): f is Finding => f !== undefined);
    for (const finding of picks) {
      const s = await session(await fixture.load());
      await s.service.scan();
      await expectRefusedAfter(
        s,
        [editForAnswer(finding, finding.answers?.[0]?.text ?? "An answer")],
        (context) => typeAt(context, finding.ref, " typed meanwhile"),
        `${name} typed into ${refKey(finding.ref)}`,
      );
    }
  });

  it("a row deleted above the targets: edits for the rows below are refused", async () => {
    const s = await session(await fixture.load());
    const findings = (await s.service.scan()).findings.filter(answerable);
    const first = findings.find((f) => isCellRef(f.ref) && f.ref.row >= 2);
    if (!first) return;
    const { table, row } = first.ref as CellRef;
    const edits = answerEdits(findings, (f) => isCellRef(f.ref) && f.ref.table === table && f.ref.row >= row);
    await expectRefusedAfter(
      s,
      edits,
      async (context) => {
        const rows = (await tableAt(context, table)).rows.load("items");
        await context.sync();
        rows.items[row - 1].delete();
      },
      `${name} row ${row - 1} of table ${table} deleted`,
    );
  });

  it("a row deleted above an empty answer cell: the answer is not written into the next row's empty cell", async () => {
    const s = await session(await fixture.load());
    const findings = (await s.service.scan()).findings.filter(answerable);
    const blank = findings.find((f) => isCellRef(f.ref) && f.ref.row >= 2 && f.expected.trim() === "");
    if (!blank) return;
    const { table, row } = blank.ref as CellRef;
    await expectRefusedAfter(
      s,
      [editForAnswer(blank, blank.answers?.[0]?.text ?? "An answer")],
      async (context) => {
        const rows = (await tableAt(context, table)).rows.load("items");
        await context.sync();
        rows.items[row - 1].delete();
      },
      `${name} row ${row - 1} of table ${table} deleted above an empty answer cell`,
    );
  });

  it("a table inserted before: every cell edit is refused", async () => {
    const s = await session(await fixture.load());
    const findings = (await s.service.scan()).findings.filter(answerable);
    const edits = answerEdits(findings, (f) => isCellRef(f.ref));
    if (edits.length === 0) return;
    await expectRefusedAfter(
      s,
      edits,
      async (context) => {
        context.document.body.insertTable(1, 2, "Start", [["Inserted", "table"]]);
      },
      `${name} table inserted at the start`,
    );
  });

  it("a paragraph inserted before: every paragraph edit is refused", async () => {
    const s = await session(await fixture.load());
    const findings = (await s.service.scan()).findings.filter(answerable);
    const edits = answerEdits(findings, (f) => !isCellRef(f.ref));
    if (edits.length === 0) return;
    await expectRefusedAfter(
      s,
      edits,
      async (context) => {
        context.document.body.insertParagraph("A paragraph typed at the top", "Start");
      },
      `${name} paragraph inserted at the start`,
    );
  });

  it("the risk summary and Step 6 rows after their anchor changed: refused", async () => {
    const s = await session(await fixture.load());
    const model = await s.read();
    const matrix = getMatrix("ico-3x3");
    const register = buildRegister(model, buildStructure(model), matrix);
    if (!register.found) return;
    const edits: Edit[] = [buildRiskSummary(register, matrix, TODAY)];
    const rows = addMeasureRows(register, matrix);
    if (rows.ok) edits.push(rows.edit);
    const anchors = edits.flatMap((e) =>
      e.kind === "upsert-tagged-block" && e.anchor !== "end" && e.anchor !== "selection"
        ? [e.anchor]
        : e.kind === "insert-rows"
          ? [e.ref]
          : [],
    );
    if (anchors.length === 0) return;
    await expectRefusedAfter(
      s,
      edits,
      async (context) => {
        const tables = context.document.body.tables.load("items");
        const paragraphs = context.document.body.paragraphs.load("items");
        await context.sync();
        for (const ref of anchors) {
          if (isCellRef(ref)) tables.items[ref.table].getCell(ref.row, ref.cell).body.insertText(" (edited)", "End");
          else paragraphs.items[ref.paragraph].insertText(" (edited)", "End");
        }
      },
      `${name} risk summary / measure rows anchor edited`,
    );
  });
});

describe("a table moved (another program reorders the body)", () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    "%s: edits for the moved tables are refused",
    async (name, fixture) => {
      const bytes = await fixture.load();
      const probe = await session(bytes);
      const findings = (await probe.service.scan()).findings.filter(
        (f) => (f.answers?.length ?? 0) > 0 || f.target !== undefined,
      );
      const edits = answerEdits(findings, (f) => isCellRef(f.ref));
      if (edits.length === 0) return;
      // Move the first top-level table to the end of the body, as a user cutting and pasting it would.
      const zip = await JSZip.loadAsync(bytes);
      const dom = new DOMParser().parseFromString(await zip.file("word/document.xml")!.async("string"), "text/xml");
      const body = dom.getElementsByTagName("w:body")[0];
      const kids = Array.from(body.childNodes).filter((n): n is XmlElement => n.nodeType === 1);
      const first = kids.find((n) => n.nodeName === "w:tbl");
      const sect = kids.find((n) => n.nodeName === "w:sectPr");
      if (!first) return;
      body.removeChild(first);
      body.insertBefore(first, sect ?? null);
      zip.file("word/document.xml", new XMLSerializer().serializeToString(dom));
      const moved = await zip.generateAsync({ type: "uint8array" });
      const s = await session(moved);
      const before = allText(await s.read());
      const results = await s.service.apply(edits);
      const after = allText(await s.read());
      // Only an edit whose place still holds exactly the text it was built from may apply; with every table
      // shifted, that must not happen for a non-empty expected text, and nothing else may change.
      const applied = results.filter((r) => r.status === "applied");
      expect(applied.map((r) => JSON.stringify(r.edit).slice(0, 160))).toEqual([]);
      expect(after).toEqual(before);
      tried.push(`${name} first table moved to the end: ${results.length} edits refused`);
    },
  );
});
