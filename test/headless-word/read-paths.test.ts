/**
 * The fast read paths behind a scan agree with the plain definitions they replace, and what one load of a sync
 * derives (ReadMemo) is never read back after an edit: the walk helpers against paragraphsIn + indexOf / filter,
 * paragraphText against its pieces, a load after an edit in the same sync against the edited document, and a
 * collection loaded twice against its first items.
 */
import JSZip from "jszip";
import { openDocx } from "../../src/headless-word";
import {
  cellParagraphs,
  firstParagraphIn,
  lastParagraphIn,
  paragraphsBetween,
  paragraphsIn,
  parentOf,
  tableNestingLevel,
  tablesIn,
} from "../../src/docx/ooxml/structure";
import { paragraphPieces, paragraphText } from "../../src/docx/ooxml/text";
import { NS, isW, parseXml, walk, type XmlElement } from "../../src/docx/xml";
import { seedFixtures } from "../fixtures/fixtures";
import { cell, miniDocx, p, r, row, styled, table } from "./support/mini-docx";

const nested = table(
  row(
    cell(p("outer a"), table(row("in 1", cell(p("in 2"), p("in 2b"))), row("in 3", "")), p("after inner")),
    "outer b",
  ),
);
const EDGE =
  styled("Heading1", "Step 1") +
  `<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr>${r("direct outline")}</w:p>` +
  `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${r("item")}</w:p>` +
  `<w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>${r("not an item")}</w:p>` +
  `<w:p><w:pPr><w:pStyle w:val="Missing"/></w:pPr>${r("missing style")}</w:p>` +
  `<w:p>${r("a")}<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${r("b")}</w:p>` +
  `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("7")}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:ins>${r("new")}</w:ins><w:r><w:tab/><w:sym w:char="F0FE"/><w:br/></w:r></w:p>` +
  `<w:sdt><w:sdtPr><w:tag w:val="t1"/></w:sdtPr><w:sdtContent>${table(row("wrapped"))}<w:p/></w:sdtContent></w:sdt>` +
  table(row("touch 1")) +
  table(row(cell(p("touch 2"), p("x")))) +
  nested +
  `<w:tbl><w:tblPr/><w:tblGrid/><w:sdt><w:sdtContent>${row("row in sdt", "c")}</w:sdtContent></w:sdt><w:tr><w:sdt><w:sdtContent>${cell("cell in sdt")}</w:sdtContent></w:sdt></w:tr></w:tbl>` +
  `<w:customXml><w:p>${r("in customXml")}</w:p></w:customXml>` +
  `<w:del><w:p>${r("deleted block")}</w:p></w:del>` +
  `<w:sdt><w:sdtPr><w:tag w:val="empty"/></w:sdtPr><w:sdtContent></w:sdtContent></w:sdt>` +
  p("End");

async function documentRoot(bytes: Uint8Array): Promise<XmlElement> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return parseXml(xml, "word/document.xml").documentElement as unknown as XmlElement;
}

/** Containers a Body can stand for: the body, cells, block content controls' content. */
function containers(root: XmlElement): XmlElement[] {
  const out = [root];
  walk(root, (el) => {
    if (isW(el, "body") || isW(el, "tc") || isW(el, "sdtContent")) out.push(el);
  });
  return out;
}

/** The definitions before the fast paths, kept here as the reference. */
const plain = {
  between(root: XmlElement, a: XmlElement, b: XmlElement): XmlElement[] | undefined {
    const all = paragraphsIn(root);
    const i = all.indexOf(a);
    const j = all.indexOf(b);
    return i >= 0 && j >= i ? all.slice(i, j + 1) : undefined;
  },
  cellParagraphs: (tc: XmlElement) => paragraphsIn(tc).filter((x) => parentOf(x, "tc") === tc),
  nesting(el: XmlElement): number {
    let level = 0;
    for (let n = el.parentNode; n; n = n.parentNode) if (isW(n, "tbl")) level++;
    return level;
  },
};

async function roots(): Promise<Array<[string, XmlElement]>> {
  const out: Array<[string, XmlElement]> = [["edge", await documentRoot(await miniDocx(EDGE))]];
  for (const f of seedFixtures().slice(0, 2)) out.push([f.name, await documentRoot(await f.load())]);
  // Elements made by createElementNS carry another copy of the namespace string than parsed ones: both must match.
  const mixed = await documentRoot(await miniDocx(EDGE));
  const doc = mixed.ownerDocument!;
  const made = doc.createElementNS(NS.w, "w:p");
  const run = doc.createElementNS(NS.w, "w:r");
  const t = doc.createElementNS(NS.w, "w:t");
  t.appendChild(doc.createTextNode("made"));
  run.appendChild(t);
  made.appendChild(run);
  const tc = mixed.getElementsByTagNameNS(NS.w, "tc")[0];
  tc.appendChild(made);
  out.push(["mixed", mixed]);
  return out;
}

