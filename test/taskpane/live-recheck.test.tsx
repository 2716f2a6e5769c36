/**
 * The pane follows the author's typing (WordApi 1.6): the real App over src/word's document service over
 * headless-word, which raises Word's paragraph events for the edit. Only the pause before the re-check runs on fake
 * timers; no part of Word is mocked.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { openDocx, type HeadlessDocument } from "../../src/headless-word";
import type { Finding } from "../../src/core/report";
import { App } from "../../src/taskpane/app";
import { PAUSE_MS } from "../../src/taskpane/live-recheck";
import { createDocumentService } from "../../src/word/document-service";
import type { DocumentService } from "../../src/word/service";
import { buildDocx, heading, p, row, table } from "../fixtures/docx-builder";

const today = () => "2026-11-23";

async function open(paragraphEvents: boolean) {
  const bytes = await buildDocx(
    heading("Step 2: Describe the processing", 2),
    p("Describe the nature of the processing:"),
    table(
      row("Question", "Answer"),
      row("How will you collect, use, store and delete data?", ""),
      row("What is the source of the data?", ""),
      row("Will you be sharing data with anyone?", "No"),
    ),
    heading("Step 7: Sign off and record outcomes", 2),
    table(row("Item", "Name/position/date"), row("Measures approved by:", "")),
  );
  const doc = await openDocx(bytes);
  const service = createDocumentService(
    (batch) => doc.run(batch),
    { comments: true, trackChanges: false, paragraphEvents },
    today,
    { file: doc.file() },
  );
  return { doc, service };
}

/** Types into the cell of a finding, as the author would in Word (headless-word raises the events). */
async function typeInto(doc: HeadlessDocument, finding: Finding, text: string): Promise<void> {
  const ref = finding.ref as { table: number; row: number; cell: number };
  await doc.run(async (context) => {
    const tables = context.document.body.tables.load("items");
    await context.sync();
    tables.items[ref.table]!.getCell(ref.row, ref.cell).body.paragraphs.getFirst().insertText(text, "End");
    await context.sync();
  });
}

async function mount(service: DocumentService) {
  // No delays between user-event steps: the third test clicks while the timers are fake.
  const user = userEvent.setup({ delay: null });
  render(<App service={service} today={today} />);
  await screen.findByRole("tab", { name: "Overview" }, { timeout: 20000 });
  await user.click(screen.getByRole("tab", { name: /^Gaps/ }));
  return user;
}

/** The unanswered cell about the data's source, as a full scan reports it. */
async function sourceGap(service: DocumentService): Promise<Finding> {
  const found = (await service.scan()).findings.find(
    (f) => f.kind === "unanswered" && /source of the data/.test(f.text),
  );
  if (!found) throw new Error("the document's source-of-data question is not reported as unanswered");
  return found;
}

const listShows = (text: RegExp) => within(screen.getByRole("tabpanel")).queryAllByText(text).length > 0;

afterEach(() => {
  jest.useRealTimers();
});

