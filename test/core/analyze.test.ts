import { analyze, AnalysisOptionsError, renderMessage } from "../../src/core/analyze";
import { textAt, type DocModel } from "../../src/core/model";
import type { Finding } from "../../src/core/report";
import { doc, heading, p, row, table } from "../support/model-builder";
import { seed001 } from "./risk/fixtures";
import { seed000, seed002, seed003, seed004 } from "./support/seed-models";

const TODAY = "2026-11-23";
const summary = (f: Finding) => `${f.kind}:${f.severity}:${f.section}`;

describe("analyze on the seed structures", () => {
  it("000 (St Martins LIA): only the overdue review", () => {
    const report = analyze(seed000(), { today: TODAY });
    expect(report.template).toBe("ico-lia");
    expect(report.findings.map((f) => [f.kind, f.data.date])).toEqual([["review-overdue", "2025"]]);
  });

  it("001 (St Martins DPIA): every option list, one per risk", () => {
    const report = analyze(seed001(), { today: TODAY });
    const placeholders = report.findings.filter((f) => f.kind === "placeholder");
    expect(placeholders.filter((f) => f.section.startsWith("Step 5"))).toHaveLength(12);
    expect(placeholders.filter((f) => f.section.startsWith("Step 6"))).toHaveLength(6);
    expect(new Set(placeholders.map((f) => f.id)).size).toBe(placeholders.length);
    expect(report.risks.map((r) => r.id)).toEqual(["1", "2", "3", "4"]);
  });

  it("002 (Ark HA LIA): the opt-out and the decision left as Yes / No", () => {
    const report = analyze(seed002(), { today: TODAY });
    expect(report.findings.map((f) => [f.kind, f.data.question])).toEqual([
      ["unresolved-choice", "Can you offer individuals an opt-out?"],
      ["unresolved-choice", "Can you rely on legitimate interests for this processing?"],
    ]);
  });

  it("003 (police policy): not an assessment, nothing to report", () => {
    const report = analyze(seed003(), { today: TODAY });
    expect(report.notAnAssessment).toBe(true);
    expect(report.findings).toEqual([]);
  });

  it("004 (Luton PIA): reference number, undated approval, Article 9, N/A pair and None", () => {
    const report = analyze(seed004(), { today: TODAY });
    expect(report.findings.map((f) => `${f.kind}:${f.severity}`).sort()).toEqual(
      [
        "special-category-condition-missing:error",
        "unresolved-choice:info",
        "unanswered:info",
        "unanswered:error",
        "signoff-missing:error",
        // The PIA names health data (WP248 criterion 4): the screening lists it once, as information.
        "dpia-screening:info",
      ].sort(),
    );
  });
});

describe("findings", () => {
  const model = seed004();
  const report = analyze(model, { today: TODAY });

  it("carry the text expected at their place, a rendered message and guided answers with citations", () => {
    for (const f of report.findings) {
      expect(f.expected).toBe(textAt(model, f.ref));
      expect(f.message).not.toMatch(/\{\{|\}\}/);
      for (const a of f.answers ?? []) expect(a.citation ?? a.why).toBeTruthy();
    }
  });

  it("are in document order", () => {
    const order = report.findings.map((f) => f.section);
    expect(order[0]).toMatch(/^1:/);
  });

  it("keep their ids when text is added elsewhere", () => {
    const before = analyze(seed001(), { today: TODAY }).findings.map(summary);
    const ids = analyze(seed001(), { today: TODAY }).findings.map((f) => f.id);
    const edited: DocModel = (() => {
      const base = seed001();
      // Same document with two paragraphs added at the top: every index shifts.
      return doc(
        p("A new introduction paragraph."),
        p("And another."),
        ...base.blocks.map((b) =>
          b.kind === "paragraph"
            ? b.paragraph.headingLevel
              ? heading(b.paragraph.text, b.paragraph.headingLevel)
              : p(b.paragraph.text)
            : table(
                ...b.table.rows.map((r) => row(...r.cells.map((c) => ({ text: c.text, columnSpan: c.columnSpan })))),
              ),
        ),
      );
    })();
    const after = analyze(edited, { today: TODAY }).findings;
    expect(after.map(summary)).toEqual(before);
    expect(after.map((f) => f.id)).toEqual(ids);
  });

  it("are deterministic", () => {
    expect(analyze(seed004(), { today: TODAY })).toEqual(report);
  });
});

describe("report", () => {
  it("counts progress from the answer slots", () => {
    const filled = analyze(
      doc(
        heading("Step 1: Identify the need for a DPIA"),
        table(row("Explain broadly what project aims to achieve:"), row("A new CRM.")),
      ),
      { today: TODAY },
    );
    const empty = analyze(
      doc(
        heading("Step 1: Identify the need for a DPIA"),
        table(row("Explain broadly what project aims to achieve:"), row("")),
      ),
      { today: TODAY },
    );
    expect(filled.progress).toEqual({ answered: 1, total: 1 });
    expect(empty.progress).toEqual({ answered: 0, total: 1 });
  });

  it("shows the matrix in use", () => {
    expect(analyze(seed001(), { today: TODAY, matrix: "nhs-5x5" }).matrix.id).toBe("nhs-5x5");
  });

  it("still scans an unrecognised document for placeholders", () => {
    const report = analyze(doc(p("Dear <<FirstName>>,"), p("Your appointment is on XX/XX/XXXX.")), { today: TODAY });
    expect(report.template).toBe("generic");
    expect(report.findings.map((f) => f.messageId)).toEqual(["mergeField", "dateMask"]);
  });

  it("refuses options it cannot judge against", () => {
    expect(() => analyze(seed000(), { today: "23/11/2026" })).toThrow(AnalysisOptionsError);
  });
});

describe("renderMessage", () => {
  it("fills placeholders and refuses unknown ones", () => {
    expect(renderMessage('"{{question}}" has no answer.', { question: "Why?" })).toBe('"Why?" has no answer.');
    expect(() => renderMessage("{{missing}}", {})).toThrow(RangeError);
  });
});
