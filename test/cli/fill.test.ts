import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { refKey, type DocModel, type Ref } from "../../src/core/model";
import { openDocx } from "../../src/headless-word";
import { readModel } from "../../src/word/read";
import { build as buildSeed001 } from "../fixtures/seeds/seed-001";
import { build as buildSeed004 } from "../fixtures/seeds/seed-004";
import { REAL, runCli } from "./run-cli";

interface JsonFinding {
  id: string;
  kind: string;
  ref: Ref;
  answers?: { label: string; text: string; draft?: boolean }[];
}

const TODAY = "2026-11-23";
const folder = mkdtempSync(join(tmpdir(), "dpia-fill-"));
const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function findings(path: string): JsonFinding[] {
  const result = runCli(["check", path, "--json", "--today", TODAY]);
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
}

async function model(path: string): Promise<DocModel> {
  return (await openDocx(new Uint8Array(readFileSync(path)))).run((context) => readModel(context));
}

/** Every table cell's text by place, and the body's paragraph texts in order. */
function places(m: DocModel): Map<string, string> {
  const map = new Map<string, string>();
  m.tables.forEach((t, table) =>
    t.rows.forEach((r, row) => r.cells.forEach((c, cell) => map.set(refKey({ table, row, cell }), c.text))),
  );
  return map;
}

/** The first non-draft guided answer of each finding, one finding per place (so no answer changes another's place). */
function oneAnswerPerPlace(list: JsonFinding[], limit = Infinity): { finding: JsonFinding; label: string }[] {
  const used = new Set<string>();
  const chosen: { finding: JsonFinding; label: string }[] = [];
  for (const finding of list) {
    const answer = finding.answers?.find((a) => !a.draft);
    if (!answer || used.has(refKey(finding.ref)) || chosen.length >= limit) continue;
    used.add(refKey(finding.ref));
    chosen.push({ finding, label: answer.label });
  }
  return chosen;
}

