import { isIsoDate, parseArgs, UsageError } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads check with files, folders and every option", () => {
    expect(
      parseArgs([
        "check",
        "a.docx",
        "dir",
        "--json",
        "--matrix",
        "nhs-5x5",
        "--org=private",
        "--today",
        "2026-01-31",
        "--fail-on-gaps",
      ]),
    ).toEqual({
      command: "check",
      paths: ["a.docx", "dir"],
      json: true,
      failOnGaps: true,
      matrix: "nhs-5x5",
      organisation: "private",
      today: "2026-01-31",
    });
  });

  it("reads annotate with --risk-table", () => {
    expect(parseArgs(["annotate", "in.docx", "out.docx", "--risk-table"])).toEqual({
      command: "annotate",
      input: "in.docx",
      output: "out.docx",
      riskTable: true,
    });
  });

  it.each([
    [["frobnicate"], /unknown command/],
    [["check"], /at least one file/],
    [["check", "a.docx", "--matrix", "ico-9x9"], /unknown matrix/],
    [["check", "a.docx", "--org", "charity"], /public-authority or private/],
    [["check", "a.docx", "--today", "2026-02-30"], /YYYY-MM-DD/],
    [["check", "a.docx", "--today"], /needs a value/],
    [["check", "a.docx", "--risk-table"], /unknown option --risk-table/],
    [["annotate", "in.docx"], /exactly/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it("knows real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("10.12.24")).toBe(false);
  });
});
