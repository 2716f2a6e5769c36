/**
 * The real pane over a real document: App + src/word's document service + headless-word on the real
 * .docx fixtures (copies in memory; the files are never written). What the pane writes is checked by
 * saving the .docx, opening the saved bytes again and reading them with src/word/read.ts.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { DocModel } from "../../src/core/model";
import { RISK_SUMMARY_TAG } from "../../src/core/edits";
import { openDocx } from "../../src/headless-word";
import { App } from "../../src/taskpane/app";
import { createDocumentService } from "../../src/word/document-service";
import { readModel } from "../../src/word/read";
import { REAL_FIXTURES_DIR, seedFixtures } from "../fixtures/fixtures";

const REAL = REAL_FIXTURES_DIR;
const today = () => "2026-11-23";
// The real documents live outside the repository; without them those tests are skipped (the seeds always run).
const withReal = existsSync(REAL) ? it : it.skip;

async function openFixture(name: string) {
  const seed = seedFixtures().find((f) => f.name === name);
  const bytes = seed ? await seed.load() : new Uint8Array(readFileSync(path.join(REAL, name)));
  const doc = await openDocx(bytes);
  const service = createDocumentService((batch) => doc.run(batch), { comments: true, trackChanges: false }, today);
  return { doc, service };
}

async function modelOf(bytes: Uint8Array): Promise<DocModel> {
  const reopened = await openDocx(bytes);
  return reopened.run((context) => readModel(context));
}

const cellText = (model: DocModel, table: number, row: number, cell: number) =>
  model.tables[table].rows[row].cells[cell].text;

const cells = (model: DocModel) => model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));

/** Table, row and cell of the first cell whose text matches. */
function findCell(model: DocModel, pattern: RegExp): [number, number, number] {
  for (const table of model.tables)
    for (const [r, row] of table.rows.entries())
      for (const [c, cell] of row.cells.entries()) if (pattern.test(cell.text)) return [table.index, r, c];
  throw new Error(`No cell matches ${pattern}`);
}

/** Every paragraph's and cell's text, to compare documents. */
const allText = (model: DocModel) => [
  ...model.paragraphs.map((p) => p.text),
  ...model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text))),
];

async function mountOn(service: ReturnType<typeof createDocumentService>) {
  const user = userEvent.setup();
  render(<App service={service} today={today} />);
  try {
    await screen.findByRole("tab", { name: "Overview" }, { timeout: 20000 });
  } catch {
    // Name what the pane shows instead (an error bar explains why the scan failed).
    throw new Error(`The pane did not finish its first scan; it shows: ${document.body.textContent}`);
  }
  return user;
}

async function waitIdle() {
  await waitFor(() => expect(screen.getByRole("button", { name: "Re-scan" })).toBeEnabled(), { timeout: 20000 });
}

/** Marks every gap through the pane, checks the comments are there, clears them, and compares the text. */
async function markThenClear(name: string) {
  const { doc, service } = await openFixture(name);
  const original = await doc.save();
  const before = await modelOf(original);
  const user = await mountOn(service);
  const gaps = (await service.scan()).findings.length;
  await user.click(screen.getByRole("tab", { name: "Review" }));
  await user.click(screen.getByRole("button", { name: "Mark all gaps" }));
  expect(await screen.findByText(/gaps? highlighted and commented/, {}, { timeout: 20000 })).toBeInTheDocument();

  const marked = await doc.save();
  const comments = await (await JSZip.loadAsync(marked)).file("word/comments.xml")?.async("string");
  expect((comments?.match(/DPIA Assist:/g) ?? []).length).toBe(gaps);
  expect(allText(await modelOf(marked))).toEqual(allText(before));

  await user.click(screen.getByRole("button", { name: "Clear marks" }));
  expect(await screen.findByText(/marks? removed/, {}, { timeout: 20000 })).toBeInTheDocument();
  const cleared = await doc.save();
  const left = await (await JSZip.loadAsync(cleared)).file("word/comments.xml")?.async("string");
  expect(left ?? "").not.toContain("DPIA Assist:");
  expect(allText(await modelOf(cleared))).toEqual(allText(before));
}

