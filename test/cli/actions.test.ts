/**
 * `actions` and `check --json`'s review over real .docx files: documents written by the fixture builder, given review
 * data through headless-word and src/word/store (the path the task pane takes), saved, then read by the CLI.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReviewData } from "../../src/core/review/model";
import { openDocx } from "../../src/headless-word";
import { REVIEW_KEY, saveReview } from "../../src/word/store";
import { buildDocxWith, heading, p, row, table } from "../fixtures/docx-builder";
import { parseCsv } from "./csv-parse";
import { runCli } from "./run-cli";

const TODAY = "2026-11-23";

const dpia = (title: string) =>
  buildDocxWith({ title }, [
    heading(`Data protection impact assessment: ${title}`, 1),
    heading("Step 2: Describe the processing", 2),
    table(row("Describe the nature of the processing.", "Bookings are taken by phone and kept for a year.")),
    heading("Step 5: Identify and assess risks", 2),
    p("Risk of disclosure of bookings: remote, minimal, low."),
  ]);

/** Writes review data into a built document through headless-word's Word API and src/word/store, and saves it. */
async function withReview(bytes: Uint8Array, review: ReviewData): Promise<Uint8Array> {
  const document = await openDocx(bytes);
  await document.run((context) => saveReview(context, review));
  return document.save();
}

/** Stores raw text under the review key (as a damaged or foreign document might hold). */
async function withRawReview(bytes: Uint8Array, raw: string): Promise<Uint8Array> {
  const document = await openDocx(bytes);
  await document.run(async (context) => {
    context.document.settings.add(REVIEW_KEY, raw);
    await context.sync();
  });
  return document.save();
}

const LIBRARY: ReviewData = {
  verdicts: [
    { section: "Step 2: Describe the processing", verdict: "improvable", note: "Say how bookings are deleted." },
    { section: "Step 5: Identify and assess risks", verdict: "to-correct", note: "Score every risk." },
  ],
  actions: [
    {
      id: "A1",
      section: "Step 2: Describe the processing",
      what: "Describe deletion after one year",
      owner: "Priya Shah",
      due: "2026-12-15",
      status: "open",
    },
    {
      id: "A2",
      section: "Step 5: Identify and assess risks",
      what: '=HYPERLINK("x") score, with "quotes"',
      owner: "Tom Akers, Head of Libraries",
      due: "2026-11-01",
      status: "open",
    },
  ],
};

const GYM: ReviewData = {
  verdicts: [{ section: "Step 2: Describe the processing", verdict: "improvable", note: "" }],
  actions: [
    {
      id: "A1",
      section: "Step 2: Describe the processing",
      what: "List the data fields",
      owner: "Sam Lee",
      due: "2026-11-30",
      status: "open",
    },
    {
      id: "A2",
      section: "Step 2: Describe the processing",
      what: "Remove the old export",
      owner: "Sam Lee",
      due: "2026-10-01",
      status: "done",
    },
  ],
};

let folder: string;
let library: string;
let gym: string;
let plain: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "dpia-actions-"));
  mkdirSync(join(folder, "sub"));
  library = join(folder, "library.docx");
  gym = join(folder, "sub", "gym.docx");
  plain = join(folder, "plain.docx");
  writeFileSync(library, await withReview(await dpia("library"), LIBRARY));
  writeFileSync(gym, await withReview(await dpia("gym"), GYM));
  writeFileSync(plain, await dpia("plain"));
}, 60_000);

