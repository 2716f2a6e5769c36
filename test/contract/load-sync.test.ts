/* eslint-disable office-addins/call-sync-before-read -- these specs read before sync on purpose, to check the error. */
/**
 * Office's proxy-object rules, from "Application-specific API model" and "Call load and sync" in the Office
 * Add-ins docs (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model) and the
 * OfficeExtension.Error reference (learn.microsoft.com/javascript/api/office/officeextension.error). Runs in Word too.
 */
import { describe, expect, heading, it, runner, setup, syncError, table, thrownCode } from "./helpers";

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    await setup("Hello");
    await runner.run(async (context) => {
      const para = context.document.body.paragraphs.getFirst();
      expect(thrownCode(() => para.text)).toBe("PropertyNotLoaded");
      para.load("text");
      // load alone only queues: the value arrives with the sync.
      expect(thrownCode(() => para.text)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(para.text).toBe("Hello");
    });
  });

  it("throws PropertyNotLoaded for a collection's items before load + sync", async () => {
    await setup("a", "b");
    await runner.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(thrownCode(() => paragraphs.items)).toBe("PropertyNotLoaded");
      paragraphs.load("items/text");
      await context.sync();
      expect(paragraphs.items.map((x) => x.text)).toEqual(["a", "b"]);
    });
  });

  it("accepts load as a string, an array, { select } and a property object", async () => {
    await setup(heading(1, "Title"), "Body");
    const forms: Array<[string | string[] | Record<string, unknown>, (x: Word.Paragraph) => unknown]> = [
      ["text,style", (x) => [x.text, x.style]],
      [["text", "style"], (x) => [x.text, x.style]],
      [{ select: "text,style" }, (x) => [x.text, x.style]],
      [{ text: true, style: true }, (x) => [x.text, x.style]],
    ];
    for (const [arg, pick] of forms) {
      // One batch per form of load (a sync per batch is the point here).
      const seen = await runner.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load(arg as string);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        // Only what was asked for is loaded.
        expect(thrownCode(() => paragraphs.items[0].tableNestingLevel)).toBe("PropertyNotLoaded");
        return paragraphs.items.map(pick);
      });
      expect(seen).toEqual([
        ["Title", "Heading 1"],
        ["Body", "Normal"],
      ]);
    }
  });

  it("applies queued writes at sync, in the order they were queued", async () => {
    await setup("one");
    await runner.run(async (context) => {
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
    await setup("");
    let calledWithoutThrow = false;
    const error = await syncError(async (context) => {
      context.document.body.tables.getFirst();
      calledWithoutThrow = true;
      await context.sync();
    });
    expect(calledWithoutThrow).toBe(true);
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.errorLocation).toBe("TableCollection.getFirst");
  });

  it("keeps the actions before a failing one (no rollback) and drops the rest", async () => {
    await setup("before");
    await syncError(async (context) => {
      const para = context.document.body.paragraphs.getFirst();
      para.insertText("changed", "Replace");
      context.document.body.tables.getFirst();
      para.insertText("never", "End");
      await context.sync();
    });
    const text = await runner.run(async (context) => {
      const para = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      return para.text;
    });
    expect(text).toBe("changed");
  });

  it("returns null objects from …OrNullObject methods, known after sync", async () => {
    await setup("no tables here");
    await runner.run(async (context) => {
      const found = context.document.body.tables.getFirstOrNullObject();
      const para = context.document.body.paragraphs.getFirstOrNullObject();
      expect(thrownCode(() => found.isNullObject)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(found.isNullObject).toBe(true);
      expect(para.isNullObject).toBe(false);
    });
  });

  it("accepts trackedObjects add/remove", async () => {
    await setup("x");
    await runner.run(async (context) => {
      const para = context.document.body.paragraphs.getFirst();
      context.trackedObjects.add(para);
      para.load("text");
      await context.sync();
      context.trackedObjects.remove(para);
      expect(para.text).toBe("x");
    });
  });

  it("makes a property write visible locally at once and in the document after sync", async () => {
    await setup("x", table(["old"]));
    await runner.run(async (context) => {
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

describe("null objects", () => {
  // OfficeExtension.ClientObject.isNullObject: "You must call context.sync() before reading the isNullObject
  // property" (learn.microsoft.com/javascript/api/office/officeextension.clientobject).
  it("gives null objects for navigation from a null object, without failing the batch", async () => {
    await setup("x", table(["old"]));
    await runner.run(async (context) => {
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