describe("live re-check in the pane", () => {
  it("drops the gap once the author pauses after typing an answer, without Re-scan", async () => {
    const { doc, service } = await open(true);
    const gap = await sourceGap(service);
    await mount(service);
    expect(listShows(/source of the data/)).toBe(true);
    const rechecks = jest.spyOn(service, "recheck");

    jest.useFakeTimers();
    await typeInto(doc, gap, "Collected from the data subjects themselves.");
    // The event arrives after the edit's sync; the re-check waits for the pause.
    await act(async () => {
      await jest.advanceTimersByTimeAsync(PAUSE_MS - 100);
    });
    expect(rechecks).not.toHaveBeenCalled();
    expect(listShows(/source of the data/)).toBe(true);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(100);
    });
    expect(rechecks).toHaveBeenCalledTimes(1);
    jest.useRealTimers();

    await waitFor(() => expect(listShows(/source of the data/)).toBe(false), { timeout: 5000 });
    // The other unanswered question is still listed; only the typed-into paragraph was read again.
    expect(listShows(/collect, use, store and delete/)).toBe(true);
    expect(service.lastRead?.()?.paragraphsReread).toBe(1);
  }, 60_000);

  it("re-checks once for a burst of typing", async () => {
    const { doc, service } = await open(true);
    const gap = await sourceGap(service);
    await mount(service);
    const rechecks = jest.spyOn(service, "recheck");
    jest.useFakeTimers();
    for (const word of ["Collected ", "from ", "the ", "subjects."]) {
      await typeInto(doc, gap, word);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(200);
      });
    }
    expect(rechecks).not.toHaveBeenCalled();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(PAUSE_MS);
    });
    expect(rechecks).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
    await waitFor(() => expect(listShows(/source of the data/)).toBe(false), { timeout: 5000 });
  }, 60_000);

  it("a re-check during a Re-scan neither hides the scan's result nor leaves the pane scanning", async () => {
    const { doc, service: real } = await open(true);
    const gap = await sourceGap(real);
    // The same service, with each Re-scan held until the test lets it go (so that it is still running when the
    // re-check comes back).
    let release: () => void = () => undefined;
    let holding = false;
    const service: DocumentService = {
      ...real,
      scan: async (options) => {
        if (holding) await new Promise<void>((resolve) => (release = resolve));
        return real.scan(options);
      },
    };
    const user = await mount(service);
    const rechecks = jest.spyOn(service, "recheck");
    jest.useFakeTimers();
    await typeInto(doc, gap, "Collected from the data subjects themselves.");
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0); // the event arrives; the pause starts
    });
    holding = true;
    await user.click(screen.getByRole("button", { name: "Re-scan" }));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(PAUSE_MS);
    });
    jest.useRealTimers();
    await waitFor(() => expect(rechecks).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(listShows(/source of the data/)).toBe(false), { timeout: 5000 });
    holding = false;
    release();
    await waitFor(() => expect(screen.getByRole("button", { name: "Re-scan" })).toBeEnabled(), { timeout: 5000 });
    expect(listShows(/source of the data/)).toBe(false);
  }, 60_000);

  it("removes Word's handlers when the pane goes away: later typing re-checks nothing", async () => {
    const { doc, service } = await open(true);
    const gap = await sourceGap(service);
    const user = userEvent.setup({ delay: null });
    const view = render(<App service={service} today={today} />);
    await screen.findByRole("tab", { name: "Overview" }, { timeout: 20000 });
    await user.click(screen.getByRole("tab", { name: /^Gaps/ }));
    const rechecks = jest.spyOn(service, "recheck");
    // The same handlers see events while mounted…
    const seen: string[] = [];
    const stop = await service.watchParagraphs!((change) => seen.push(change.type));
    view.unmount();
    // …and the pane's own are gone once the removal has synced (the next batch runs after it).
    await doc.run(() => Promise.resolve());
    jest.useFakeTimers();
    await typeInto(doc, gap, "Collected from the data subjects themselves.");
    await act(async () => {
      await jest.advanceTimersByTimeAsync(3 * PAUSE_MS);
    });
    jest.useRealTimers();
    await stop();
    expect(seen).toEqual(["changed"]);
    expect(rechecks).not.toHaveBeenCalled();
  }, 60_000);

  it("below WordApi 1.6 nothing follows the typing: the list changes on Re-scan", async () => {
    const { doc, service } = await open(false);
    const gap = await sourceGap(service);
    const user = await mount(service);
    expect(service.watchParagraphs).toBeUndefined();
    jest.useFakeTimers();
    await typeInto(doc, gap, "Collected from the data subjects themselves.");
    await act(async () => {
      await jest.advanceTimersByTimeAsync(5 * PAUSE_MS);
    });
    expect(listShows(/source of the data/)).toBe(true);
    await user.click(screen.getByRole("button", { name: "Re-scan" }));
    jest.useRealTimers();
    await waitFor(() => expect(listShows(/source of the data/)).toBe(false), { timeout: 5000 });
  }, 60_000);
});