describe("actions", () => {
  it("--csv prints one RFC 4180 line per action across documents, by due date, overdue first", () => {
    const result = runCli(["actions", folder, "--csv", "--today", TODAY]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(result.stdout);
    expect(header).toEqual(["file", "section", "action", "owner", "due", "status"]);
    expect(rows).toEqual([
      // Overdue (open, due before today) first; then open by due date; done last.
      [
        library,
        "Step 5: Identify and assess risks",
        `'=HYPERLINK("x") score, with "quotes"`,
        "Tom Akers, Head of Libraries",
        "2026-11-01",
        "open",
      ],
      [gym, "Step 2: Describe the processing", "List the data fields", "Sam Lee", "2026-11-30", "open"],
      [
        library,
        "Step 2: Describe the processing",
        "Describe deletion after one year",
        "Priya Shah",
        "2026-12-15",
        "open",
      ],
      [gym, "Step 2: Describe the processing", "Remove the old export", "Sam Lee", "2026-10-01", "done"],
    ]);
  });

  it("--fail-on-overdue exits 1 when an open action is past due, 0 when none is", () => {
    expect(runCli(["actions", folder, "--csv", "--today", TODAY, "--fail-on-overdue"]).status).toBe(1);
    // On 2026-10-31 nothing open is past due (the done action of 2026-10-01 does not count).
    expect(runCli(["actions", folder, "--today", "2026-10-31", "--fail-on-overdue"]).status).toBe(0);
    expect(runCli(["actions", gym, "--today", "2026-12-01", "--fail-on-overdue"]).status).toBe(1);
  });

  it("prints a readable table without --csv, marking what is overdue", () => {
    const result = runCli(["actions", library, "--today", TODAY]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^File\s+Section\s+Action\s+Owner\s+Due\s+Status$/);
    expect(lines[1]).toMatch(/^library\.docx .*2026-11-01\s+OVERDUE$/);
    expect(lines[2]).toMatch(/^library\.docx .*Describe deletion after one year.*2026-12-15\s+open$/);
    expect(lines[lines.length - 1]).toBe("2 actions, 1 overdue (as of 2026-11-23).");
  });

  it("says so when no document holds actions", () => {
    const result = runCli(["actions", plain, "--today", TODAY]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("No actions recorded in these documents.");
    expect(runCli(["actions", plain, "--csv"]).stdout).toBe("file,section,action,owner,due,status\r\n");
  });

  it("refuses a bad --today, and names a missing file with exit 2", () => {
    const bad = runCli(["actions", folder, "--today", "2026-02-30"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--today must be a date written YYYY-MM-DD/);
    const missing = runCli(["actions", join(folder, "nope.docx"), library, "--csv", "--today", TODAY]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nope.docx: no such file or folder");
    expect(parseCsv(missing.stdout)).toHaveLength(3); // the readable document is still listed
  });

  it("reports review data that is not a review, and entries it left out, on stderr", async () => {
    const broken = join(folder, "..", `broken-${process.pid}.docx`);
    writeFileSync(broken, await withRawReview(await dpia("broken"), "{ not json"));
    const result = runCli(["actions", broken, "--csv", "--today", TODAY]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken-\d+\.docx: the review data in the document is not valid JSON/);

    const partial = join(folder, "..", `partial-${process.pid}.docx`);
    const raw = JSON.stringify({
      version: 1,
      verdicts: [],
      actions: [
        { id: "A1", section: "Step 2", what: "Fix it", owner: "Jo", due: "2026-12-01", status: "open" },
        { id: "A2", section: "Step 2", what: "Date it", owner: "Jo", due: "next week", status: "open" },
      ],
    });
    writeFileSync(partial, await withRawReview(await dpia("partial"), raw));
    const read = runCli(["actions", partial, "--csv", "--today", TODAY]);
    expect(read.status).toBe(0);
    expect(read.stderr).toContain('review data: action A2: due date "next week" is not YYYY-MM-DD (left out)');
    expect(parseCsv(read.stdout).map((r) => r[2])).toEqual(["action", "Fix it"]);
  });
});

describe("check --json with review data", () => {
  it("carries the verdicts and actions kept in the document", () => {
    const result = runCli(["check", library, "--json", "--today", TODAY]);
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout) as { review: ReviewData; screening?: unknown };
    expect(json.review).toEqual(LIBRARY);
  });

  it("carries an empty review for a document without one", () => {
    const json = JSON.parse(runCli(["check", plain, "--json", "--today", TODAY]).stdout) as { review: ReviewData };
    expect(json.review).toEqual({ verdicts: [], actions: [] });
  });
});

describe("report with review data", () => {
  it("shows the open actions column once a document holds review data", () => {
    const out = join(folder, "..", `portfolio-${process.pid}.csv`);
    const withData = runCli(["report", folder, "--csv", out, "--today", TODAY]);
    expect(withData.status).toBe(0);
    const csv = parseCsv(readFileSync(out, "utf8"));
    const column = csv[0]!.indexOf("Open actions");
    expect(column).toBeGreaterThan(-1);
    const openOf = (name: string) => csv.find((r) => r[0]!.endsWith(name))?.[column];
    expect(openOf("library.docx")).toBe("2");
    expect(openOf("gym.docx")).toBe("1");
    expect(openOf("plain.docx")).toBe("—");

    const without = join(folder, "..", `portfolio-plain-${process.pid}.csv`);
    expect(runCli(["report", plain, "--csv", without, "--today", TODAY]).status).toBe(0);
    const plainCsv = parseCsv(readFileSync(without, "utf8"));
    expect(plainCsv[0]).not.toContain("Open actions");
  });
});
