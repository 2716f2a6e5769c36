import { analyze } from "../../src/core/analyze";
import { AnswerEditError, editForAnswer } from "../../src/core/answer-edits";
import { doc, heading, row, table } from "../support/model-builder";
import { seed001 } from "./risk/fixtures";
import { seed002, seed004 } from "./support/seed-models";

const TODAY = "2026-11-23";

describe("editForAnswer", () => {
  it("replaces just this risk's option list in a multi-risk cell", () => {
    const findings = analyze(seed001(), { today: TODAY }).findings.filter((f) => f.slot === "likelihood");
    // Risk 4's option list is the third identical copy in the cell (risk 3's is written with an extra line break).
    const fourth = findings[3];
    const edit = editForAnswer(fourth, "Possible");
    expect(edit).toMatchObject({
      kind: "replace-text",
      find: fourth.target,
      occurrence: 2,
      replacement: "Possible",
      expected: fourth.expected,
    });
    if (edit.kind !== "replace-text") throw new Error("expected replace-text");
    // Applying it by hand: only that occurrence changes, everything else is kept.
    const parts = fourth.expected.split(edit.find);
    const applied = parts.slice(0, 3).join(edit.find) + "Possible" + parts.slice(3).join(edit.find);
    expect(applied.endsWith("Possible")).toBe(true);
    expect(applied.split(edit.find)).toHaveLength(3);
  });

  it("replaces Yes / No with the chosen option", () => {
    const finding = analyze(seed002(), { today: TODAY }).findings[0];
    expect(editForAnswer(finding, "Yes")).toMatchObject({ kind: "replace-text", find: "Yes / No", replacement: "Yes" });
  });

  it("fills an empty cell", () => {
    const finding = analyze(seed004(), { today: TODAY }).findings.find(
      (f) => f.kind === "unanswered" && f.severity === "error",
    )!;
    expect(finding.context).toEqual(expect.any(String));
    expect(editForAnswer(finding, "PIA-0042")).toEqual({
      kind: "set-text",
      ref: finding.ref,
      expectedContext: finding.context,
      expected: "",
      text: "PIA-0042",
    });
  });

  it("appends after a label that shares the cell", () => {
    const model = doc(
      heading("Step 7: Sign off and record outcomes"),
      table(
        row("Item", "Name/position/date", "Notes"),
        row("DPO advice provided:", "J Smith, 1/4/22", "Notes"),
        row("Summary of DPO advice:"),
      ),
    );
    const finding = analyze(model, { today: TODAY, template: "ico-dpia" }).findings.find((f) =>
      /Summary of DPO advice/.test(f.text),
    )!;
    expect(editForAnswer(finding, "Proceed with the measures.")).toMatchObject({
      kind: "append-text",
      expected: "Summary of DPO advice:",
      asNewParagraph: true,
    });
  });

  it("ticks the chosen box of a group in one cell, changing only that character", () => {
    const model = doc(
      heading("Privacy impact assessment"),
      table(row("3: Is the data shared with other agencies?", "☐ Yes ☐ No")),
      table(row("4: Is profiling used?", "Yes ☒ No ☒")),
    );
    // Both ticked is contradictory-choice since that kind exists; its answers keep one option the same way.
    const findings = analyze(model, { today: TODAY, template: "question-form" }).findings.filter(
      (f) => f.kind === "unresolved-choice" || f.kind === "contradictory-choice",
    );
    expect(findings.map((f) => f.answers?.map((a) => a.text))).toEqual([
      ["Yes", "No"],
      ["Yes", "No"],
    ]);
    // Box 2 of the cell ("No") is ticked: src/word ticks a check-box control through the control, a typed box by text.
    expect(editForAnswer(findings[0], "No")).toEqual({
      kind: "tick-box",
      ref: findings[0].ref,
      expectedContext: findings[0].context,
      expected: "☐ Yes ☐ No",
      box: 1,
      checked: true,
    });
    // Both ticked: choosing "Yes" clears the other box.
    expect(editForAnswer(findings[1], "Yes")).toMatchObject({ kind: "tick-box", box: 1, checked: false });
    expect(() => editForAnswer(findings[0], "Maybe")).toThrow(AnswerEditError);
  });

  it("offers no text answers for a pair spread over rows (the user ticks it)", () => {
    const finding = analyze(seed004(), { today: TODAY }).findings.find((f) => f.kind === "unresolved-choice")!;
    expect(finding.answers).toBeUndefined();
  });

  it("refuses an empty answer", () => {
    const finding = analyze(seed002(), { today: TODAY }).findings[0];
    expect(() => editForAnswer(finding, "  ")).toThrow(AnswerEditError);
  });
});
