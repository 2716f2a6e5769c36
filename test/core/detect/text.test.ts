/**
 * The text helpers' fast paths must agree with their plain definitions: normalise() skips tidy text, oneLine
 * skips tidy text, contentLines is shared between callers.
 */
import fc from "fast-check";
import { clearTextMemos, contentLines, normalise, oneLine } from "../../../src/core/detect/text";

/** normalise() as first written, without memo or shortcuts. */
function plainNormalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0\u000b]+/g, " ")
    .trim();
}

/** Characters that exercise every step: spaces of all kinds, quotes, compatibility forms, combining marks, Σ. */
const tricky = fc.constantFrom(
  ..."aZ Σς\u00a0\u000b\t\n\r\u2003\u3000\ufeff\u2018\u2019\u201b\u201c\u201d\u2013\u2026\ufb01\u2460\u0301e\u0130\u212b:*•-".split(
    "",
  ),
);
const text = fc.array(tricky, { maxLength: 12 }).map((chars) => chars.join(""));

afterEach(() => clearTextMemos());

describe("normalise", () => {
  it("equals the plain definition, for a text and for its parts joined by line breaks", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (parts) => {
        clearTextMemos();
        for (const part of parts) expect(normalise(part)).toBe(plainNormalise(part));
        const joined = parts.join("\n");
        expect(normalise(joined)).toBe(plainNormalise(joined));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("oneLine", () => {
  it("collapses whitespace and trims exactly as the plain definition, whether or not the text was tidy", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(oneLine(t)).toBe(t.replace(/[\s\u00a0\u000b]+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("contentLines", () => {
  it("lists the non-blank lines without bullets, as a frozen array shared by callers", () => {
    const lines = contentLines("• First\n\u000b  \n- Second\u000b\u00a0\n3. Third");
    expect(lines).toEqual(["First", "Second", "Third"]);
    expect(Object.isFrozen(lines)).toBe(true);
    expect(contentLines("• First\n\u000b  \n- Second\u000b\u00a0\n3. Third")).toBe(lines);
  });
});
