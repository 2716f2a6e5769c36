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

  it("reads fill with repeated --answer, an answers file and --law", () => {
    expect(
      parseArgs([
        "fill",
        "in.docx",
        "out.docx",
        "--answer",
        "placeholder-1=Possible",
        "--answer=unanswered-2 = Yes, with = sign",
        "--answers",
        "a.json",
        "--law",
        "eu-gdpr",
      ]),
    ).toEqual({
      command: "fill",
      input: "in.docx",
      output: "out.docx",
      answers: [
        { id: "placeholder-1", label: "Possible" },
        { id: "unanswered-2", label: "Yes, with = sign" },
      ],
      answersFile: "a.json",
      law: "eu-gdpr",
    });
  });

  it("reads report with its outputs and --jobs", () => {
    expect(
      parseArgs(["report", "dir", "--html", "r.html", "--csv", "r.csv", "--jobs", "2", "--today", "2026-01-31"]),
    ).toEqual({
      command: "report",
      paths: ["dir"],
      html: "r.html",
      csv: "r.csv",
      jobs: 2,
      matrix: undefined,
      today: "2026-01-31",
    });
  });

  it("gives generated help for each command, naming its own options", () => {
    const check = parseArgs(["check", "--help"]);
    const fill = parseArgs(["fill", "--help"]);
    expect(check.command).toBe("help");
    expect(fill.command).toBe("help");
    if (check.command !== "help" || fill.command !== "help") return;
    expect(check.text).toMatch(/--fail-on-gaps/);
    expect(check.text).not.toMatch(/--answer\b/);
    expect(fill.text).toMatch(/--answers <answers\.json>/);
    expect(fill.text).not.toMatch(/--fail-on-gaps/);
    const root = parseArgs([]);
    expect(root.command === "help" && root.text).toMatch(/check[\s\S]*annotate[\s\S]*fill[\s\S]*report/);
  });

  it.each([
    [["frobnicate"], /unknown command/],
    [["check", "a.docx", "--law", "ca-ccpa"], /--law must be/],
    [["fill", "in.docx", "out.docx"], /needs --answer/],
    [["fill", "in.docx", "out.docx", "--answer", "no-equals"], /<finding-id>=<answer label>/],
    [["fill", "in.docx", "out.docx", "extra.docx", "--answer", "a=b"], /exactly/],
    [["report", "dir"], /needs --html/],
    [["report", "--html", "r.html"], /at least one file/],
    [["annotate", "in.docx", "out.docx", "--jobs", "2"], /unknown option --jobs/],
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
