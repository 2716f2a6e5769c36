import fc from "fast-check";
import { clearTextMemos, normalise } from "../../../src/core/detect/text";
import { textReader, type ReaderPattern } from "../../../src/core/templates/features";

/**
 * The text reader answers per paragraph what a search of the whole text (paragraphs normalised, joined by line breaks)
 * answers, except for a match that runs from one paragraph into the next; and after a few lines change, what it
 * answers from the texts read before equals what a fresh read answers.
 */

const PATTERNS = [
  /\bico\b|\binformation commissioner\b/,
  /\barticle 6\s*\(1\)/,
  /\bconclusion\b.{0,20}\bdecision\b/,
  /£/,
  /^1\. /,
  /\bend of text$/,
];
const [ico, article6, conclusion, pound, anchoredStart, anchoredEnd] = PATTERNS;
/** The patterns read up to `readChars` (all of the text when Infinity). */
const reaching = (readChars: number): ReaderPattern[] =>
  readChars === Infinity ? PATTERNS : PATTERNS.map((pattern) => ({ pattern, readChars }));

/** The whole-text answer, as recognisers asked before: the joined text, cut at `readChars`. */
function wholeText(lines: string[], pattern: RegExp, readChars = Infinity): boolean {
  const text = lines.map(normalise).join("\n");
  return pattern.test(text.length > readChars ? text.slice(0, readChars) : text);
}

beforeEach(() => clearTextMemos());

