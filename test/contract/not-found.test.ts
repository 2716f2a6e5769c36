/**
 * Where Word's reference says a getter "throws an ItemNotFound error": SettingCollection.getItem ("if the setting
 * doesn't exist", word.settingcollection), the collections' getFirst ("if this collection is empty",
 * word.contentcontrolcollection, word.paragraphcollection, word.tablecollection) and Table.getCell outside the table
 * (tables.test.ts). The …OrNullObject variants give a null object instead. Runs in Word too.
 */
import { describe, expect, it, runner, setup, syncError } from "./helpers";

describe("ItemNotFound", () => {
  it("SettingCollection.getItem of a missing key", async () => {
    await setup("x");
    const error = await syncError(async (context) => {
      context.document.settings.getItem("no-such-key").load("value");
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("getFirst on an empty content control collection, and getFirstOrNullObject gives a null object", async () => {
    await setup("x");
    const error = await syncError(async (context) => {
      context.document.contentControls.getByTag("no-such-tag").getFirst().load("tag");
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
    const isNull = await runner.run(async (context) => {
      const control = context.document.contentControls.getByTag("no-such-tag").getFirstOrNullObject();
      await context.sync();
      return control.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("getFirst on the tables of a body without tables", async () => {
    await setup("x");
    const error = await syncError(async (context) => {
      context.document.body.tables.getFirst().load("values");
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });
});
