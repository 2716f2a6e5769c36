/**
 * WordApi 1.6 paragraph identity and events, as src/word's live re-check relies on them:
 * `Paragraph.uniqueLocalId` ("standard 8-4-4-4-12 GUID format without curly braces", word.paragraph#uniquelocalid),
 * `Document.getParagraphByUniqueLocalId` (ItemNotFound when there is none, word.document), and
 * `onParagraphAdded / onParagraphChanged / onParagraphDeleted` with `{ type, source, uniqueLocalIds }`
 * (word.paragraphchangedeventargs …). Handlers are added and removed through the context and take effect at sync,
 * as Microsoft's samples do (office-js-snippets samples/word/25-paragraph/onchanged-event.yaml, whose "Insert
 * paragraphs" button shows that edits made through the API raise them). Events arrive after the edit's sync; over
 * headless-word never inside it (the stricter reading). Runs in Word too (test/word-pane).
 */
import { describe, expect, it, runner, setup, syncError } from "./helpers";

const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

type Args = Word.ParagraphAddedEventArgs | Word.ParagraphChangedEventArgs | Word.ParagraphDeletedEventArgs;

interface Recorder {
  events: Args[];
  /** Waits until `done(events)` holds or `ms` pass; returns the events seen. */
  until(done: (events: Args[]) => boolean, ms?: number): Promise<Args[]>;
  stop(): Promise<void>;
}

/** Registers one handler on each of the three events, in one batch. */
async function record(): Promise<Recorder> {
  const events: Args[] = [];
  const handler = (args: Args): Promise<void> => {
    events.push(args);
    return Promise.resolve();
  };
  const results = await runner.run(async (context) => {
    const added = [
      context.document.onParagraphAdded.add(handler),
      context.document.onParagraphChanged.add(handler),
      context.document.onParagraphDeleted.add(handler),
    ];
    await context.sync();
    return added;
  });
  return {
    events,
    until: async (done, ms = 2000) => {
      const end = Date.now() + ms;
      while (!done(events) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
      return events;
    },
    stop: async () => {
      for (const result of results) result.remove();
      await results[0]!.context.sync();
    },
  };
}

const ids = (events: Args[], type: string): string[] =>
  events.filter((e) => e.type === type).flatMap((e) => e.uniqueLocalIds);

async function paragraphIds(): Promise<string[]> {
  return runner.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/uniqueLocalId");
    await context.sync();
    return paragraphs.items.map((p) => p.uniqueLocalId);
  });
}

describe("paragraph ids (WordApi 1.6)", () => {
  it("gives each paragraph a GUID that stays the same between batches", async () => {
    await setup("one", "two", "three");
    const first = await paragraphIds();
    expect(first).toHaveLength(3);
    for (const id of first) expect(id).toMatch(GUID);
    expect(new Set(first).size).toBe(3);
    expect(await paragraphIds()).toEqual(first);
  });

  it("finds a paragraph by its id, and fails with ItemNotFound for an id it does not have", async () => {
    await setup("one", "two");
    const [, second] = await paragraphIds();
    const text = await runner.run(async (context) => {
      const paragraph = context.document.getParagraphByUniqueLocalId(second!).load("text");
      await context.sync();
      return paragraph.text;
    });
    expect(text).toBe("two");
    const error = await syncError(async (context) => {
      context.document.getParagraphByUniqueLocalId("00000000-0000-4000-8000-000000000000").load("text");
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("paragraph events (WordApi 1.6)", () => {
  it("raises ParagraphChanged with the id of the paragraph whose text changed", async () => {
    await setup("one", "two");
    const [, second] = await paragraphIds();
    const recorder = await record();
    try {
      await runner.run(async (context) => {
        context.document.getParagraphByUniqueLocalId(second!).insertText(" more", "End");
        await context.sync();
        // Delivered after the sync, never inside it (headless-word's reading; Word's come from the host later).
        if (runner.host === "headless") expect(recorder.events).toHaveLength(0);
      });
      const events = await recorder.until((e) => ids(e, "ParagraphChanged").length > 0);
      expect(ids(events, "ParagraphChanged")).toContain(second);
      const changed = events.find((e) => e.type === "ParagraphChanged")!;
      expect(changed.source).toBe("Local");
      expect(ids(events, "ParagraphDeleted")).not.toContain(second);
    } finally {
      await recorder.stop();
    }
  });

  it("raises ParagraphAdded with the new paragraph's id", async () => {
    await setup("one");
    const recorder = await record();
    try {
      const added = await runner.run(async (context) => {
        const paragraph = context.document.body.paragraphs.getFirst().insertParagraph("new", "After");
        paragraph.load("uniqueLocalId");
        await context.sync();
        return paragraph.uniqueLocalId;
      });
      const events = await recorder.until((e) => ids(e, "ParagraphAdded").length > 0);
      expect(ids(events, "ParagraphAdded")).toContain(added);
    } finally {
      await recorder.stop();
    }
  });

  it("raises ParagraphAdded for the paragraph a typed paragraph break starts", async () => {
    await setup("one", "two");
    const recorder = await record();
    try {
      await runner.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText("\nmiddle", "End");
        await context.sync();
      });
      const events = await recorder.until((e) => ids(e, "ParagraphAdded").length > 0);
      const after = await runner.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text,items/uniqueLocalId");
        await context.sync();
        return paragraphs.items.map((p) => [p.text, p.uniqueLocalId] as const);
      });
      expect(after.map(([text]) => text)).toEqual(["one", "middle", "two"]);
      expect(ids(events, "ParagraphAdded")).toContain(after[1]![1]);
    } finally {
      await recorder.stop();
    }
  });

  it("raises ParagraphDeleted with the id of the deleted paragraph, which is then not found", async () => {
    await setup("one", "two", "three");
    const [, second] = await paragraphIds();
    const recorder = await record();
    try {
      await runner.run(async (context) => {
        context.document.getParagraphByUniqueLocalId(second!).delete();
        await context.sync();
      });
      const events = await recorder.until((e) => ids(e, "ParagraphDeleted").length > 0);
      expect(ids(events, "ParagraphDeleted")).toContain(second);
      const error = await syncError(async (context) => {
        context.document.getParagraphByUniqueLocalId(second!).load("text");
        await context.sync();
      });
      expect(error.code).toBe("ItemNotFound");
    } finally {
      await recorder.stop();
    }
  });

  it("raises nothing once the handlers are removed", async () => {
    await setup("one");
    const recorder = await record();
    await recorder.stop();
    await runner.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText(" more", "End");
      context.document.body.insertParagraph("added", "End");
      await context.sync();
    });
    expect(await recorder.until(() => false, 300)).toHaveLength(0);
  });

  it("raises nothing for a batch that only reads", async () => {
    await setup("one", "two");
    const recorder = await record();
    try {
      await runner.run(async (context) => {
        context.document.body.paragraphs.load("items/text,items/uniqueLocalId");
        await context.sync();
      });
      expect(await recorder.until(() => false, 300)).toHaveLength(0);
    } finally {
      await recorder.stop();
    }
  });
});
