import type { ReviewData } from "../../src/core/review/model";
import { ReviewDataError } from "../../src/core/review/parse";
import { DEFAULT_SETTINGS, type DocumentSettings } from "../../src/core/settings";
import { createDocumentService } from "../../src/word/document-service";
import { loadReview, loadSettings, REVIEW_KEY, saveReview, saveSettings } from "../../src/word/store";
import { buildDocx, heading, p } from "../fixtures/docx-builder";
import { open, reopen } from "./support";

const REVIEW: ReviewData = {
  verdicts: [{ section: "Step 5: Identify and assess risks", verdict: "to-correct", note: "Score every risk." }],
  actions: [
    {
      id: "A1",
      section: "Step 5: Identify and assess risks",
      what: "Score risk 2",
      owner: "Priya Shah",
      due: "2026-12-15",
      status: "open",
    },
  ],
};

const bytes = () => buildDocx(heading("Step 5: Identify and assess risks", 2), p("Risk 2: disclosure."));

describe("review data in the document", () => {
  it("travels with the file beside the settings, neither overwriting the other", async () => {
    const settings: DocumentSettings = { ...DEFAULT_SETTINGS, matrix: "nhs-5x5", ignored: [{ id: "x" }] };
    const document = await open(await bytes());
    await document.run((context) => saveSettings(context, settings));
    await document.run((context) => saveReview(context, REVIEW));
    const reopened = await reopen(document);
    expect(await reopened.run((context) => loadReview(context))).toEqual({ review: REVIEW, problems: [] });
    expect(await reopened.run((context) => loadSettings(context))).toEqual(settings);
  });

  it("is an empty review in a document that has none", async () => {
    const document = await open(await bytes());
    expect(await document.run((context) => loadReview(context))).toEqual({
      review: { verdicts: [], actions: [] },
      problems: [],
    });
  });

  it("is reached through the DocumentService the pane and the playground use", async () => {
    const document = await open(await bytes());
    const service = createDocumentService((batch) => document.run(batch), { comments: true, trackChanges: false });
    await service.saveReview(REVIEW);
    const reopened = await reopen(document);
    const again = createDocumentService((batch) => reopened.run(batch), { comments: true, trackChanges: false });
    expect((await again.loadReview()).review).toEqual(REVIEW);
  });

  it("rejects data that is not a review with a ReviewDataError", async () => {
    const document = await open(await bytes());
    await document.run(async (context) => {
      context.document.settings.add(REVIEW_KEY, "[]");
      await context.sync();
    });
    const service = createDocumentService((batch) => document.run(batch), { comments: true, trackChanges: false });
    await expect(service.loadReview()).rejects.toThrow(ReviewDataError);
  });

  it("lasts for the session only without WordApi 1.4 (no document settings)", async () => {
    const document = await open(await bytes());
    const service = createDocumentService((batch) => document.run(batch), { comments: false, trackChanges: false });
    await service.saveReview(REVIEW);
    expect((await service.loadReview()).review).toEqual(REVIEW);
    const reopened = await reopen(document);
    expect(await reopened.run((context) => loadReview(context))).toEqual({
      review: { verdicts: [], actions: [] },
      problems: [],
    });
  });
});
