/**
 * Edits change only what they were asked to: run properties, bookmarks, w14 attributes and unknown namespaces
 * survive in an edited part; untouched parts are byte-identical; replacement text takes the formatting of the
 * run it starts in; a highlight splits runs only at its ends.
 */
import JSZip from "jszip";
import { openDocx } from "../../src/headless-word";
import { miniDocx, partText, r } from "./support/mini-docx";

async function edit(
  body: string,
  batch: (context: Word.RequestContext) => Promise<void>,
): Promise<{ before: Uint8Array; after: Uint8Array; xml: string }> {
  const before = await miniDocx(body);
  const doc = await openDocx(before);
  await doc.run(batch);
  const after = await doc.save();
  return { before, after, xml: (await partText(after, "word/document.xml"))! };
}

describe("fidelity of edited and unedited parts", () => {
  const rich =
    `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" x:custom="kept"><w:pPr><w:jc w:val="center"/></w:pPr>` +
    `<w:bookmarkStart w:id="3" w:name="_Ref1"/>${r("Overall risk: ", '<w:rFonts w:ascii="Verdana"/><w:color w:val="1F3864"/>')}` +
    `<w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Low</w:t></w:r><w:bookmarkEnd w:id="3"/><x:unknown x:attr="1"><x:child/></x:unknown>${r(" (stated)")}</w:p>`;

  it("keeps unknown elements, attributes, namespaces and bookmarks in an edited part", async () => {
    const { xml } = await edit(rich, async (context) => {
      context.document.body.search("Low").getFirst().insertText("Medium", "Replace");
      await context.sync();
    });
    expect(xml).toContain('w14:paraId="1A2B3C4D"');
    expect(xml).toContain('x:custom="kept"');
    expect(xml).toContain('<x:unknown x:attr="1"><x:child/></x:unknown>');
    expect(xml).toContain('<w:bookmarkStart w:id="3" w:name="_Ref1"/>');
    expect(xml).toContain('<w:bookmarkEnd w:id="3"/>');
    expect(xml).toMatch(/xmlns:x="urn:example:unknown"/);
    expect(xml).toContain('mc:Ignorable="w14 w15 x"');
    // The replacement keeps the bold 14-point formatting of the run it replaced.
    expect(xml).toMatch(
      /<w:r><w:rPr><w:b\/><w:sz w:val="28"\/><\/w:rPr><w:t xml:space="preserve">Medium<\/w:t><\/w:r>/,
    );
    expect(xml).not.toContain(">Low<");
  });

  it("leaves every part it did not edit byte-identical", async () => {
    const { before, after } = await edit(rich, async (context) => {
      context.document.body.paragraphs.getFirst().insertText("!", "End");
      await context.sync();
    });
    const a = await JSZip.loadAsync(before);
    const b = await JSZip.loadAsync(after);
    for (const name of Object.keys(a.files)) {
      if (name === "word/document.xml" || a.files[name].dir) continue;
      expect({ name, bytes: Buffer.from(await b.file(name)!.async("uint8array")).toString("hex") }).toEqual({
        name,
        bytes: Buffer.from(await a.file(name)!.async("uint8array")).toString("hex"),
      });
    }
  });

  it("splits runs only at the ends of a highlighted range, copying their properties", async () => {
    const { xml } = await edit(`<w:p>${r("Remote, possible or probable", "<w:i/>")}</w:p>`, async (context) => {
      context.document.body.search("possible").getFirst().font.highlightColor = "#FFFF00";
      await context.sync();
    });
    const runs = xml.match(/<w:r>.*?<\/w:r>/g)!;
    expect(runs).toEqual([
      '<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Remote, </w:t></w:r>',
      '<w:r><w:rPr><w:i/><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">possible</w:t></w:r>',
      '<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> or probable</w:t></w:r>',
    ]);
  });

  it("reads highlight, bold and color back as Word reports them", async () => {
    const doc = await openDocx(
      await miniDocx(`<w:p>${r("a", '<w:b/><w:color w:val="FF0000"/><w:highlight w:val="green"/>')}${r("b")}</w:p>`),
    );
    const fonts = await doc.run(async (context) => {
      const ranges = context.document.body.search("a");
      const whole = context.document.body.paragraphs.getFirst().font.load("bold,highlightColor");
      ranges.load("items/font/bold,items/font/color,items/font/highlightColor");
      await context.sync();
      const f = ranges.items[0].font;
      return [f.bold, f.color, f.highlightColor, whole.bold, whole.highlightColor];
    });
    // Mixed formatting: bold is null, highlight is "" (Word.Font reference).
    expect(fonts).toEqual([true, "#FF0000", "#00FF00", null, ""]);
  });

  it("removes a highlight when set to null", async () => {
    const { xml } = await edit(`<w:p>${r("marked", '<w:highlight w:val="yellow"/>')}</w:p>`, async (context) => {
      context.document.body.paragraphs.getFirst().font.highlightColor = null as unknown as string;
      await context.sync();
    });
    expect(xml).not.toContain("w:highlight");
    expect(xml).toContain(">marked<");
  });

  it("replaces a whole cell's text, dropping its extra paragraphs but keeping the first one's properties", async () => {
    const tbl = `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="D9D9D9"/></w:tcPr><w:p><w:pPr><w:spacing w:before="120"/></w:pPr>${r("Remote, possible or probable", "<w:i/>")}</w:p><w:p>${r("second")}</w:p></w:tc></w:tr></w:tbl><w:p/>`;
    const { xml } = await edit(tbl, async (context) => {
      context.document.body.tables.getFirst().getCell(0, 0).body.insertText("Possible", "Replace");
      await context.sync();
    });
    expect(xml).toContain('<w:shd w:val="clear" w:fill="D9D9D9"/>');
    expect(xml).toMatch(
      /<w:tc><w:tcPr>.*?<\/w:tcPr><w:p><w:pPr><w:spacing w:before="120"\/><\/w:pPr><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">Possible<\/w:t><\/w:r><\/w:p><\/w:tc>/,
    );
  });
});

describe("inserted tables", () => {
  it("are complete: grid, borders, header row, widths sharing the page's text width", async () => {
    const { xml } = await edit(`<w:p>${r("Intro")}</w:p>`, async (context) => {
      context.document.body.insertTable(3, 4, "End", [["A", "B", "C", "D"]]);
      await context.sync();
    });
    const tbl = /<w:tbl>.*<\/w:tbl>/.exec(xml)![0];
    const widths = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // mini-docx pages: 11906 wide, 1440 margins each side.
    expect(widths).toHaveLength(4);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11906 - 2 * 1440);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(11906 - 2 * 1440 - 4);
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"])
      expect(tbl).toContain(`<w:${side} w:val="single"`);
    expect(tbl).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(tbl.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect((tbl.match(/<w:tr[ >]/g) ?? []).length).toBe(3);
    expect(tbl.match(/<w:tc>/g)).toHaveLength(12);
    // A paragraph follows the table before the section properties, as Word requires.
    expect(xml).toMatch(/<\/w:tbl><w:p\/><w:sectPr/);
  });
});
