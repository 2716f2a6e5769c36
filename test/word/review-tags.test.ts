import type { Finding } from "../../src/core/report";
import { commentText, COMMENT_PREFIX, markEditsFor, markTag, ourCommentId, parseMarkTag } from "../../src/word/review";

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

describe("markEditsFor", () => {
  const base: Finding = {
    id: "f1",
    kind: "placeholder",
    severity: "warning",
    section: "Step 5",
    message: "Choose the likelihood of harm.",
    short: "Likelihood still template text",
    messageId: "optionList",
    data: {},
    text: "Remote, possible or probable",
    ref: { table: 8, row: 1, cell: 1 },
    expected: "Remote, possible or probable",
    check: "placeholder",
    answers: [{ label: "Remote", text: "Remote", why: "Harm is unlikely to happen." }],
  };

  it("marks the placeholder inside its target; the comment is short: the message, then the first guided answer", () => {
    const [edit] = markEditsFor([
      {
        ...base,
        target: "possible",
        expected: "Remote, possible or probable",
        answers: [...base.answers!, { label: "Possible", text: "Possible", why: "Harm could happen." }],
      },
    ]);
    expect(edit).toMatchObject({
      kind: "mark",
      ref: base.ref,
      expected: base.expected,
      find: "possible",
      findingId: "f1",
    });
    expect(edit!.comment).toBe("Choose the likelihood of harm.\nSuggested: Remote");
  });

  it("marks the whole slot when the finding's text is not inside it (an unanswered question)", () => {
    const [edit] = markEditsFor([
      { ...base, kind: "unanswered", text: "Describe the nature of the processing", expected: "" },
    ]);
    expect(edit!.find).toBeUndefined();
  });
});
