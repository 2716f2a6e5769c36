import { byPosition } from "../../../src/core/detect/by-position";
import { clearTextMemos } from "../../../src/core/detect/text";

describe("byPosition", () => {
  const reader = () => {
    const calls: string[] = [];
    const read = byPosition((text: string) => {
      calls.push(text);
      return text.length;
    });
    return { calls, pass: (texts: string[]) => texts.map((t, i) => read(t, i)) };
  };

  it("answers as the memo for every text, asking it only of texts not read at (or next to) that place last time", () => {
    const { calls, pass } = reader();
    expect(pass(["a", "bb", "ccc"])).toEqual([1, 2, 3]);
    expect(pass(["a", "bb", "ccc"])).toEqual([1, 2, 3]);
    expect(calls).toEqual(["a", "bb", "ccc"]);
    // A part added: only it is asked; the ones after it are found one place further on.
    expect(pass(["a", "dddd", "bb", "ccc"])).toEqual([1, 4, 2, 3]);
    expect(calls).toEqual(["a", "bb", "ccc", "dddd"]);
    // A part taken out, one edited.
    expect(pass(["a", "bb", "cc"])).toEqual([1, 2, 2]);
    expect(calls).toEqual(["a", "bb", "ccc", "dddd", "cc"]);
  });

  it("compares with the pass before, even one that stopped early", () => {
    const { calls, pass } = reader();
    pass(["a", "bb", "ccc"]);
    expect(pass(["a"])).toEqual([1]);
    expect(pass(["a", "bb", "ccc"])).toEqual([1, 2, 3]);
    expect(calls).toEqual(["a", "bb", "ccc", "bb", "ccc"]);
  });

  it("lets the passes go with the text memos (a scan's texts are not kept alive after it)", () => {
    const { calls, pass } = reader();
    pass(["a", "bb"]);
    clearTextMemos();
    expect(pass(["a", "bb"])).toEqual([1, 2]);
    expect(calls).toEqual(["a", "bb", "a", "bb"]);
  });
});
