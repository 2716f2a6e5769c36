/**
 * Property tests of the text-replacement core: whatever the run structure, replacing [start, end) gives exactly
 * the spliced text, leaves the formatting of every character outside the range unchanged, gives the new text
 * the formatting of the character where the range starts, and keeps the XML well-formed.
 */
import fc from "fast-check";
import { DOMParser } from "@xmldom/xmldom";
import { replaceInParagraph } from "../../src/headless-word/doc/edit-text";
import { paragraphPieces, paragraphText } from "../../src/docx/ooxml/text";
import { parseXml, serializeXml, type XmlElement } from "../../src/docx/xml";
import { esc, W_NS } from "./support/mini-docx";

interface RunSpec {
  text: string;
  bold: boolean;
  tab: boolean;
}

const runArb = fc.record({ text: fc.stringMatching(/^[a-z ]{0,6}$/), bold: fc.boolean(), tab: fc.boolean() });

function paragraph(runs: RunSpec[]): XmlElement {
  const xml = runs
    .map(
      (r) =>
        `<w:r>${r.bold ? "<w:rPr><w:b/></w:rPr>" : ""}${r.text ? `<w:t xml:space="preserve">${esc(r.text)}</w:t>` : ""}${r.tab ? "<w:tab/>" : ""}</w:r>`,
    )
    .join('<w:bookmarkStart w:id="1" w:name="b"/>');
  const doc = parseXml(`<w:document xmlns:w="${W_NS}"><w:body><w:p>${xml}</w:p></w:body></w:document>`, "test");
  return doc.getElementsByTagNameNS(W_NS, "p")[0];
}

/** Bold state of each character of the paragraph's text. */
function boldMap(p: XmlElement): boolean[] {
  const out: boolean[] = [];
  for (const piece of paragraphPieces(p)) {
    const bold = piece.run.getElementsByTagNameNS(W_NS, "b").length > 0;
    for (let i = 0; i < piece.text.length; i++) out.push(bold);
  }
  return out;
}

describe("replaceInParagraph", () => {
  it("splices the text, keeps outside formatting, formats new text like the range's start", () => {
    fc.assert(
      fc.property(
        fc.array(runArb, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        fc.stringMatching(/^[A-Z]{0,5}$/),
        (runs, a, b, replacement) => {
          const p = paragraph(runs);
          const before = paragraphText(p);
          const boldBefore = boldMap(p);
          const start = before.length ? a % (before.length + 1) : 0;
          const end = start + (before.length - start ? b % (before.length - start + 1) : 0);
          const result = replaceInParagraph(p, start, end, replacement);
          const after = paragraphText(p);
          expect(after).toBe(before.slice(0, start) + replacement + before.slice(end));
          expect(result).toEqual({ start, end: start + replacement.length });
          const boldAfter = boldMap(p);
          expect(boldAfter.slice(0, start)).toEqual(boldBefore.slice(0, start));
          expect(boldAfter.slice(start + replacement.length)).toEqual(boldBefore.slice(end));
          if (replacement && before.length) {
            const expected = end > start ? boldBefore[start] : start > 0 ? boldBefore[start - 1] : boldBefore[0];
            expect(boldAfter.slice(start, start + replacement.length).every((x) => x === expected)).toBe(true);
          }
          // Still well-formed for another parser, bookmarks kept.
          const xml = serializeXml(p.ownerDocument!);
          expect(() => new DOMParser().parseFromString(xml, "text/xml")).not.toThrow();
          expect((xml.match(/bookmarkStart/g) ?? []).length).toBe(runs.length - 1);
        },
      ),
      { numRuns: 400 },
    );
  });
});
