/**
 * What reviewer marks look like: short comments (the message, then the first guided answer), written by "DPIA
 * Assist" (headless-word's author; in Word the author is the signed-in user, Word.Comment.authorName is read-only, so
 * the comment text starts with "DPIA Assist:"), and the highlight colour chosen in the document's settings.
 */
import type { Finding } from "../../src/core/report";
import { HIGHLIGHT_COLOURS } from "../../src/core/settings";
import { createDocumentService } from "../../src/word/document-service";
import { guidanceFor } from "../../src/word/review";
import { build as buildSeed001 } from "../fixtures/seeds/seed-001";
import { open } from "./support";

const finding = (answers: Finding["answers"]): Finding =>
  ({
    id: "f1",
    kind: "placeholder",
    severity: "warning",
    section: "Step 5",
    message: "Likelihood is still template text.",
    text: "Remote, possible or probable",
    ref: { table: 0, row: 1, cell: 1 },
    expected: "Remote, possible or probable",
    answers,
  }) as Finding;

describe("comment text", () => {
  it("is the message alone when there is no guided answer", () => {
    expect(guidanceFor(finding(undefined))).toBe("Likelihood is still template text.");
    expect(guidanceFor(finding([]))).toBe("Likelihood is still template text.");
  });

  it("is the message and the first guided answer only, clipped when long", () => {
    const text = guidanceFor(
      finding([
        { label: "Possible", text: "Possible", why: "ICO: a reasonable possibility" },
        { label: "Remote", text: "Remote", why: "ICO" },
      ]),
    );
    expect(text).toBe("Likelihood is still template text.\nSuggested: Possible");
    const long = guidanceFor(finding([{ label: "Long", text: "word ".repeat(100), why: "" }]));
    expect(long.split("\n")).toHaveLength(2);
    expect(long.length).toBeLessThan(220);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("marks through the document service", () => {
  async function marked(highlightColor?: string) {
    const document = await open(await buildSeed001());
    const service = createDocumentService(
      (batch) => document.run(batch),
      { comments: true, trackChanges: false },
      () => "2026-11-23",
    );
    if (highlightColor) await service.saveSettings({ ...(await service.loadSettings()), highlightColor });
    const results = await service.markGaps((await service.scan()).findings);
    expect(results.some((r) => r.status === "applied")).toBe(true);
    const seen = await document.run(async (context) => {
      const controls = context.document.contentControls.load("items/tag");
      const comments = context.document.body.getComments().load("items/content,items/authorName");
      await context.sync();
      const ours = controls.items.filter((c) => c.tag.startsWith("dpia-assist:mark:"));
      const fonts = ours.map((c) => c.getRange().font.load("highlightColor"));
      await context.sync();
      return {
        highlights: new Set(fonts.map((f) => f.highlightColor)),
        comments: comments.items.map((c) => ({ content: c.content, author: c.authorName })),
      };
    });
    return { service, document, ...seen };
  }

  it("highlights in yellow by default, with short comments authored DPIA Assist", async () => {
    const { highlights, comments } = await marked();
    expect([...highlights]).toEqual(["#FFFF00"]);
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) {
      expect(c.author).toBe("DPIA Assist");
      expect(c.content.startsWith("DPIA Assist:")).toBe(true);
      // Message, at most one suggestion, and the id line that ties the comment to its mark.
      expect(c.content.split("\n").length).toBeLessThanOrEqual(3);
    }
  });

  it("uses the highlight colour chosen in Settings, and clearing still removes only the marks", async () => {
    const green = HIGHLIGHT_COLOURS.find((c) => c.label === "Bright green")!.value;
    const { highlights, service, document } = await marked(green);
    expect([...highlights]).toEqual([green]);
    expect((await service.clearMarks()).removed).toBeGreaterThan(0);
    const left = await document.run(async (context) => {
      const controls = context.document.contentControls.load("items/tag");
      const comments = context.document.body.getComments().load("items/content");
      await context.sync();
      return {
        marks: controls.items.filter((c) => c.tag.startsWith("dpia-assist:mark:")).length,
        comments: comments.items.length,
      };
    });
    expect(left).toEqual({ marks: 0, comments: 0 });
  });
});
