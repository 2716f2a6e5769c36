/**
 * Documents that stress the reader and the writers: tracked changes, content controls, fields, hyperlinks,
 * footnotes, nested and merged tables, right-to-left text, emoji, a 50,000-character cell, a 2,000-page DPIA, an
 * empty document and a document that is not a DPIA. Each is scanned, answered, marked and cleared through the same
 * service the task pane uses; each must give a correct result (checked per document) and never crash.
 */
import { editForAnswer } from "../../src/core/answer-edits";
import type { Edit, EditResult } from "../../src/core/edits";
import { refKey } from "../../src/core/model";
import type { Finding, Report } from "../../src/core/report";
import { openDocx } from "../../src/headless-word";
import { readModel } from "../../src/word/read";
import { buildBigDpia } from "../fixtures/big-document";
import { build as buildSeed001 } from "../fixtures/seeds/seed-001";
import {
  buildDocx,
  cell,
  contentControl,
  heading,
  mergeField,
  p,
  row,
  run,
  table,
  type BlockSpec,
  type ParagraphSpec,
} from "../fixtures/docx-builder";
import { partText, patchPart, reviewState, session, withParts } from "./support/documents";
import { preservationProblems, snapshot } from "./support/preservation";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const observed: string[] = [];
afterAll(() => console.log(`stress documents: ${observed.length} documents\n  ${observed.join("\n  ")}`));

/** The core of an ICO DPIA, so that the analysis has a template to recognise around each stress feature. */
function dpia(...answer: ParagraphSpec[]): BlockSpec[] {
  return [
    heading("Step 1: Identify the need for a DPIA", 2),
    table(
      row(
        cell(
          p(
            run("Explain broadly what project aims to achieve and what type of processing it involves.", {
              bold: true,
            }),
          ),
        ),
      ),
      row(cell(...(answer.length ? answer : [p("")]))),
    ),
    heading("Step 5: Identify and assess risks", 2),
    table(
      row(
        "Describe source of risk and nature of potential impact on individuals.",
        "Likelihood of harm",
        "Severity of harm",
        "Overall risk",
      ),
      row(
        "Screens left unlocked",
        "Remote, possible or probable",
        "Minimal, significant or severe",
        "Low, medium or high",
      ),
    ),
  ];
}

/** Replaces the run holding exactly `marker` with raw WordprocessingML. */
function replaceRun(xml: string, marker: string, replacement: string): string {
  const run = `<w:r><w:t xml:space="preserve">${marker}</w:t></w:r>`;
  if (!xml.includes(run)) throw new Error(`marker ${marker} not found`);
  return xml.replace(run, replacement);
}

interface Outcome {
  report: Report;
  results: EditResult[];
  saved: Uint8Array;
  ms: number;
}

/**
 * Scan, answer every answerable finding once (first guided answer), check nothing else changed, mark every gap,
 * clear the marks (text and formatting back as before marking), save and re-open.
 */
async function exercise(name: string, bytes: Uint8Array): Promise<Outcome> {
  const started = Date.now();
  const s = await session(bytes);
  const report = await s.service.scan();
  const seen = new Set<string>();
  const edits: Edit[] = [];
  for (const f of report.findings) {
    if (seen.has(refKey(f.ref)) || !((f.answers?.length ?? 0) > 0 || f.target !== undefined)) continue;
    seen.add(refKey(f.ref));
    edits.push(editForAnswer(f, f.answers?.[0]?.text ?? "Answered"));
  }
  const before = await snapshot(s);
  const results = await s.service.apply(edits);
  const after = await snapshot(s);
  expect(preservationProblems(before, after, results)).toEqual([]);
  for (const r of results) if (r.status === "refused") expect(r.message).toMatch(/\S/);

  const answered = await s.document.save();
  const marking = await session(answered);
  const marks = await marking.service.markGaps((await marking.service.scan()).findings);
  const clearing = await session(await marking.document.save());
  await clearing.service.clearMarks();
  const cleared = await clearing.document.save();
  const [was, now] = await Promise.all([reviewState(answered), reviewState(cleared)]);
  expect(now).toEqual(was);

  const reopened = await openDocx(cleared);
  await reopened.run((context) => readModel(context));
  const ms = Date.now() - started;
  const applied = results.filter((r) => r.status === "applied").length;
  observed.push(
    `${name}: template ${report.template}${report.notAnAssessment ? " (not an assessment)" : ""}, ${report.findings.length} findings, ` +
      `${applied}/${results.length} answers applied, ${marks.filter((m) => m.status === "applied").length} marks, cleared exactly, ${ms} ms`,
  );
  return { report, results, saved: answered, ms };
}