describe("task pane over headless-word (real documents)", () => {
  withReal(
    "applying a guided likelihood writes it into the Step 5 cell of the saved .docx, and nothing else",
    async () => {
      const { doc, service } = await openFixture("ico-dpia-template-blank.docx");
      const before = await modelOf(await doc.save());
      const user = await mountOn(service);
      await user.click(screen.getByRole("tab", { name: /^Gaps/ }));
      const message = /^Risk 1: likelihood still template text/;
      // Risk 1's likelihood, severity and overall are all template text: one item, opened to reach each field.
      await user.click(
        screen.getByRole("button", { name: /^Risk 1: likelihood, severity and overall are still template text/ }),
      );
      const toggle = screen.getByRole("button", { name: message });
      const item = toggle.closest("li") as HTMLElement;
      await user.click(toggle);
      await user.click(await within(item).findByRole("radio", { name: /^Possible/ }));
      await user.click(within(item).getByRole("button", { name: "Apply" }));
      await waitFor(() => expect(screen.queryByRole("button", { name: message })).not.toBeInTheDocument(), {
        timeout: 20000,
      });
      await waitIdle();

      const after = await modelOf(await doc.save());
      const target = before.tables.findIndex((t) =>
        /likelihood/i.test(t.rows[0]?.cells.map((c) => c.text).join(" ") ?? ""),
      );
      expect(target).toBeGreaterThanOrEqual(0);
      expect(cellText(after, target, 1, 1)).toBe("Possible");
      // Every other paragraph and cell is as it was.
      const changedCells = cells(after).filter((t, i) => t !== cells(before)[i]);
      const changedParagraphs = after.paragraphs.filter((p, i) => p.text !== before.paragraphs[i].text);
      expect(changedCells).toEqual(["Possible"]);
      expect(changedParagraphs.map((p) => p.text)).toEqual(["Possible"]); // the cell's own paragraph
      expect(after.paragraphs).toHaveLength(before.paragraphs.length);
      // And the re-scan no longer reports that gap.
      expect(screen.getByRole("tab", { name: /^Gaps/ })).toBeInTheDocument();
    },
  );

  withReal("a sign-off answer lands in the sign-off row's answer cell", async () => {
    const { doc, service } = await openFixture("ico-dpia-filled-fennex.docx");
    const user = await mountOn(service);
    await user.click(screen.getByRole("tab", { name: /^Gaps/ }));
    const toggle = screen.getByRole("button", { name: /^Measures approved by: no name or date/ });
    const item = toggle.closest("li") as HTMLElement;
    await user.click(toggle);
    await user.type(await within(item).findByRole("textbox", { name: "Name" }), "Sam Patel");
    await user.type(within(item).getByRole("textbox", { name: "Role" }), "Project lead");
    await user.type(within(item).getByRole("combobox", { name: "Date signed" }), "1/12/2026{Enter}");
    await user.click(within(item).getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(screen.queryByText(/Sign-off "Measures approved by"/)).not.toBeInTheDocument(), {
      timeout: 20000,
    });
    await waitIdle();
    const after = await modelOf(await doc.save());
    const signoff = after.tables.find((t) => t.rows.some((r) => /Measures approved by/.test(r.cells[0]?.text ?? "")));
    const row = signoff!.rows.find((r) => /Measures approved by/.test(r.cells[0].text))!;
    expect(row.cells[1].text).toContain("Sam Patel, Project lead, 01/12/2026");
    expect(row.cells[0].text).toMatch(/^Measures approved by/);
  });

  withReal("'Mark all gaps' then 'Clear marks' leaves the document's text as it was (real DPIA)", () =>
    markThenClear("ico-dpia-filled-fennex.docx"),
  );

  it("'Mark all gaps' then 'Clear marks' leaves the document's text as it was (seed 001, multi-risk cells)", () =>
    markThenClear("seed-001"));

  withReal("'Insert / update risk summary' writes the summary once, and a second time replaces it", async () => {
    const { doc, service } = await openFixture("ico-dpia-filled-fennex.docx");
    const before = await modelOf(await doc.save());
    const user = await mountOn(service);
    await user.click(screen.getByRole("tab", { name: "Risks" }));
    const insert = await screen.findByRole("button", { name: "Insert / update risk summary" }, { timeout: 20000 });
    await user.click(insert);
    expect(await screen.findByText(/Insert \/ update risk summary: done/, {}, { timeout: 20000 })).toBeInTheDocument();
    await waitIdle();
    await user.click(screen.getByRole("button", { name: "Insert / update risk summary" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Insert / update risk summary" })).toBeEnabled());
    await waitIdle();

    const after = await modelOf(await doc.save());
    // One summary (the second run replaced the first): its closing line once, its three tables once.
    expect(after.paragraphs.filter((p) => /^Computed with the .* matrix on 2026-11-23/.test(p.text))).toHaveLength(1);
    expect(after.tables).toHaveLength(before.tables.length + 3);
    expect(after.tables.some((t) => t.tag === RISK_SUMMARY_TAG || t.rows[0].cells[0].text === "ID")).toBe(true);
    // The document's own tables are all still there, unchanged and in order.
    const texts = (t: DocModel["tables"][number]) => JSON.stringify(t.rows.map((r) => r.cells.map((c) => c.text)));
    const remaining = after.tables.map(texts);
    let at = 0;
    for (const table of before.tables) {
      at = remaining.indexOf(texts(table), at);
      expect(at).toBeGreaterThanOrEqual(0);
      at++;
    }
  });

  it("seed 002: choosing Yes for the opt-out question replaces the unresolved 'Yes / No' in its cell", async () => {
    const { doc, service } = await openFixture("seed-002");
    const before = await modelOf(await doc.save());
    const user = await mountOn(service);
    await user.click(screen.getByRole("tab", { name: /^Gaps/ }));
    const message = /^"Yes \/ No" left: Can you offer individuals an opt-out\?/;
    const toggle = screen.getByRole("button", { name: message });
    const item = toggle.closest("li") as HTMLElement;
    await user.click(toggle);
    await user.click(await within(item).findByRole("radio", { name: /^Yes/ }));
    await user.click(within(item).getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: message })).not.toBeInTheDocument(), {
      timeout: 20000,
    });
    await waitIdle();
    const after = await modelOf(await doc.save());
    const [t, r, c] = findCell(before, /Can you offer individuals an opt-out/);
    expect(cellText(after, t, r, c + 1)).toBe(cellText(before, t, r, c + 1).replace("Yes / No", "Yes"));
    expect(cells(after).filter((x, i) => x !== cells(before)[i])).toHaveLength(1);
  });

  it("seed 001: answering risk 2 in a cell holding four risks changes only risk 2's part", async () => {
    const { doc, service } = await openFixture("seed-001");
    const before = await modelOf(await doc.save());
    const user = await mountOn(service);
    await user.click(screen.getByRole("tab", { name: /^Gaps/ }));
    const message = /^Risk 2: likelihood still template text/;
    // The four risks share one row; risk 2's three placeholders are one item, opened to answer each.
    await user.click(screen.getByRole("button", { name: /^Risk 2: likelihood, severity and overall are still/ }));
    const toggle = screen.getByRole("button", { name: message });
    const item = toggle.closest("li") as HTMLElement;
    await user.click(toggle);
    await user.click(await within(item).findByRole("radio", { name: /^Probable/ }));
    await user.click(within(item).getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: message })).not.toBeInTheDocument(), {
      timeout: 20000,
    });
    await waitIdle();
    const after = await modelOf(await doc.save());
    const old = cellText(before, 8, 1, 1);
    const now = cellText(after, 8, 1, 1);
    const placeholders = (text: string) => text.match(/Remote,\s*possible\s*or\s*probable/g) ?? [];
    expect(placeholders(now)).toHaveLength(placeholders(old).length - 1);
    expect(now.match(/Probable/g)).toHaveLength(1);
    // Risk 2's part is the second of four: what comes before it is unchanged.
    expect(now.slice(0, now.indexOf("Probable"))).toBe(old.slice(0, now.indexOf("Probable")));
    // The other risks still show their questions in the next cells.
    expect(cellText(after, 8, 1, 2)).toBe(cellText(before, 8, 1, 2));
  });
});
