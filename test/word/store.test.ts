import { DEFAULT_SETTINGS, type DocumentSettings } from "../../src/core/settings";
import { loadSettings, saveSettings, SETTINGS_KEY } from "../../src/word/store";
import { open, realBytes, reopen } from "./support";
import { describeReal } from "../support/real-fixtures";

describeReal(["ico-dpia-template-blank.docx", "ico-dpia-filled-fennex.docx"])("document settings", () => {
  it("are the defaults in a document that has none", async () => {
    const document = await open(realBytes("ico-dpia-filled-fennex.docx"));
    expect(await document.run((context) => loadSettings(context))).toEqual(DEFAULT_SETTINGS);
  });

  it("travel with the file: saved, written to .docx, reopened, read back", async () => {
    const settings: DocumentSettings = {
      matrix: "nhs-5x5",
      organisation: "public-authority",
      ignored: [{ id: "placeholder:abc", reason: "answered in the appendix" }, { id: "unanswered:def" }],
      lastReviewed: "2026-11-23",
      trackChanges: true,
    };
    const document = await open(realBytes("ico-dpia-template-blank.docx"));
    await document.run((context) => saveSettings(context, settings));
    const reopened = await reopen(document);
    expect(await reopened.run((context) => loadSettings(context))).toEqual(settings);
  });

  it("keeps what is valid of settings written by another version", async () => {
    const document = await open(realBytes("ico-dpia-template-blank.docx"));
    await document.run(async (context) => {
      context.document.settings.add(
        SETTINGS_KEY,
        JSON.stringify({ matrix: "cnil-4x4", organisation: "charity", ignored: [{ id: 7 }, { id: "ok" }] }),
      );
      await context.sync();
    });
    const reopened = await reopen(document);
    expect(await reopened.run((context) => loadSettings(context))).toEqual({
      matrix: "cnil-4x4",
      ignored: [{ id: "ok" }],
    });
  });
});
