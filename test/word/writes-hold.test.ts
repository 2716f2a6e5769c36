/**
 * Writes that hold in Word, over headless-word (which refuses what Word on the web refuses): check-box controls ticked
 * through the control, Word's search hits verified before a write, a write Word refuses part-way reported honestly,
 * answers in a marked place without our highlight, tracked insertions with Track Changes on.
 */
import JSZip from "jszip";
import { editForAnswer } from "../../src/core/answer-edits";
import type { Edit } from "../../src/core/edits";
import { openDocx } from "../../src/headless-word";
import { createDocumentService } from "../../src/word/document-service";
import { tickInOoxml } from "../../src/word/checkbox-ooxml";
import {
  buildDocx,
  cell,
  checkboxCC,
  contentControl,
  formCheckbox,
  heading,
  p,
  row,
  run,
  table,
} from "../fixtures/docx-builder";
import { apply, formattedRuns, open, read } from "./support";

const TODAY = "2026-11-23";

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
}

async function serviceOver(bytes: Uint8Array) {
  const document = await openDocx(bytes, { author: "DPIA Assist", now: () => new Date(Date.UTC(2026, 10, 23)) });
  const service = createDocumentService(
    (batch) => document.run(batch),
    { comments: true, trackChanges: true },
    () => TODAY,
  );
  return { document, service };
}

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  return run().finally(() => spy.mockRestore());
}

describe("check boxes", () => {
  const form = () =>
    buildDocx(
      heading("Privacy impact assessment"),
      table(
        row(
          "3: Is the data shared with other agencies?",
          cell(p(checkboxCC(false), " Yes ", checkboxCC(false), " No")),
        ),
      ),
    );

  it("answering Yes ticks exactly that check-box control (w14:checked 1) and a re-check no longer reports the choice", async () => {
    const { document, service } = await serviceOver(await form());
    const choice = (await service.scan()).findings.find((f) => f.kind === "unresolved-choice");
    expect(choice?.answers?.map((a) => a.text)).toEqual(["Yes", "No"]);
    const [result] = await service.apply([editForAnswer(choice!, "Yes")]);
    expect(result!.status).toBe("applied");

    const xml = await documentXml(await document.save());
    expect([...xml.matchAll(/<w14:checked w14:val="(\d)"\/>/g)].map((m) => m[1])).toEqual(["1", "0"]);
    const reopened = await serviceOver(await document.save());
    const again = (await reopened.service.scan()).findings.filter((f) => f.kind === "unresolved-choice");
    expect(again.filter((f) => JSON.stringify(f.ref) === JSON.stringify(choice!.ref))).toEqual([]);
  });

  it("without WordApi 1.7 the control's OOXML is rewritten: w14:checked and the glyph, nothing else", () => {
    const ooxml =
      '<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>' +
      '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r>' +
      '</w:sdtContent></w:sdt><w:r><w:t> Yes </w:t></w:r><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox>' +
      "</w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt></w:p>";
    const ticked = tickInOoxml(ooxml, 1, true)!;
    expect(ticked).toBe(
      ooxml.replace(/<w14:checked w14:val="0"\/><\/w14:checkbox>(.*)☐/, '<w14:checked w14:val="1"/></w14:checkbox>$1☒'),
    );
    expect(tickInOoxml(ooxml, 2, true)).toBeNull();
    // A legacy form field: w:checked is set (it overrides w:default).
    const legacy = '<w:ffData><w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox></w:ffData>';
    expect(tickInOoxml(legacy, 0, true)).toBe(
      '<w:ffData><w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked w:val="1"/></w:checkBox></w:ffData>',
    );
  });

  it("a legacy FORMCHECKBOX is never typed over: the box Word's search cannot see is refused, the field left as it was", async () => {
    const bytes = await buildDocx(p("Shared? ", formCheckbox(false), " Yes"));
    const document = await open(bytes);
    const model = await read(document);
    const paragraph = model.paragraphs.find((x) => x.text.includes("Yes"))!;
    const { results } = await apply(document, [
      { kind: "tick-box", ref: { paragraph: paragraph.index }, expected: paragraph.text, box: 0, checked: true },
    ]);
    expect(results[0]!.status).toBe("refused");
    expect(await documentXml(await document.save())).toBe(await documentXml(bytes));
  });
});

describe("search hits are verified before writing", () => {
  it("refuses a replacement when Word's hits are not the ones the text shows (a field's box before the typed one)", async () => {
    const bytes = await buildDocx(p(formCheckbox(false), " first, then typed ☐ second"));
    const document = await open(bytes);
    const model = await read(document);
    const paragraph = model.paragraphs.find((x) => x.text.includes("typed"))!;
    expect(paragraph.text.match(/☐/g)).toHaveLength(2);
    const { results } = await apply(document, [
      {
        kind: "replace-text",
        ref: { paragraph: paragraph.index },
        expected: paragraph.text,
        find: "☐",
        occurrence: 1,
        replacement: "☒",
      },
    ]);
    expect(results[0]).toMatchObject({ status: "refused", reason: "stale" });
    expect(await documentXml(await document.save())).toBe(await documentXml(bytes));
  });
});

