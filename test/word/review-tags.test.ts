import { commentText, COMMENT_PREFIX, markTag, ourCommentId, parseMarkTag } from "../../src/word/review";

describe("mark tags", () => {
  it.each([
    ["f-1", null, null],
    ["step5|risk:2", "#FFFF00", "#FFFF00"],
    ["x", "", "mixed"],
  ])("round-trips finding %s with highlight %j", (id, original, parsed) => {
    expect(parseMarkTag(markTag(id, original))).toEqual({ findingId: id, original: parsed });
  });

  it("ignores tags that are not ours", () => {
    expect(parseMarkTag("dpia-assist:risk-summary")).toBeNull();
    expect(parseMarkTag("customer-name")).toBeNull();
  });
});

describe("comments", () => {
  it("starts with the prefix and ends with the finding id", () => {
    const text = commentText("placeholder:abc", "Choose a likelihood.");
    expect(text.startsWith(COMMENT_PREFIX)).toBe(true);
    expect(ourCommentId(text)).toBe("placeholder:abc");
  });

  it("does not claim a user's comment, even one that mentions the add-in", () => {
    expect(ourCommentId("DPIA Assist: I disagree with this finding")).toBeNull();
    expect(ourCommentId("Please check [dpia-assist:mark:x]")).toBeNull();
  });
});