describe("textReader", () => {
  it.each([
    [["We consulted the ICO."], ico, true],
    [["Iconic design."], ico, false],
    [["Basis: Article 6(1)(e) applies."], article6, true],
    [["Basis: Article   6 (1)(e) applies."], article6, true],
    [["In conclusion, the decision is to go ahead."], conclusion, true],
    [["Conclusion", "Decision: proceed"], conclusion, false],
    [["Prices in £ sterling."], pound, true],
    [["Nothing here.", "Still nothing."], pound, false],
    [["First line.", "Last: end of text"], anchoredEnd, true],
    [["1. Opening question"], anchoredStart, true],
  ])("%j: %s → %s, as the whole text answers", (lines, pattern, expected) => {
    const features = textReader(PATTERNS).read(lines);
    expect(features.has(pattern)).toBe(expected);
    expect(wholeText(lines, pattern)).toBe(expected);
  });

  it("does not count a match that runs from one paragraph into the next (the whole text would)", () => {
    const lines = ["The lawful basis is Article 6", "(1)(e), a public task."];
    expect(wholeText(lines, article6)).toBe(true);
    expect(textReader(PATTERNS).read(lines).has(article6)).toBe(false);
    // The paragraph that runs on still counts when it holds a match of its own.
    const own = ["Article 6(1)(a) consent, or Article 6", "(1)(e)."];
    expect(textReader(PATTERNS).read(own).has(article6)).toBe(true);
  });

  it("asks anchored patterns of each paragraph on its own", () => {
    const lines = ["Intro.", "1. Second paragraph", "Not the end of text", "Really."];
    const features = textReader(PATTERNS).read(lines);
    expect(features.has(anchoredStart)).toBe(true);
    expect(features.has(anchoredEnd)).toBe(true);
  });

  it("reads only the first readChars characters when asked to, cutting the paragraph that crosses the limit", () => {
    const lines = ["Opening words here.", "Our office: the ICO in Wilmslow, prices in £."];
    const icoAt = lines.map(normalise).join("\n").indexOf("ico");
    for (const readChars of [5, icoAt, icoAt + 2, icoAt + 3, icoAt + 4, 60, 1000]) {
      const features = textReader(reaching(readChars)).read(lines);
      for (const pattern of [ico, pound])
        expect(features.has(pattern, readChars)).toBe(wholeText(lines, pattern, readChars));
    }
  });

  it("counts numbered questions and check boxes per paragraph", () => {
    const features = textReader(PATTERNS).read([
      "1.1 What data?",
      "3a: Who sees it?",
      "1. Intro",
      "☐ Yes ☒ No",
      "Plain",
    ]);
    expect(features.numberedQuestions).toBe(2);
    expect(features.checkBoxes).toBe(1);
  });

  it("refuses a pattern it was not made with, or asked further than it was made to read", () => {
    expect(() => textReader(PATTERNS).read(["x"]).has(/x/)).toThrow(RangeError);
    expect(() => textReader(reaching(50)).read(["x"]).has(ico)).toThrow(RangeError);
    expect(() => textReader(PATTERNS).read(["x"]).has(ico, 50)).toThrow(RangeError);
  });

  const base = [
    "Step 1: identify the need.",
    "We consulted the ICO.",
    "Prices in £.",
    "Conclusion and decision: approve.",
    "1.1 Who is affected?",
    "☐ Yes",
    "The lawful basis is Article 6",
    "(1)(e).",
    "Later the Information Commissioner was told.",
  ];
  const edits: [string, (lines: string[]) => void][] = [
    ["the first line holding a pattern loses it", (l) => (l[1] = "We consulted nobody.")],
    ["a line before the first gains it", (l) => (l[0] = "Step 1: ask the ICO.")],
    ["the only line holding a pattern loses it", (l) => (l[2] = "Prices in euro.")],
    ["a line gains a pattern nobody held", (l) => (l[0] = "Article 6(1)(f) applies.")],
    ["a run-on line is completed", (l) => (l[6] = "The lawful basis is Article 6(1)(e)")],
    ["counts change", (l) => ((l[4] = "Who is affected?"), (l[5] = "Yes"), (l[0] = "2.1 Why? ☒"))],
    ["the first holder changes and a later one stays", (l) => ((l[1] = "nothing"), (l[3] = "nothing"))],
    ["lengths before a limit change", (l) => (l[0] = "x".repeat(40))],
    ["nothing changes", () => undefined],
  ];

  it.each(edits)("after an edit (%s) answers as a fresh read", (_, edit) => {
    for (const readChars of [Infinity, 20, 45, 60, 120]) {
      clearTextMemos();
      const reader = textReader(reaching(readChars));
      const first = reader.read(base);
      // Half the patterns asked before the edit, so both kept and not yet asked answers are carried over.
      PATTERNS.slice(0, 4).forEach((pattern) => first.has(pattern, readChars));
      const edited = base.slice();
      edit(edited);
      const again = reader.read(edited);
      const fresh = textReader(reaching(readChars)).read(edited.map((line) => `${line}`));
      for (const pattern of PATTERNS)
        expect([String(pattern), readChars, again.has(pattern, readChars)]).toEqual([
          String(pattern),
          readChars,
          fresh.has(pattern, readChars),
        ]);
      expect(again.numberedQuestions).toBe(fresh.numberedQuestions);
      expect(again.checkBoxes).toBe(fresh.checkBoxes);
    }
  });

  it("after random edits, with every pattern asked before, answers as a fresh read at any reach", () => {
    const WORDS = [
      "ico",
      "information commissioner",
      "article 6",
      "(1)",
      "£",
      "1. ",
      "conclusion",
      "decision",
      "end of text",
      "x",
      "  ",
    ];
    const line = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), line), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(Infinity, 8, 25, 50, 90),
        (lines, edits, readChars) => {
          clearTextMemos();
          const reader = textReader(reaching(readChars));
          const first = reader.read(lines);
          for (const pattern of PATTERNS) first.has(pattern, readChars);
          const edited = lines.slice();
          for (const [at, text] of edits) edited[at % edited.length] = text;
          const again = reader.read(edited);
          const fresh = textReader(reaching(readChars)).read(edited.map((l) => `${l}`));
          for (const pattern of PATTERNS) expect(again.has(pattern, readChars)).toBe(fresh.has(pattern, readChars));
        },
      ),
      { numRuns: 3000, seed: 18 },
    );
  });
});
