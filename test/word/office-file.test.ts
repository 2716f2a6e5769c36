/**
 * The Word file reader's own logic — slicing, closing, errors, falling back — against an object shaped like
 * Office.context.document (Office does not run in Node). What it reads is a real .docx from the fixture builder,
 * and the fallback runs on real headless-word.
 */
import { openDocx } from "../../src/headless-word";
import { FileReadError, type FileSource } from "../../src/word/file-source";
import { officeFileSource, type OfficeFileHost } from "../../src/word/office-file";
import { readDocument } from "../../src/word/read-document";
import { buildDocx, cell, p, row, table } from "../fixtures/docx-builder";

type Outcome<T> = { status: "succeeded"; value: T } | { status: "failed"; error: { code: number; message: string } };

interface FakeOptions {
  failOpen?: { code: number; message: string };
  failSlice?: number;
  failClose?: boolean;
  /** Deliver slices as number[] (as most hosts do) or as Uint8Array. */
  asArray?: boolean;
}

/** Office.Document's file API over `bytes`: counts open files as Office does (at most two at once). */
function fakeHost(bytes: Uint8Array, options: FakeOptions = {}) {
  const state = { open: 0, closed: 0, sliceSizes: [] as number[], requested: [] as number[] };
  const host: OfficeFileHost = {
    getFileAsync(fileType, fileOptions, callback) {
      const done = (r: Outcome<Office.File>) =>
        setTimeout(() => callback(r as unknown as Office.AsyncResult<Office.File>));
      expect(fileType).toBe("compressed");
      if (options.failOpen) return done({ status: "failed", error: options.failOpen });
      if (state.open >= 2) return done({ status: "failed", error: { code: 5001, message: "Two files open" } });
      state.open++;
      const size = fileOptions.sliceSize!;
      state.sliceSizes.push(size);
      const sliceCount = Math.ceil(bytes.length / size);
      const file = {
        size: bytes.length,
        sliceCount,
        getSliceAsync(index: number, cb: (r: Office.AsyncResult<Office.Slice>) => void) {
          state.requested.push(index);
          const chunk = bytes.subarray(index * size, (index + 1) * size);
          const r: Outcome<Office.Slice> =
            index === options.failSlice
              ? { status: "failed", error: { code: 5001, message: "Internal error" } }
              : {
                  status: "succeeded",
                  value: { index, size: chunk.length, data: options.asArray ? Array.from(chunk) : chunk },
                };
          setTimeout(() => cb(r as unknown as Office.AsyncResult<Office.Slice>));
        },
        closeAsync(cb?: (r: Office.AsyncResult<void>) => void) {
          const r = options.failClose
            ? { status: "failed", error: { code: 5001, message: "cannot close" } }
            : { status: "succeeded", value: undefined };
          if (!options.failClose) state.open--;
          state.closed++;
          setTimeout(() => cb?.(r as unknown as Office.AsyncResult<void>));
        },
      } as unknown as Office.File;
      done({ status: "succeeded", value: file });
    },
  };
  return { host, state };
}

describe("officeFileSource", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await buildDocx(p("Hello"), table(row(cell("Risk", { span: 2 }), "Overall"), row("1", "a", "b")));
  });

  it("reads every slice in order, joins them into the file, and closes it", async () => {
    const { host, state } = fakeHost(bytes, { asArray: true });
    const read = await officeFileSource(host, { sliceSize: 1000 }).readBytes();
    expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
    expect(state.requested).toEqual([...Array(Math.ceil(bytes.length / 1000)).keys()]);
    expect(state).toMatchObject({ open: 0, closed: 1 });
  });

  it("asks for Office's maximum slice of 4 MiB at most", async () => {
    const { host, state } = fakeHost(bytes);
    await officeFileSource(host, { sliceSize: 64 * 1024 * 1024 }).readBytes();
    expect(state.sliceSizes).toEqual([4 * 1024 * 1024]);
  });

  it("closes the file when a slice fails, so that the next read can open it again", async () => {
    const { host, state } = fakeHost(bytes, { failSlice: 1 });
    const source = officeFileSource(host, { sliceSize: 500 });
    for (let i = 0; i < 3; i++) await expect(source.readBytes()).rejects.toBeInstanceOf(FileReadError);
    expect(state).toMatchObject({ open: 0, closed: 3 });
  });

  it("rejects with Office's code when the file cannot be had (11001 on the web, office-js issue 6747)", async () => {
    const { host } = fakeHost(bytes, { failOpen: { code: 11001, message: "A network problem…" } });
    const error = await officeFileSource(host)
      .readBytes()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).code).toBe(11001);
  });

  it("keeps the bytes when only closing fails (the next read fails and falls back)", async () => {
    const { host } = fakeHost(bytes, { failClose: true });
    const read = await officeFileSource(host, { sliceSize: 2048 }).readBytes();
    expect(read.length).toBe(bytes.length);
  });
});

describe("readDocument falls back to the Word API", () => {
  const failing = (error: Error): FileSource => ({ readBytes: () => Promise.reject(error) });

  it.each([
    ["the host cannot give the file", failing(new FileReadError("network", 11001))],
    ["the bytes are not a .docx", { readBytes: () => Promise.resolve(new Uint8Array([1, 2, 3, 4])) }],
  ])("when %s, with table grids from OOXML", async (_why, source) => {
    const document = await openDocx(
      await buildDocx(p("Hello"), table(row(cell("Risk", { span: 2 }), "Overall"), row("1", "a", "b"))),
    );
    const outcome = await document.run((context) => readDocument(context, source));
    expect(outcome.model.source).toBe("api");
    expect(outcome.fallbackReason).toEqual(expect.any(String));
    expect(outcome.model.tables[0].rows[0].cells.map((c) => c.gridColumn)).toEqual([0, 2]);
    expect(document.syncCount).toBeLessThanOrEqual(3);
  });

  it("reads the file when it can, and lets unexpected errors through", async () => {
    const bytes = await buildDocx(p("Hello"));
    const document = await openDocx(bytes);
    const fromFile = await document.run((context) => readDocument(context, { readBytes: async () => bytes }));
    expect([fromFile.model.source, fromFile.fallbackReason, document.syncCount]).toEqual(["file", undefined, 0]);
    await expect(document.run((context) => readDocument(context, failing(new TypeError("bug"))))).rejects.toThrow(
      TypeError,
    );
  });
});

describe("the document service reads the file", () => {
  it("scans from the file, and through the API after its own edits when the file is not live", async () => {
    const { createDocumentService } = await import("../../src/word/document-service");
    const document = await openDocx(await buildDocx(p("Name: [Name, Date]")));
    const run = <T>(batch: (context: Word.RequestContext) => Promise<T>) => document.run(batch);
    const held = document.file();
    const stored: FileSource = { readBytes: () => held.readBytes(), live: false };
    const service = createDocumentService(run, { comments: true, trackChanges: true }, () => "2026-01-01", {
      file: stored,
    });
    await service.scan();
    expect(service.lastRead?.()).toEqual({ source: "file" });
    await service.clearMarks();
    await service.scan();
    expect(service.lastRead?.()).toMatchObject({ source: "api", fallbackReason: expect.any(String) });
  });
});