const texts = (report: Report) => report.findings.map((f: Finding) => f.text).join(" | ");

describe("stress documents", () => {
  it("tracked changes: inserted text is read, deleted text is not, both survive edits", async () => {
    let bytes = await buildDocx(...dpia(p("Retention: ", "@@TRACKED@@")));
    bytes = await patchPart(bytes, "word/document.xml", (xml) =>
      replaceRun(
        xml,
        "@@TRACKED@@",
        '<w:ins w:id="91" w:author="Reviewer" w:date="2026-01-05T10:00:00Z"><w:r><w:t xml:space="preserve">[insert retention period]</w:t></w:r></w:ins>' +
          '<w:del w:id="92" w:author="Reviewer" w:date="2026-01-05T10:00:00Z"><w:r><w:delText xml:space="preserve"> [deleted placeholder]</w:delText></w:r></w:del>',
      ),
    );
    const { report, saved } = await exercise("tracked changes (w:ins / w:del)", bytes);
    expect(texts(report)).toContain("[insert retention period]");
    expect(texts(report)).not.toContain("deleted placeholder");
    const xml = (await partText(saved, "word/document.xml"))!;
    expect(xml).toContain("[deleted placeholder]");
    expect(xml).toMatch(/<w:del\b/);
  });

  it("content controls: Word's placeholder prompt is a gap and can be answered", async () => {
    const bytes = await buildDocx(...dpia(p("Reference: ", contentControl("ref", "", { placeholder: true }))));
    const { report, results } = await exercise("content control with placeholder text", bytes);
    expect(texts(report)).toMatch(/click or tap here/i);
    expect(results.some((r) => r.status === "applied")).toBe(true);
  });

  it("fields: a merge field's result is a gap, its code never shows", async () => {
    const bytes = await buildDocx(...dpia(p("Project lead: ", mergeField("lead.name", { brackets: "angle" }))));
    const { report } = await exercise("merge field <<lead.name>>", bytes);
    expect(texts(report)).toContain("<<lead.name>>");
    expect(texts(report)).not.toMatch(/MERGEFIELD/);
  });

  it("hyperlinks: text is read through the link, and the link survives an answer in its paragraph", async () => {
    let bytes = await buildDocx(...dpia(p("See ", "@@LINK@@", " — reviewed by [Name, Date]")));
    bytes = await patchPart(bytes, "word/document.xml", (xml) =>
      replaceRun(
        xml,
        "@@LINK@@",
        '<w:hyperlink r:id="rIdLink" w:history="1"><w:r><w:t xml:space="preserve">the ICO guidance</w:t></w:r></w:hyperlink>',
      ),
    );
    bytes = await patchPart(bytes, "word/_rels/document.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://ico.org.uk/" TargetMode="External"/></Relationships>',
      ),
    );
    const { report, saved } = await exercise("hyperlink in an answer", bytes);
    expect(texts(report)).toContain("[Name, Date]");
    const model = await (await session(saved)).read();
    expect(model.paragraphs.some((q) => q.text.startsWith("See the ICO guidance — reviewed by"))).toBe(true);
    expect((await partText(saved, "word/document.xml"))!).toContain('<w:hyperlink r:id="rIdLink"');
  });

  it("footnotes: the note is kept byte for byte and does not confuse the reader", async () => {
    let bytes = await buildDocx(...dpia(p("Lawful basis: TBC", "@@NOTE@@")));
    bytes = await patchPart(bytes, "word/document.xml", (xml) =>
      replaceRun(
        xml,
        "@@NOTE@@",
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
      ),
    );
    const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Article 6(1)(e) UK GDPR [insert reference].</w:t></w:r></w:p></w:footnote></w:footnotes>`;
    bytes = await withParts(bytes, { "word/footnotes.xml": footnotes });
    bytes = await patchPart(bytes, "word/_rels/document.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
      ),
    );
    bytes = await patchPart(bytes, "[Content_Types].xml", (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
      ),
    );
    const { report, saved } = await exercise("footnote", bytes);
    // Footnotes are outside body.paragraphs (as in Word's API): their text is not analysed.
    expect(texts(report)).not.toContain("[insert reference]");
    expect(await partText(saved, "word/footnotes.xml")).toBe(footnotes);
    expect((await partText(saved, "word/document.xml"))!).toContain('<w:footnoteReference w:id="1"/>');
  });

  it("nested and merged tables: read in order, answered without touching neighbours", async () => {
    const bytes = await buildDocx(
      ...dpia(p("See the table of recipients below.")),
      heading("Step 6: Identify measures to reduce risk", 2),
      table(
        row("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
        row(
          cell("Screens left unlocked", { vMerge: "restart" }),
          "Lock screens after 5 minutes",
          "Eliminated reduced accepted",
          "Low medium high",
          "Yes/no",
        ),
        row(cell("", { vMerge: "continue" }), cell("Training", { span: 2 }), "Low medium high", "Yes/no"),
        row(
          cell(p("Recipients:"), table(row("Recipient", "Purpose"), row("[insert recipient]", "Payroll"))),
          "",
          "",
          "",
          "",
        ),
      ),
    );
    const { report } = await exercise("nested and merged tables", bytes);
    expect(report.findings.length).toBeGreaterThan(0);
    const model = await (await session(bytes)).read();
    expect(model.tables.some((t) => t.nestingLevel === 2)).toBe(true);
  });

  it("right-to-left text: kept exactly, placeholders in it found", async () => {
    const arabic = "تقييم الأثر على حماية البيانات";
    let bytes = await buildDocx(...dpia(p("@@RTL@@"), p("Hebrew: הערכת השפעה [insert date]")));
    bytes = await patchPart(bytes, "word/document.xml", (xml) =>
      replaceRun(
        xml,
        "@@RTL@@",
        `<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">${arabic} [insert name]</w:t></w:r>`,
      ),
    );
    const { report, saved } = await exercise("right-to-left (Arabic, Hebrew)", bytes);
    expect(texts(report)).toContain("[insert name]");
    const model = await (await session(saved)).read();
    const all = model.paragraphs.map((q) => q.text).join("\n");
    expect(all).toContain(arabic);
    expect(all).toContain("הערכת השפעה");
    expect((await partText(saved, "word/document.xml"))!).toContain("<w:rtl/>");
  });

  it("emoji (surrogate pairs, ZWJ sequences, flags): answers land at the right offsets", async () => {
    const bytes = await buildDocx(...dpia(p("🔒 Data 👩‍⚕️ stored in [insert location] 🇬🇧 ✅")));
    const s = await session(bytes);
    const finding = (await s.service.scan()).findings.find(
      (f) => f.target === "[insert location]" || f.text.includes("[insert location]"),
    );
    expect(finding).toBeDefined();
    const [result] = await s.service.apply([editForAnswer(finding!, "London 🏙️")]);
    expect(result.status).toBe("applied");
    const model = await s.read();
    expect(model.paragraphs.map((q) => q.text)).toContain("🔒 Data 👩‍⚕️ stored in London 🏙️ 🇬🇧 ✅");
    await exercise("emoji", bytes);
  });

  it("a 50,000-character cell: scanned, answered and marked", async () => {
    const long = "Data is collected by the service team and stored securely. ".repeat(900).slice(0, 50_000);
    const bytes = await buildDocx(...dpia(p(long), p("Retention: [insert retention period]")));
    const { report, ms } = await exercise("50,000-character cell", bytes);
    expect(texts(report)).toContain("[insert retention period]");
    expect(ms).toBeLessThan(30_000);
    const model = await (await session(bytes)).read();
    expect(
      Math.max(...model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text.length)))),
    ).toBeGreaterThanOrEqual(50_000);
  });

  it("an empty document: no findings, nothing to mark, nothing broken", async () => {
    const bytes = await buildDocx();
    const { report } = await exercise("empty document", bytes);
    expect(report.findings).toEqual([]);
    expect(report.notAnAssessment).toBe(true);
  });

  it("a document that is not a DPIA: said so, no assessment findings", async () => {
    const bytes = await buildDocx(
      heading("Minutes of the allotment committee", 1),
      p("Present: the chair, the treasurer and four members."),
      p("The treasurer reported that the shed roof has been repaired."),
      table(row("Plot", "Holder"), row("12", "Mrs Patel"), row("13", "Mr Jones")),
      p("Next meeting: the first Tuesday of the month."),
    );
    const { report } = await exercise("not a DPIA (committee minutes)", bytes);
    expect(report.notAnAssessment).toBe(true);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a 2,000-page DPIA (one run): opened, scanned, a sample marked and cleared, saved", async () => {
    const t0 = Date.now();
    const bytes = await buildBigDpia(2000);
    const s = await session(bytes);
    const t1 = Date.now();
    const report = await s.service.scan();
    const t2 = Date.now();
    expect(report.template).toBe("ico-dpia");
    expect(report.findings.length).toBeGreaterThan(1000);
    // Marking is done on a sample: marking thousands of findings one by one is measured in docs/reliability.md.
    const sample = report.findings.filter((_, i) => i % 200 === 0);
    const marks = await s.service.markGaps(sample);
    const t3 = Date.now();
    expect(marks.every((m) => m.status === "applied")).toBe(true);
    const { removed } = await s.service.clearMarks();
    expect(removed).toBeGreaterThanOrEqual(sample.length);
    const t4 = Date.now();
    const saved = await s.document.save();
    expect(saved.length).toBeGreaterThan(100_000);
    observed.push(
      `2,000-page DPIA (${(bytes.length / 1e6).toFixed(1)} MB): open ${t1 - t0} ms (incl. build), scan ${t2 - t1} ms → ` +
        `${report.findings.length} findings; mark ${sample.length} ${t3 - t2} ms; clear ${t4 - t3} ms; save ${Date.now() - t4} ms`,
    );
  }, 170_000);
});

