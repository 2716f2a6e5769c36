import { openDocx } from "../../src/headless-word";
import { isCellRef } from "../../src/core/model";
import { createDocumentService } from "../../src/word/document-service";
import type { ContextRunner } from "../../src/word/service";
import { realBytes, type HeadlessDocument } from "./support";
import { describeReal } from "../support/real-fixtures";

const TODAY = () => "2026-11-23";

function serviceFor(document: HeadlessDocument, comments = true) {
  const run: ContextRunner = (batch) => document.run(batch);
  return createDocumentService(run, { comments, trackChanges: comments }, TODAY);
}

describeReal(["ico-dpia-template-blank.docx", "ico-dpia-filled-fennex.docx"])(
  "document service over headless-word",
  () => {
    it("scans with the document's settings, and ignored findings stay ignored after save and reopen", async () => {
      const document = await openDocx(realBytes("ico-dpia-template-blank.docx"));
      const service = serviceFor(document);
      const report = await service.scan();
      expect(report.template).toBe("ico-dpia");
      expect(report.findings.length).toBeGreaterThan(1);
      const ignored = report.findings[0]!;
      await service.saveSettings({
        ...(await service.loadSettings()),
        ignored: [{ id: ignored.id, reason: "done offline" }],
      });
      const rescanned = await service.scan();
      expect(rescanned.findings.map((f) => f.id)).toEqual(report.findings.slice(1).map((f) => f.id));

      const reopened = serviceFor(await openDocx(await document.save()));
      expect((await reopened.scan()).findings.map((f) => f.id)).not.toContain(ignored.id);
      expect((await reopened.loadSettings()).ignored).toEqual([{ id: ignored.id, reason: "done offline" }]);
    });

    it("scan options override the document's settings", async () => {
      const document = await openDocx(realBytes("ico-dpia-filled-fennex.docx"));
      const service = serviceFor(document);
      await service.saveSettings({ matrix: "ico-3x3", ignored: [] });
      expect((await service.scan()).matrix.id).toBe("ico-3x3");
      expect((await service.scan({ matrix: "cnil-4x4" })).matrix.id).toBe("cnil-4x4");
    });

    it("marks every gap and clears exactly those marks", async () => {
      const document = await openDocx(realBytes("ico-dpia-template-blank.docx"));
      const service = serviceFor(document);
      const report = await service.scan();
      const results = await service.markGaps(report.findings);
      const applied = results.filter((r) => r.status === "applied").length;
      expect(applied).toBe(report.findings.length);
      // Marks do not change what the analysis sees.
      expect((await service.scan()).findings.map((f) => f.id)).toEqual(report.findings.map((f) => f.id));
      expect((await service.clearMarks()).removed).toBe(applied);
      expect((await service.clearMarks()).removed).toBe(0);
    });

    it("goes to the text a finding names", async () => {
      const document = await openDocx(realBytes("ico-dpia-template-blank.docx"));
      const service = serviceFor(document);
      const finding = (await service.scan()).findings.find((f) => f.kind === "placeholder" && isCellRef(f.ref))!;
      await service.goTo(finding.ref, finding.text);
      const selected = await document.run(async (context) => {
        const selection = context.document.getSelection().load("text");
        await context.sync();
        return selection.text;
      });
      expect(selected).toBe(finding.text);
    });

    it("keeps settings for the session when the host has no WordApi 1.4", async () => {
      const document = await openDocx(realBytes("ico-dpia-template-blank.docx"));
      const service = serviceFor(document, false);
      await service.saveSettings({ matrix: "nhs-5x5", ignored: [] });
      expect((await service.loadSettings()).matrix).toBe("nhs-5x5");
      const reopened = serviceFor(await openDocx(await document.save()));
      expect((await reopened.loadSettings()).matrix).toBe("ico-3x3");
    });
  },
);