describe("a write Word refuses part-way", () => {
  // A placeholder right before an author's content control: Word on the web refuses a control around it (office-js
  // issue 6103); headless-word refuses it the same way, mid-batch, after the edits written before it.
  const withControl = () =>
    buildDocx(
      p("First answer: [to be confirmed]"),
      p(run("Owner: "), contentControl("theirs", "Jane"), run(" (DPO)")),
      p("Second answer: [to be confirmed]"),
    );

  async function batch(bytes: Uint8Array): Promise<Edit[]> {
    const model = await read(await open(bytes));
    const at = (needle: string) => model.paragraphs.find((x) => x.text.includes(needle))!;
    const first = at("First answer");
    const owner = at("Owner");
    const second = at("Second answer");
    return [
      {
        kind: "replace-text",
        ref: { paragraph: first.index },
        expected: first.text,
        find: "[to be confirmed]",
        replacement: "Yes",
      },
      {
        kind: "mark",
        ref: { paragraph: owner.index },
        expected: owner.text,
        find: "Owner: Jane",
        findingId: "f-owner",
        comment: "Check.",
      },
      {
        kind: "replace-text",
        ref: { paragraph: second.index },
        expected: second.text,
        find: "[to be confirmed]",
        replacement: "No",
      },
    ];
  }

  it("without comments: the refused mark is reported refused with Word's reason, the rest applied, nothing half-marked", async () => {
    const bytes = await withControl();
    const document = await open(bytes);
    const { results } = await quietly(async () => apply(document, await batch(bytes), { comments: false }));
    expect(results.map((r) => r.status)).toEqual(["applied", "refused", "applied"]);
    expect(results[1]!.status === "refused" && results[1]!.message).toMatch(/Word refused this change/);
    const model = await read(document);
    expect(model.paragraphs.map((x) => x.text)).toEqual([
      "First answer: Yes",
      "Owner: Jane (DPO)",
      "Second answer: No",
    ]);
    const xml = await documentXml(await document.save());
    expect(xml).not.toContain("dpia-assist:mark");
    expect(xml).not.toContain("<w:highlight");
  });

  it("with comments: the mark falls back to a highlight and a comment, and clear-marks gives back the formatting", async () => {
    const bytes = await withControl();
    const document = await open(bytes);
    const { results } = await quietly(async () => apply(document, await batch(bytes), { comments: true }));
    expect(results.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
    const marked = await document.save();
    const xml = await documentXml(marked);
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(xml).not.toContain('<w:tag w:val="dpia-assist:mark');
    const comments = await (await JSZip.loadAsync(marked)).file("word/comments.xml")!.async("string");
    expect(comments).toContain("[dpia-assist:mark:f-owner|h=none]");
    const before = await formattedRuns(
      await (async () => {
        const d = await open(bytes);
        await apply(
          d,
          (await batch(bytes)).filter((e) => e.kind !== "mark"),
        );
        return d.save();
      })(),
    );
    await apply(document, [{ kind: "clear-marks" }], { comments: true });
    expect(await formattedRuns(await document.save())).toEqual(before);
  });
});

describe("marks never leak into answers", () => {
  it("an answer written where a mark is takes the author's highlight, not ours; the author's own highlight stays", async () => {
    const bytes = await buildDocx(
      heading("Step 5: Identify and assess risks", 2),
      p(run("Likelihood: "), run("[Remote, possible or probable]", { highlight: "green" })),
      p("Owner: [Name]"),
    );
    const { document, service } = await serviceOver(bytes);
    const report = await service.scan();
    await service.markGaps(report.findings);
    const marked = await documentXml(await document.save());
    expect(marked).toContain('w:val="yellow"');
    const findings = (await service.scan()).findings.filter((f) => f.target);
    expect(findings.length).toBeGreaterThan(0);
    await service.apply(findings.map((f) => editForAnswer(f, "Answered")));
    const xml = await documentXml(await document.save());
    expect(xml).not.toContain('w:val="yellow"');
    await service.clearMarks();
    const cleared = await documentXml(await document.save());
    expect(cleared).not.toContain('w:val="yellow"');
    expect(cleared).not.toContain("dpia-assist:mark");
  });
});

describe("Track Changes", () => {
  it("with the pane's trackChanges setting, an answer lands as a tracked insertion; a re-scan does not see deleted text", async () => {
    const bytes = await buildDocx(heading("Contact"), p("Owner: [Name]"));
    const { document, service } = await serviceOver(bytes);
    await service.saveSettings({ ...(await service.loadSettings()), trackChanges: true });
    const finding = (await service.scan()).findings.find((f) => f.target === "[Name]");
    expect(finding).toBeDefined();
    expect((await service.apply([editForAnswer(finding!, "Jane Smith")]))[0]!.status).toBe("applied");
    const xml = await documentXml(await document.save());
    expect(xml).toMatch(/<w:ins\b[^>]*>[\s\S]*Jane Smith[\s\S]*<\/w:ins>/);
    expect(xml).toMatch(/<w:del\b[^>]*>[\s\S]*\[Name\][\s\S]*<\/w:del>/);
    const model = await read(await open(await document.save()));
    expect(model.paragraphs.map((x) => x.text)).toContain("Owner: Jane Smith");
    // The user's own mode is left as it was (off).
    const mode = await document.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
      return context.document.changeTrackingMode;
    });
    expect(mode).toBe("Off");
  });
});
