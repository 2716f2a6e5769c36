/**
 * Issue 16's done-when for `fill`, end to end through the real CLI: a Step 5 register whose two-row header merges
 * "Risk" over an ID and a description column (w:gridSpan), and a risk whose cells span two rows (w:vMerge), get "High"
 * in the overall cell and keep the description whole; a Yes/No question with Word check-box content controls answered
 * "Yes" leaves exactly that control checked (w14:checked 1). Finding ids come from `check --json` on the same file;
 * the output is read back with the file reader the scan uses (src/docx), and its XML for the check-box states.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { Cell, DocModel, Ref, Table } from "../../src/core/model";
import { refKey } from "../../src/core/model";
import { readDocx } from "../../src/docx";
import { buildDocx, cell, checkboxCC, heading, p, row, run, table, type CellSpec } from "../fixtures/docx-builder";
import { runCli } from "./run-cli";

interface JsonFinding {
  id: string;
  kind: string;
  ref: Ref;
  answers?: { label: string; text: string; draft?: boolean }[];
}
interface JsonRisk {
  id: string;
  description: string;
  overall: string | null;
}

const TODAY = "2026-11-23";
const folder = mkdtempSync(join(tmpdir(), "dpia-fill-merges-"));

const R1 = "Small departments let a manager identify who answered from department and grade";
const R2 = "Free-text answers mention health conditions and are read by line managers";
const OPTIONS = "[Low / Medium / High]";
const SHARED_QUESTION = "Will survey answers be shared with anyone outside the HR team?";

const header = (text: string, options: { span?: number; vMerge?: "restart" | "continue" } = {}) =>
  cell(p(run(text, { bold: true })), { shading: "D9D9D9", ...options });
const continued = () => cell({ vMerge: "continue" });

/**
 * An ICO-shaped DPIA: a Yes/No question with two unticked check-box controls, and a Step 5 register with a two-row
 * header ("Risk" spanning ID + description above, the three score headers merged down). `r1Rows` is R1's part.
 */
function dpia(r1Rows: ReturnType<typeof row>[]) {
  return buildDocx(
    heading("Data protection impact assessment: staff wellbeing survey", 1),
    heading("Step 2: Describe the processing", 1),
    table(
      row(SHARED_QUESTION, cell(p(checkboxCC(false), " Yes ", checkboxCC(false), " No"))),
      row("How long will the answers be kept?", "Eighteen months, then deleted"),
    ),
    heading("Step 5: Identify and assess risks", 1),
    table(
      row(
        header("Risk", { span: 2 }),
        header("Likelihood of harm", { vMerge: "restart" }),
        header("Severity of harm", { vMerge: "restart" }),
        header("Overall risk", { vMerge: "restart" }),
      ),
      row(
        header("ID"),
        header("Describe source of risk and nature of potential impact on individuals"),
        ...[1, 2, 3].map(continued),
      ),
      ...r1Rows,
      row("R2", R2, "Possible", "Severe", "High"),
    ),
    heading("Step 6: Identify measures to reduce risk", 1),
    table(
      row("Risk", "Options to reduce or eliminate risk"),
      row("R1", "Results reported only for groups of ten or more"),
      row("R2", "Free text read by HR only"),
    ),
  );
}

/** R1 on one row. */
const oneRow = () => [row("R1", R1, "Probable", "Significant", OPTIONS)];
/** R1 on two rows: every cell of its first row merged down over the second (a tall description). */
const twoRows = () => {
  const tall = (content: string): CellSpec => cell(content, { vMerge: "restart" });
  return [
    row(tall("R1"), tall(R1), tall("Probable"), tall("Significant"), tall(OPTIONS)),
    row(...[1, 2, 3, 4, 5].map(continued)),
  ];
};