describe("fill on the St Martins DPIA (seed 001)", () => {
  const input = join(folder, "seed-001.docx");
  beforeAll(async () => writeFileSync(input, await buildSeed001()));

  it("writes the chosen answers and a text of one's own, the gaps go, every other cell and paragraph is unchanged", async () => {
    const before = findings(input);
    const chosen = oneAnswerPerPlace(before, 6);
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    const used = new Set(chosen.map((c) => refKey(c.finding.ref)));
    const own = before.find(
      (f) => !used.has(refKey(f.ref)) && "table" in f.ref && (f.kind === "unanswered" || f.kind === "placeholder"),
    );
    const answersFile = join(folder, "answers.json");
    const ownText = "Reviewed with the data protection officer on 20 November 2026.";
    writeFileSync(answersFile, JSON.stringify(own ? [{ id: own.id, text: ownText }] : []));
    const output = join(folder, "seed-001-filled.docx");
    const inputHash = hash(input);
    const result = runCli([
      "fill",
      input,
      output,
      ...chosen.flatMap((c) => ["--answer", `${c.finding.id}=${c.label}`]),
      "--answers",
      answersFile,
      "--today",
      TODAY,
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(hash(input)).toBe(inputHash);
    const answered = [...chosen.map((c) => c.finding), ...(own ? [own] : [])];
    for (const f of answered) expect(result.stdout).toMatch(new RegExp(`^applied  ${f.id} `, "m"));
    expect(result.stdout).toContain(`${answered.length} of ${answered.length} answers written`);

    // Re-checked, the answered gaps are gone.
    const after = new Set(findings(output).map((f) => f.id));
    for (const f of answered) expect(after.has(f.id)).toBe(false);

    // The answered places changed; nothing else in any table did, and the body paragraphs outside tables are the same.
    const [was, now] = [await model(input), await model(output)];
    const [cellsBefore, cellsAfter] = [places(was), places(now)];
    const answeredPlaces = new Set(answered.map((f) => refKey(f.ref)));
    expect([...cellsAfter.keys()]).toEqual([...cellsBefore.keys()]);
    for (const [place, text] of cellsBefore) {
      if (answeredPlaces.has(place)) expect(cellsAfter.get(place)).not.toBe(text);
      else expect(cellsAfter.get(place)).toBe(text);
    }
    if (own) expect(cellsAfter.get(refKey(own.ref))).toContain(ownText);
    const body = (m: DocModel) =>
      m.paragraphs
        .filter((p, i) => p.tableNestingLevel === 0 && !answeredPlaces.has(refKey({ paragraph: i })))
        .map((p) => p.text);
    if (answered.every((f) => "table" in f.ref)) expect(body(now)).toEqual(body(was));
  });

  it("an unknown finding id or answer label is bad input: exit 2, one line naming it, no output written", () => {
    const [first] = oneAnswerPerPlace(findings(input));
    const cases: [string[], RegExp][] = [
      [["--answer", "placeholder-0000000000000000=Possible"], /no finding "placeholder-0000000000000000"/],
      [
        ["--answer", `${first!.finding.id}=Not one of its answers`],
        /has no answer "Not one of its answers".*its answers: "/,
      ],
    ];
    for (const [flags, message] of cases) {
      const output = join(folder, "never.docx");
      const result = runCli(["fill", input, output, ...flags, "--today", TODAY]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe("");
      expect(existsSync(output)).toBe(false);
    }
  });

  it("refuses a malformed answers file and never overwrites its input", () => {
    const bad = join(folder, "bad.json");
    writeFileSync(bad, JSON.stringify([{ id: "x", label: "a", text: "b" }]));
    const result = runCli(["fill", input, join(folder, "x.docx"), "--answers", bad]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/entry 1 needs exactly one of "label"/);
    const before = hash(input);
    const [first] = oneAnswerPerPlace(findings(input));
    const same = runCli(["fill", input, input, "--answer", `${first!.finding.id}=${first!.label}`]);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/never overwrites its input/);
    expect(hash(input)).toBe(before);
  });
});

describe("fill with every guided answer of a document", () => {
  const documents: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ["seed-004", buildSeed004],
    ...["ico-dpia-filled-fennex.docx", "research-ethics-approval-form-yk.docx"]
      .filter((name) => existsSync(join(REAL, name)))
      .map((name): [string, () => Uint8Array] => [name, () => new Uint8Array(readFileSync(join(REAL, name)))]),
  ];

  it.each(documents)(
    "%s: each answer is reported applied or refused with a reason, exit 1 exactly when one is refused",
    async (name, bytes) => {
      const input = join(folder, `all-${name}`);
      writeFileSync(input, await bytes());
      const list = findings(input);
      const chosen = list.flatMap((f) => {
        const answer = f.answers?.find((a) => !a.draft);
        return answer ? [{ id: f.id, label: answer.label }] : [];
      });
      expect(chosen.length).toBeGreaterThan(0);
      const answersFile = join(folder, `all-${name}.json`);
      writeFileSync(answersFile, JSON.stringify(chosen));
      const output = join(folder, `all-${name}-filled.docx`);
      const result = runCli(["fill", input, output, "--answers", answersFile, "--today", TODAY]);
      const lines = result.stdout.trim().split("\n");
      const applied = lines.filter((l) => l.startsWith("applied  ")).map((l) => l.split(" ")[2]!);
      const refused = lines.filter((l) => l.startsWith("refused  "));
      expect(applied.length + refused.length).toBe(chosen.length);
      for (const line of refused) expect(line).toMatch(/: \S.{10,}/);
      expect(result.status).toBe(refused.length > 0 ? 1 : 0);
      // A gap whose kind and text repeat in the document has a positional id (the next one takes it over once it
      // is answered); the others must be gone on a re-check.
      const key = (f: JsonFinding & { text?: string }) =>
        `${f.kind}\u0000${(f.text ?? "").replace(/\s+/g, " ").trim()}`;
      const repeats = new Map<string, number>();
      for (const f of list) repeats.set(key(f), (repeats.get(key(f)) ?? 0) + 1);
      const unique = new Set(list.filter((f) => repeats.get(key(f)) === 1).map((f) => f.id));
      const after = new Set(findings(output).map((f) => f.id));
      const checked = applied.filter((id) => unique.has(id));
      expect(checked.length).toBeGreaterThan(0);
      for (const id of checked) expect(after.has(id)).toBe(false);
    },
    180_000,
  );

  it("refuses two answers to one finding as bad input (exit 2, one line, nothing written)", async () => {
    const input = join(folder, "twice-seed-004.docx");
    writeFileSync(input, await buildSeed004());
    const [first] = oneAnswerPerPlace(findings(input));
    expect(first).toBeDefined();
    const answersFile = join(folder, "twice.json");
    writeFileSync(
      answersFile,
      JSON.stringify([
        { id: first!.finding.id, label: first!.label },
        { id: first!.finding.id, text: "A second answer to the same gap" },
      ]),
    );
    const output = join(folder, "twice-out.docx");
    const result = runCli(["fill", input, output, "--answers", answersFile, "--today", TODAY]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/answered more than once/);
    expect(existsSync(output)).toBe(false);
  });
});
