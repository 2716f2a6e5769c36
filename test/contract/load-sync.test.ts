/* eslint-disable office-addins/call-sync-before-read -- these tests read before sync on purpose, to check the error. */
/**
 * Office's proxy-object rules, from "Application-specific API model" and "Call load and sync" in the Office
 * Add-ins docs (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model) and the
 * OfficeExtension.Error reference (learn.microsoft.com/javascript/api/office/officeextension.error).
 */
import { p, r, styled } from "../headless-word/support/mini-docx";
import { docFrom, syncError } from "./helpers";

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const doc = await docFrom(p("Hello"));
    await doc.run(async (context) => {
      const para = context.document.body.paragraphs.getFirst();
      expect(() => para.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      para.load("text");
      // load alone only queues: the value arrives with the sync.
      expect(() => para.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(para.text).toBe("Hello");
    });
  });

  it("throws PropertyNotLoaded for a collection's items before load + sync", async () => {
    const doc = await docFrom(p("a") + p("b"));
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      paragraphs.load("items/text");
      await context.sync();
      expect(paragraphs.items.map((x) => x.text)).toEqual(["a", "b"]);
    });
  });

  it("accepts load as a string, an array, { select } and a property object", async () => {
    const doc = await docFrom(styled("Heading1", "Title") + p("Body"));
    const forms: Array<[string | string[] | Record<string, unknown>, (x: Word.Paragraph) => unknown]> = [
      ["text,style", (x) => [x.text, x.style]],
      [["text", "style"], (x) => [x.text, x.style]],
      [{ select: "text,style" }, (x) => [x.text, x.style]],
      [{ text: true, style: true }, (x) => [x.text, x.style]],
    ];
    for (const [arg, pick] of forms) {
      // One batch per form of load (a sync per batch is the point here).
      const seen = await doc.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load(arg as string);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        // Only what was asked for is loaded.
        expect(() => paragraphs.items[0].tableNestingLevel).toThrow(
          expect.objectContaining({ code: "PropertyNotLoaded" }),
        );
        return paragraphs.items.map(pick);
      });
      expect(seen).toEqual([
        ["Title", "Heading 1"],
        ["Body", "Normal"],
      ]);
    }
  });

  it("applies queued writes at sync, in the order they were queued", async () => {
    const doc = await docFrom(p("one"));
    await doc.run(async (context) => {
      const para = context.document.body.paragraphs.getFirst();
      para.insertText("two", "Replace");
      para.load("text");
      para.insertText("three", "Replace");
      const again = context.document.body.paragraphs.getFirst();
      again.load("text");
      await context.sync();
      expect(para.text).toBe("two");
      expect(again.text).toBe("three");
    });
  });

  it("raises errors at sync, not at the call, with the Office code and debugInfo", async () => {
    const doc = await docFrom("<w:p/>");
    let calledWithoutThrow = false;
    const error = await syncError(doc, async (context) => {
      const tables = context.document.body.tables;
      tables.getFirst();
      calledWithoutThrow = true;
      await context.sync();
    });
    expect(calledWithoutThrow).toBe(true);
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.errorLocation).toBe("TableCollection.getFirst");
  });

  it("keeps the actions before a failing one (no rollback) and drops the rest", async () => {
    const doc = await docFrom(p("before"));
    await syncError(doc, async (context) => {
      const para = context.document.body.paragraphs.getFirst();
      para.insertText("changed", "Replace");
      context.document.body.tables.getFirst();
      para.insertText("never", "End");
      await context.sync();
    });
    const text = await doc.run(async (context) => {
      const para = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      return para.text;
    });
    expect(text).toBe("changed");
  });

  it("returns null objects from …OrNullObject methods, known after sync", async () => {
    const doc = await docFrom(p("no tables here"));
    await doc.run(async (context) => {
      const table = context.document.body.tables.getFirstOrNullObject();
      const para = context.document.body.paragraphs.getFirstOrNullObject();
      expect(() => table.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(table.isNullObject).toBe(true);
      expect(para.isNullObject).toBe(false);
    });
  });

  it("counts every sync, including Word.run's final one for pending actions", async () => {
    const doc = await docFrom(p(r("x")));
    const before = doc.syncCount;
    await doc.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
      await context.sync();
      context.document.body.paragraphs.getFirst().insertText("y", "End");
    });
    expect(doc.syncCount - before).toBe(3);
  });

  it("accepts trackedObjects add/remove", async () => {
    const doc = await docFrom(p("x"));
    await doc.run(async (context) => {
      const para = context.document.body.paragraphs.getFirst();
      context.trackedObjects.add(para);
      para.load("text");
      await context.sync();
      context.trackedObjects.remove(para);
      expect(para.text).toBe("x");
    });
  });

  it("makes a property write visible locally at once and in the document after sync", async () => {
    const doc = await docFrom(table1());
    await doc.run(async (context) => {
      const cell = context.document.body.tables.getFirst().getCell(0, 0);
      cell.value = "new";
      expect(cell.value).toBe("new");
      await context.sync();
      const check = context.document.body.tables.getFirst().load("values");
      await context.sync();
      expect(check.values[0][0]).toBe("new");
    });
  });
});

function table1(): string {
  return `<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p>${r("old")}</w:p></w:tc></w:tr></w:tbl><w:p/>`;
}

describe("null objects", () => {
  // OfficeExtension.ClientObject.isNullObject: "You must call context.sync() before reading the isNullObject
  // property" (learn.microsoft.com/javascript/api/office/officeextension.clientobject).
  it("gives null objects for navigation from a null object, without failing the batch", async () => {
    const doc = await docFrom(table1());
    await doc.run(async (context) => {
      const cell = context.document.body.tables.getFirst().getCellOrNullObject(3, 3);
      const body = cell.body.load("text");
      const results = cell.body.search("old").load("items");
      await context.sync();
      expect(cell.isNullObject).toBe(true);
      expect(body.isNullObject).toBe(true);
      expect(results.items).toEqual([]);
    });
  });
});
