/** The seed and real-document labels in the corpus format, and the corpus list itself. */
import { adaptRealLabels, realDocuments } from "./real";
import { adaptExpectations } from "./seeds";
import { builtDocuments, corpusDocuments } from "./corpus";
import { FINDING_KINDS } from "../../src/core/report";

describe("corpus adapters", () => {
  it("turns a seed's expectations into gaps, must-not entries for its filled answers, and no acceptable entries", () => {
    const adapted = adaptExpectations({
      template: "ico-dpia",
      gaps: [
        { kind: ["placeholder", "unresolved-choice"], section: "Step 5", text: "Remote, possible or probable" },
        { kind: "unanswered", section: "", text: "Comments" },
      ],
      mustNotFlag: ["System Data Coordinator"],
    });
    expect(adapted.template).toBe("ico-dpia");
    expect(adapted.gaps).toEqual([
      {
        kindIn: ["placeholder", "unresolved-choice"],
        section: "Step 5",
        text: "Remote, possible or probable",
        why: undefined,
      },
      { kindIn: ["unanswered"], text: "Comments", why: undefined },
    ]);
    expect(adapted.mustNotReport).toEqual([
      expect.objectContaining({ text: "System Data Coordinator", kindIn: expect.arrayContaining(["placeholder"]) }),
    ]);
    expect(adapted.acceptable).toEqual([]);
  });

  it("forbids every slot finding in a seed that is not an assessment", () => {
    const adapted = adaptExpectations({ template: "generic", gaps: [], mustNotFlag: [], notAnAssessment: true });
    expect(adapted.mustNotReport).toEqual([
      expect.objectContaining({ kindIn: expect.arrayContaining(["unanswered"]) }),
    ]);
    expect(adapted.mustNotReport[0].text).toBeUndefined();
  });

  it("reads a real document's labels: expect as gaps with min and an open max unless given, forbid, soft, risks", () => {
    const adapted = adaptRealLabels(
      {
        file: "x.docx",
        template: null,
        expect: [
          { kind: "signoff-missing", min: 5 },
          { kindIn: ["placeholder", "unresolved-choice"], text: "Yes", min: 1, max: 2 },
        ],
        forbid: [{ kind: "risk-score-mismatch" }, { text: "Encrypt data" }],
        soft: [{ kind: "prior-consultation", min: 1, why: "residual high" }],
        risks: [{ count: 0 }, { id: "001", computed: "low" }],
      },
      [{ kind: "placeholder", text: "[ ]", why: "same approval line" }],
    );
    expect(adapted.template).toBeUndefined();
    expect(adapted.gaps).toEqual([
      { kind: "signoff-missing", text: undefined, min: 5, max: Infinity, why: undefined },
      { kindIn: ["placeholder", "unresolved-choice"], text: "Yes", min: 1, max: 2, why: undefined },
    ]);
    expect(adapted.mustNotReport.map((m) => [m.kind, m.text])).toEqual([
      ["risk-score-mismatch", undefined],
      [undefined, "Encrypt data"],
    ]);
    expect(adapted.acceptable.map((a) => a.kind)).toEqual(["prior-consultation", "placeholder"]);
    expect(adapted.risks).toEqual({ count: 0, entries: [{ id: "001", computed: "low" }] });
  });

  it("skips the real documents, saying so, when their folder is absent", () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(realDocuments("/nonexistent/shared/fixtures/real")).toEqual([]);
      expect(corpusDocuments({ realDir: "/nonexistent/shared/fixtures/real" }).every((d) => d.origin !== "real")).toBe(
        true,
      );
    } finally {
      log.mockRestore();
    }
  });

  it("labels every finding kind as a gap in at least one built document", () => {
    const labelled = new Set(
      builtDocuments().flatMap((d) =>
        d.expectations.gaps.filter((g) => (g.min ?? 1) > 0).flatMap((g) => g.kindIn ?? (g.kind ? [g.kind] : [])),
      ),
    );
    expect(FINDING_KINDS.filter((k) => !labelled.has(k))).toEqual([]);
  });

  it("names every built document uniquely, gives each a group, and builds the same bytes twice", async () => {
    const built = builtDocuments();
    expect(new Set(built.map((d) => d.name)).size).toBe(built.length);
    for (const d of built) expect(d.group).not.toBe("");
    const first = built[0];
    expect(Buffer.from(await first.load()).equals(Buffer.from(await first.load()))).toBe(true);
  });
});
