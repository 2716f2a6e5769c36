/**
 * Every kind of edit headless-word makes, on one generated document, rendered by LibreOffice: the file opens,
 * the new text and tables show, and the text we did not touch is still there in order.
 */
import { openDocx } from "../../src/headless-word";
import { compact, exportDocxText, findCompact, hasLibreOffice } from "../support/libreoffice";
import { miniDocx, p, partText, row, styled, table } from "./support/mini-docx";

const withLibreOffice = hasLibreOffice() ? it : it.skip;

describe("edits render in LibreOffice", () => {
  withLibreOffice(
    "opens after every kind of edit, with untouched text in order",
    async () => {
      const untouched = [
        "Untouched opening paragraph stays first.",
        "Middle paragraph that nobody edits.",
        "Closing words remain last.",
      ];
      const body =
        styled("Heading1", "Step 5: Identify and assess risks") +
        p(untouched[0]) +
        p("Overall risk: Low (stated)") +
        table(row("Risk", "Likelihood", "Severity"), row("Theft of laptop", "Possible", "Significant")) +
        p(untouched[1]) +
        p("Wrap me in a control") +
        p(untouched[2]);
      const doc = await openDocx(await miniDocx(body), { author: "Renderer" });
      await doc.run(async (context) => {
        const bodyObj = context.document.body;
        const hit = bodyObj.search("Low").getFirst();
        hit.insertText("Medium", "Replace");
        const stated = bodyObj.search("(stated)").getFirst();
        stated.font.highlightColor = "Yellow";
        stated.insertComment("Possible × Significant is Medium on the ICO matrix.");
        const t = bodyObj.tables.getFirst();
        t.addRows("End", 1, [["Loss of backup", "Remote", "Severe"]]);
        t.rows.getFirst().insertRows("After", 1, [["Inserted row", "Probable", "Minimal"]]);
        t.getCell(0, 0).shadingColor = "#D9D9D9";
        t.insertParagraph("Paragraph after the table", "After");
        const paragraphs = bodyObj.paragraphs.load("items/text");
        await context.sync();
        const wrap = paragraphs.items.find((x) => x.text === "Wrap me in a control")!;
        const cc = wrap.insertContentControl();
        cc.tag = "dpia-assist:test";
        cc.title = "Test control";
        wrap.insertParagraph("Inserted before the control", "Before");
        bodyObj.insertTable(2, 2, "End", [
          ["Matrix", "ICO 3x3"],
          ["Overall", "Medium"],
        ]);
        bodyObj.insertParagraph("Appended paragraph", "End");
        await context.sync();
      });
      const bytes = await doc.save();
      const tokens = compact(exportDocxText(bytes, "all-edits"));
      let at = 0;
      for (const text of untouched) {
        const end = findCompact(tokens, text, at);
        expect({ text, found: end >= 0 }).toEqual({ text, found: true });
        at = Math.max(at, end);
      }
      for (const shown of [
        "Overall risk: Medium (stated)",
        "Loss of backup",
        "Inserted row",
        "Paragraph after the table",
        "Wrap me in a control",
        "Inserted before the control",
        "ICO 3x3",
        "Appended paragraph",
      ]) {
        expect({ shown, found: findCompact(tokens, shown) >= 0 }).toEqual({ shown, found: true });
      }
      const xml = (await partText(bytes, "word/comments.xml"))!;
      expect(xml).toContain("Possible × Significant is Medium on the ICO matrix.");
    },
    180_000,
  );
});
