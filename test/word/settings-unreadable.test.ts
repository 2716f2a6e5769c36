/**
 * A stored settings value that cannot be read is reported and kept: the add-in works with the defaults, tells the
 * user, and never writes over it unless the user chooses to reset (ignored findings stored in it are not lost).
 */
import { readSettings } from "../../src/core/settings";
import { createDocumentService } from "../../src/word/document-service";
import { SETTINGS_KEY, UnreadableSettingsError } from "../../src/word/store";
import { open, realBytes, reopen, type HeadlessDocument } from "./support";
import { describeReal } from "../support/real-fixtures";

const DAMAGED = '{"matrix":"nhs-5x5","ignored":[{"id":"placeholder:abc"}'; // cut short

async function stored(document: HeadlessDocument): Promise<string | null> {
  return document.run(async (context) => {
    const item = context.document.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load("value");
    await context.sync();
    return item.isNullObject ? null : String(item.value);
  });
}

async function withDamagedSettings(): Promise<HeadlessDocument> {
  const document = await open(realBytes("ico-dpia-template-blank.docx"));
  await document.run(async (context) => {
    context.document.settings.add(SETTINGS_KEY, DAMAGED);
    await context.sync();
  });
  return reopen(document);
}

describeReal(["ico-dpia-template-blank.docx"])("unreadable stored settings", () => {
  it("readSettings reports them instead of passing them off as no settings", () => {
    expect(readSettings(DAMAGED).problem).toMatchObject({ kind: "unreadable", raw: DAMAGED });
    expect(readSettings("[1,2]").problem).toMatchObject({ kind: "not-an-object" });
    expect(readSettings('{"matrix":"cnil-4x4","ignored":[]}')).toEqual({
      settings: { matrix: "cnil-4x4", ignored: [] },
    });
    expect(readSettings(null).problem).toBeUndefined();
  });

  it("are reported by a scan, kept on save, and replaced only by a reset", async () => {
    const document = await withDamagedSettings();
    const service = createDocumentService((batch) => document.run(batch), { comments: true, trackChanges: true });
    await service.scan();
    expect(service.settingsProblem?.()).toMatchObject({ kind: "unreadable" });
    expect(service.settingsProblem?.()?.message).toMatch(/Reset settings/);

    const settings = await service.loadSettings();
    await expect(service.saveSettings({ ...settings, matrix: "ico-3x3" })).rejects.toBeInstanceOf(
      UnreadableSettingsError,
    );
    expect(await stored(document)).toBe(DAMAGED);

    await service.saveSettings({ matrix: "ico-3x3", ignored: [] }, { reset: true });
    expect(service.settingsProblem?.()).toBeNull();
    expect(JSON.parse((await stored(document))!)).toEqual({ matrix: "ico-3x3", ignored: [] });
  });
});