describe("read paths", () => {
  let cases: Array<[string, XmlElement]>;
  beforeAll(async () => {
    cases = await roots();
  });

  it("paragraphsBetween equals slicing paragraphsIn(root), for pairs in and out of order", () => {
    for (const [name, root] of cases) {
      const all = paragraphsIn(root);
      const step = Math.max(1, Math.floor(all.length / 25));
      let checked = 0;
      for (let i = 0; i < all.length; i += step) {
        for (let j = 0; j < all.length; j += step) {
          expect([name, paragraphsBetween(root, all[i], all[j])]).toEqual([name, plain.between(root, all[i], all[j])]);
          checked++;
        }
      }
      // A paragraph outside the walk (inside w:del) is never found.
      const hidden = root.getElementsByTagNameNS(NS.w, "del").flatMap((d) => d.getElementsByTagNameNS(NS.w, "p"));
      for (const h of hidden) expect(paragraphsBetween(root, h, all[all.length - 1])).toBeUndefined();
      expect(checked).toBeGreaterThan(1);
    }
  });

  it("first/last paragraph of every container equal the ends of paragraphsIn", () => {
    for (const [name, root] of cases) {
      for (const c of containers(root)) {
        const all = paragraphsIn(c);
        expect([name, firstParagraphIn(c)]).toEqual([name, all[0]]);
        expect([name, lastParagraphIn(c)]).toEqual([name, all[all.length - 1]]);
      }
    }
  });

  it("cellParagraphs and tableNestingLevel equal their plain definitions", () => {
    for (const [name, root] of cases) {
      const cells = root.getElementsByTagNameNS(NS.w, "tc");
      expect(cells.length).toBeGreaterThan(0);
      for (const tc of cells) expect([name, cellParagraphs(tc)]).toEqual([name, plain.cellParagraphs(tc)]);
      for (const el of [...paragraphsIn(root), ...tablesIn(root)])
        expect([name, tableNestingLevel(el)]).toEqual([name, plain.nesting(el)]);
    }
  });

  it("paragraphText is the concatenation of the paragraph's pieces, at their offsets", () => {
    for (const [name, root] of cases) {
      for (const para of paragraphsIn(root)) {
        const pieces = paragraphPieces(para);
        const text = paragraphText(para);
        expect([name, text]).toEqual([name, pieces.map((x) => x.text).join("")]);
        for (const piece of pieces) expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
      }
    }
  });
});

describe("loads in one sync", () => {
  it("a load after an edit in the same sync sees the edit (text, style, table values, nesting)", async () => {
    const doc = await openDocx(await miniDocx(p("first") + p("second") + table(row("cell"))));
    await doc.run(async (context) => {
      const body = context.document.body;
      // Another collection object than body.paragraphs / body.tables (a collection loaded twice keeps its last list).
      const whole = body.getRange("Whole");
      const before = whole.paragraphs.load("items/text,items/style,items/styleBuiltIn,items/tableNestingLevel");
      const tablesBefore = whole.tables.load("items/values");
      // Edits between the loads: text, style, a cell, a paragraph moved into a new table.
      const first = body.paragraphs.getFirst();
      first.insertText("edited ", "Start");
      first.styleBuiltIn = "Heading1" as Word.BuiltInStyleName;
      body.tables.getFirst().getCell(0, 0).value = "changed";
      body.insertTable(1, 1, "End", [["new table"]]);
      const after = body.paragraphs.load("items/text,items/style,items/styleBuiltIn,items/tableNestingLevel");
      const tablesAfter = body.tables.load("items/values");
      await context.sync();

      expect(before.items.map((x) => x.text)).toEqual(["first", "second", "cell"]);
      expect(before.items[0].style).toBe("Normal");
      expect(tablesBefore.items.map((t) => t.values)).toEqual([[["cell"]]]);

      const texts = after.items.map((x) => x.text);
      expect(texts.slice(0, 3)).toEqual(["edited first", "second", "changed"]);
      expect(texts).toContain("new table");
      expect(after.items[0].style).toBe("Heading 1");
      expect(after.items[0].styleBuiltIn).toBe("Heading1");
      expect(after.items[texts.indexOf("new table")].tableNestingLevel).toBe(1);
      expect(tablesAfter.items.map((t) => t.values)).toEqual([[["changed"]], [["new table"]]]);
    });
  });

  it("two loads in one sync read what separate syncs read", async () => {
    const bytes = await seedFixtures()[1].load();
    const read = async (together: boolean) => {
      const doc = await openDocx(bytes);
      return doc.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text,items/style,items/outlineLevel");
        if (!together) await context.sync();
        const tables = context.document.body.tables.load("items/values,items/nestingLevel");
        await context.sync();
        return {
          paragraphs: paragraphs.items.map((x) => [x.text, x.style, x.outlineLevel]),
          tables: tables.items.map((t) => [t.values, t.nestingLevel]),
        };
      });
    };
    const together = await read(true);
    expect(together.tables.length).toBeGreaterThan(0);
    expect(together).toEqual(await read(false));
  });

  it("a collection loaded again keeps its items and merges the properties", async () => {
    const doc = await openDocx(await miniDocx(styled("Heading1", "Title") + p("body")));
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const first = paragraphs.items;
      paragraphs.getFirst().insertParagraph("before", "Before");
      paragraphs.load("items/style");
      await context.sync();
      const second = paragraphs.items;
      expect(second).toHaveLength(3);
      expect(second[1]).toBe(first[0]);
      expect(second[2]).toBe(first[1]);
      expect(second[1].text).toBe("Title");
      expect(second[1].style).toBe("Heading 1");
      expect(() => second[0].text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(second[0].style).toBe("Heading 1");
    });
  });
});