function check(path: string): { findings: JsonFinding[]; risks: JsonRisk[] } {
  const result = runCli(["check", path, "--json", "--today", TODAY]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as { findings: JsonFinding[]; risks: JsonRisk[] };
}

const read = (path: string): Promise<DocModel> => readDocx(new Uint8Array(readFileSync(path)));

/** Every cell of every table by place, with what the file says of it (text, span, grid column, merge). */
function cells(model: DocModel): Map<string, Cell> {
  const map = new Map<string, Cell>();
  model.tables.forEach((t) => t.rows.forEach((r) => r.cells.forEach((c) => map.set(refKey(c.ref), c))));
  return map;
}
const shape = (c: Cell) => ({
  columnSpan: c.columnSpan ?? 1,
  gridColumn: c.gridColumn,
  continuation: !!c.verticallyMergedContinuation,
});

/**
 * R1's row of the Step 5 register, located by what the test built (not by the reader's grid arithmetic): the row whose
 * second w:tc holds R1's description; its five w:tc are ID, description, likelihood, severity, overall.
 */
function r1Row(model: DocModel): { table: Table; description: Cell; overall: Cell } {
  const table = model.tables.find((t) => t.rows.some((r) => r.cells[1]?.text === R1));
  expect(table).toBeDefined();
  const line = table!.rows.find((r) => r.cells[1]?.text === R1)!;
  expect(line.cells).toHaveLength(5);
  return { table: table!, description: line.cells[1]!, overall: line.cells[4]! };
}

async function fill(name: string, bytes: Uint8Array, answer: (findings: JsonFinding[], model: DocModel) => string) {
  const input = join(folder, `${name}.docx`);
  const output = join(folder, `${name}-filled.docx`);
  writeFileSync(input, bytes);
  const before = check(input);
  const id = answer(before.findings, await read(input));
  const result = runCli(["fill", input, output, "--answer", id, "--today", TODAY]);
  return { input, output, before, result };
}

/** R1's ID and description merged down over a second row with scores of its own (a second assessment line). */
const secondLine = () => [
  row(cell("R1", { vMerge: "restart" }), cell(R1, { vMerge: "restart" }), "Probable", "Significant", OPTIONS),
  row(continued(), continued(), "Remote", "Minimal", "Low"),
];

describe.each([
  ["one row", oneRow],
  ["two rows merged down (w:vMerge)", twoRows],
  ["a description merged down over a second scored row", secondLine],
])("fill on a Step 5 register whose header merges 'Risk' over ID + description: R1 on %s", (name, r1Rows) => {
  it("writes High into R1's overall cell; the description stays whole, no other cell changes, the gap is gone", async () => {
    let target: Cell | undefined;
    let findingId = "";
    const { input, output, before, result } = await fill(
      `register-${name.replace(/\W+/g, "-")}`,
      await dpia(r1Rows()),
      (findings, model) => {
        const r1 = r1Row(model);
        target = r1.overall;
        expect(target.text).toBe(OPTIONS);
        // Guided answers are offered only in the score cells of the risk rows (rows 2+, w:tc 2–4), never in the ID or
        // description column under "Risk", whose merge shifts nothing.
        const answered = findings.filter(
          (f) => "table" in f.ref && f.ref.table === r1.table.index && f.answers?.length,
        );
        expect(answered.length).toBeGreaterThan(0);
        for (const f of answered) expect("cell" in f.ref && f.ref.row >= 2 && f.ref.cell >= 2).toBe(true);
        const finding = findings.find((f) => refKey(f.ref) === refKey(target!.ref));
        expect(finding?.answers?.map((a) => a.label)).toContain("High");
        findingId = finding!.id;
        return `${findingId}=High`;
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^applied  ${findingId} "High"`, "m"));
    expect(before.risks.find((r) => r.description === R1)?.overall).toBeNull();
    // Every risk line is named by the risk the reader sees (a merged-down line is R1's, not a count of its own).
    for (const risk of before.risks)
      expect([risk.id, risk.description]).toEqual(risk.id === "R1" ? ["R1", R1] : ["R2", R2]);

    const [was, now] = [cells(await read(input)), cells(await read(output))];
    expect([...now.keys()]).toEqual([...was.keys()]);
    for (const [place, cellBefore] of was) {
      const cellAfter = now.get(place)!;
      expect(shape(cellAfter)).toEqual(shape(cellBefore));
      if (place === refKey(target!.ref)) expect(cellAfter.text).toBe("High");
      else expect(cellAfter.text).toBe(cellBefore.text);
    }
    // The description, whole, in its own cell; the overall cell holds the answer alone.
    const afterR1 = r1Row(await read(output));
    expect(afterR1.description.text).toBe(R1);
    expect(afterR1.overall.text).toBe("High");

    const after = check(output);
    expect(after.findings.map((f) => f.id)).not.toContain(findingId);
    expect(after.risks.find((r) => r.description === R1)?.overall).toBe("high");
    // Everything else reported before is still reported (the answer removed one gap, nothing more).
    expect(after.findings.map((f) => f.id).sort()).toEqual(
      before.findings
        .map((f) => f.id)
        .filter((id) => id !== findingId)
        .sort(),
    );
  });
});

describe("fill on a DPIA with Word check-box content controls", () => {
  it("answering the Yes/No choice with Yes checks exactly that control (w14:checked 1) and the choice is no longer reported", async () => {
    let findingId = "";
    let choiceCell: Cell | undefined;
    const { input, output, before, result } = await fill("boxes", await dpia(oneRow()), (findings, model) => {
      choiceCell = model.tables[0]!.rows[0]!.cells[1];
      expect(model.tables[0]!.rows[0]!.cells[0]!.text).toBe(SHARED_QUESTION);
      const finding = findings.find((f) => f.kind === "unresolved-choice" && refKey(f.ref) === refKey(choiceCell!.ref));
      expect(finding?.answers?.map((a) => a.label)).toEqual(["Yes", "No"]);
      findingId = finding!.id;
      return `${findingId}=Yes`;
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^applied  ${findingId} "Yes"`, "m"));

    const xml = async (path: string) =>
      (await JSZip.loadAsync(readFileSync(path))).file("word/document.xml")!.async("string");
    const states = (text: string) => [...text.matchAll(/<w14:checked w14:val="([^"]*)"\/>/g)].map((m) => m[1]);
    expect(states(await xml(input))).toEqual(["0", "0"]);
    expect(states(await xml(output))).toEqual(["1", "0"]);

    const [was, now] = [cells(await read(input)), cells(await read(output))];
    for (const [place, cellBefore] of was) {
      if (place === refKey(choiceCell!.ref)) expect(now.get(place)!.text).toBe("☒ Yes ☐ No");
      else expect(now.get(place)!.text).toBe(cellBefore.text);
    }

    const after = check(output);
    expect(after.findings.filter((f) => f.kind === "unresolved-choice")).toEqual([]);
    expect(after.findings.map((f) => f.id).sort()).toEqual(
      before.findings
        .map((f) => f.id)
        .filter((id) => id !== findingId)
        .sort(),
    );
  });
});
