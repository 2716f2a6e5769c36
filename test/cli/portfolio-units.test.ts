import { csvField } from "../../src/cli/portfolio/csv";
import { esc } from "../../src/cli/portfolio/html";
import { progressText, startProgress } from "../../src/cli/progress";
import type { Output } from "../../src/cli/output";

describe("CSV fields", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["12 / 27", "12 / 27"],
  ])("%j is written %j", (value, written) => {
    expect(csvField(value)).toBe(written);
  });
});

describe("HTML escaping", () => {
  it("leaves no markup or attribute break in document text", () => {
    expect(esc(`<img src=x onerror="a('b')">&`)).toBe("&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;");
  });
});

describe("progress", () => {
  it("reads count / total, the file's name and the elapsed seconds", () => {
    expect(progressText(12, 200, "/data/team a/dpia.docx", 3420)).toBe("reading 12/200  dpia.docx  3.4 s");
  });

  it("redraws at most ten times a second but always shows the last file, and clears the line at the end", () => {
    const shown: string[] = [];
    const out: Output = {
      stdout: () => undefined,
      stderr: () => undefined,
      debug: () => undefined,
      progress: (t) => shown.push(t),
    };
    let now = 0;
    const progress = startProgress(4, out, () => now);
    for (const [t, file] of [
      [10, "a.docx"],
      [50, "b.docx"],
      [200, "c.docx"],
      [210, "d.docx"],
    ] as const) {
      now = t;
      progress.tick(file);
    }
    progress.done();
    expect(shown).toEqual([
      "reading 1/4  a.docx  0.0 s",
      "reading 3/4  c.docx  0.2 s",
      "reading 4/4  d.docx  0.2 s",
      "",
    ]);
  });

  it("writes nothing when the output has no progress line (a pipe)", () => {
    const lines: string[] = [];
    const out: Output = { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l), debug: () => undefined };
    const progress = startProgress(1, out);
    progress.tick("a.docx");
    progress.done();
    expect(lines).toEqual([]);
  });
});