describe("overlapping marks in one cell", () => {
  /**
   * Found by the property test (seed-001, path 5): a Step 6 cell answered "High" that still holds the option list
   * ("Low medium high") gets two findings, the leftover placeholder (marks part of the cell) and the residual-risk
   * finding (marks the whole cell). Marking all gaps must mark both (or refuse one), not fail the whole batch.
   */
  it("mark all gaps does not throw when two findings mark the same cell", async () => {
    const s = await session(await buildSeed001());
    const findings = (await s.service.scan()).findings;
    const option = findings.find((f) => f.target !== undefined && /^Low\s*\n\s*medium\s*\n\s*high$/.test(f.target));
    expect(option).toBeDefined();
    expect((await s.service.apply([editForAnswer(option!, "High")]))[0].status).toBe("applied");
    const again = (await s.service.scan()).findings;
    const sameCell = again.filter((f) => refKey(f.ref) === refKey(option!.ref));
    observed.push(
      `overlapping marks: ${sameCell.length} findings on one cell (${sameCell.map((f) => f.kind).join(", ")})`,
    );
    const before = await reviewState(await s.document.save());
    const results = await s.service.markGaps(again);
    expect(results.length).toBe(again.length);
    const onCell = results.filter((r) => r.edit.kind === "mark" && refKey(r.edit.ref) === refKey(option!.ref));
    expect(onCell.filter((r) => r.status === "applied").length).toBeGreaterThan(0);
    for (const r of onCell) if (r.status === "refused") expect(r.message).toMatch(/\S/);
    await s.service.clearMarks();
    expect(await reviewState(await s.document.save())).toEqual(before);
    observed.push(`overlapping marks: ${onCell.map((r) => r.status).join(", ")}; clear restored the cell`);
  });
});

describe("an answer with a line break in a risk cell", () => {
  /**
   * Found by the property test (seed 7): a typed answer of two lines ("Possible\nlikely") written over the
   * likelihood placeholder of a Step 5 row is reported as an invalid value; marking that finding must work (or be
   * refused with a message) instead of failing the whole "mark all gaps" batch.
   */
  it("mark all gaps still works", async () => {
    const s = await session(await buildSeed001());
    const finding = (await s.service.scan()).findings.find((f) => f.target === "Remote, possible or probable");
    expect(finding).toBeDefined();
    expect((await s.service.apply([editForAnswer(finding!, "Possible\nlikely")]))[0].status).toBe("applied");
    const findings = (await s.service.scan()).findings;
    const results = await s.service.markGaps(findings);
    expect(results.length).toBe(findings.length);
    for (const r of results) if (r.status === "refused") expect(r.message).toMatch(/\S/);
    observed.push(
      `two-line answer in a risk cell: ${results.filter((r) => r.status === "applied").length}/${results.length} marks applied`,
    );
  });
});
