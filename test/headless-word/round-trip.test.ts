/**
 * Round trips on real documents written by other people (../shared/fixtures/real) and on the fixtures rebuilt
 * from the seeds: saving without edits gives back every part byte for byte; saving after edits gives a file
 * LibreOffice renders, with every paragraph we did not touch still there, in the same order.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { openDocx } from "../../src/headless-word";
import { seedFixtures } from "../fixtures/fixtures";
import { compact, exportDocxTexts, findCompact, hasLibreOffice, squash } from "../support/libreoffice";
import { REAL_FIXTURES_DIR } from "../support/real-fixtures";

const REAL = REAL_FIXTURES_DIR;
const files = existsSync(REAL)
  ? readdirSync(REAL)
      .filter((f) => f.endsWith(".docx"))
      .sort()
  : [];
if (files.length === 0) {
  console.warn(`round-trip: no fixtures in ${REAL}; real-document round trips skipped`);
}
const cases: Array<[string, () => Promise<Uint8Array>]> = [
  ...files.map((f): [string, () => Promise<Uint8Array>] => [
    f,
    async () => new Uint8Array(readFileSync(path.join(REAL, f))),
  ]),
  ...seedFixtures().map((f): [string, () => Promise<Uint8Array>] => [`${f.name}.docx (seed rebuild)`, f.load]),
];
const withLibreOffice = hasLibreOffice() ? it : it.skip;

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("uint8array"));
  }
  return out;
}

interface Edited {
  untouched: { hadTable: boolean; paragraphs: string[]; cells: string[] };
  bytes: Uint8Array;
}

/** Opens a document, makes the edits (a comment and a highlight, a cell, a paragraph and a table at the end), saves. */
async function editAndSave(original: Uint8Array): Promise<Edited> {
  const doc = await openDocx(original, { author: "Round Trip" });
  const untouched = await doc.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text,items/tableNestingLevel");
    const tables = context.document.body.tables.load("items/values");
    await context.sync();
    // Edits: a comment and a highlight on the first word found, a cell value, a paragraph and a table at the end.
    const target = paragraphs.items.find((p) => p.tableNestingLevel === 0 && /\b[A-Za-z]{4,}\b/.test(p.text));
    const word = target ? /\b[A-Za-z]{4,}\b/.exec(target.text)![0] : undefined;
    if (target && word) {
      const hit = target.search(word, { matchCase: true, matchWholeWord: true }).getFirst();
      hit.font.highlightColor = "#FFFF00";
      hit.insertComment("Round-trip comment");
    }
    let editedCell: string | undefined;
    if (tables.items.length) {
      tables.items[0].getCell(0, 0).value = "EDITED CELL";
      editedCell = tables.items[0].values[0][0];
    }
    context.document.body.insertParagraph("Appended by headless-word", "End");
    context.document.body.insertTable(2, 2, "End", [
      ["Head A", "Head B"],
      ["Val 1", "Val 2"],
    ]);
    await context.sync();
    return {
      hadTable: tables.items.length > 0,
      paragraphs: paragraphs.items
        .filter((p) => p.tableNestingLevel === 0 && p.text.trim().length > 2)
        .map((p) => p.text),
      cells: tables.items.flatMap((t, i) =>
        t.values.flat().filter((v, k) => !(i === 0 && k === 0) && v.trim().length > 2 && v !== editedCell),
      ),
    };
  });
  return { untouched, bytes: await doc.save() };
}

const renderName = (file: string) => file.replace(/\.docx.*$/, "").replace(/\W+/g, "-");

// Every edited document is rendered by one start of LibreOffice (starting it costs more than a conversion).
const edited = new Map<string, Edited>();
let rendered = new Map<string, string>();
beforeAll(async () => {
  if (!hasLibreOffice()) return;
  for (const [file, load] of cases) edited.set(file, await editAndSave(await load()));
  rendered = exportDocxTexts([...edited].map(([file, e]) => ({ name: renderName(file), bytes: e.bytes })));
}, 300_000);

describe.each(cases)("%s", (file, load) => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await load();
  });

  it("comes back byte-identical, part by part, when saved without edits", async () => {
    const doc = await openDocx(original);
    await doc.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      context.document.body.tables.load("items/values");
      await context.sync();
    });
    const before = await parts(original);
    const after = await parts(await doc.save());
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before)
      expect({ name, same: Buffer.compare(Buffer.from(after.get(name)!), Buffer.from(bytes)) === 0 }).toEqual({
        name,
        same: true,
      });
  });

  withLibreOffice("opens in LibreOffice after edits, with the untouched text all there in order", () => {
    const { untouched } = edited.get(file)!;
    const text = rendered.get(renderName(file))!;
    expect(text).toBeDefined();
    const all = compact(text);
    let at = 0;
    for (const paragraph of untouched.paragraphs) {
      const end = findCompact(all, paragraph, at);
      expect({ paragraph, found: end >= 0 }).toEqual({ paragraph, found: true });
      if (end >= 0) at = end;
    }
    // Cells are checked one by one: the export's order across merged cells is LibreOffice's choice.
    for (const cellText of untouched.cells) {
      expect({ cellText, found: findCompact(all, cellText) >= 0 }).toEqual({ cellText, found: true });
    }
    const shown = squash(text);
    expect(shown).toContain("Appended by headless-word");
    if (untouched.hadTable) expect(shown).toContain("EDITED CELL");
    for (const value of ["Head A", "Head B", "Val 1", "Val 2"]) expect(shown).toContain(value);
  });
});
