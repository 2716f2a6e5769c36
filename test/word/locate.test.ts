import { escapeSearch, hitsFor, matchPositions, planSearch, SEARCH_LIMIT } from "../../src/word/locate";

describe("planSearch", () => {
  it("searches a short single-line text as one piece", () => {
    expect(planSearch("Remote, possible or probable")).toEqual({
      head: { text: "Remote, possible or probable", offset: 0 },
    });
  });

  it("splits a multi-line text into its first and last lines", () => {
    const plan = planSearch("Remote, possible\nor probable");
    expect(plan).toEqual({ head: { text: "Remote, possible", offset: 0 }, tail: { text: "or probable", offset: 17 } });
  });

  it("keeps every piece within Word's 255-character limit, counting escaped carets twice", () => {
    const long = "a^".repeat(200);
    const plan = planSearch(long)!;
    expect(escapeSearch(plan.head.text).length).toBeLessThanOrEqual(SEARCH_LIMIT);
    expect(escapeSearch(plan.tail!.text).length).toBeLessThanOrEqual(SEARCH_LIMIT);
    expect(plan.tail!.offset + plan.tail!.text.length).toBe(long.length);
  });

  it("returns null when there is nothing to search for", () => {
    expect(planSearch("  \n ")).toBeNull();
  });
});

describe("hitsFor", () => {
  it("picks the search hit of the wanted occurrence", () => {
    const text = "Yes / No — if No, why? Yes / No";
    const plan = planSearch("Yes / No")!;
    expect(hitsFor(text, "Yes / No", 1, plan)).toEqual({ head: 1, position: text.lastIndexOf("Yes / No") });
  });

  it("maps a long text to its head and tail hits even when the pieces recur", () => {
    const find = `${"x".repeat(300)}END`;
    const text = `intro ${"x".repeat(10)} ${find} outro END`;
    const plan = planSearch(find)!;
    const hits = hitsFor(text, find, 0, plan)!;
    expect(hits.position).toBe(text.indexOf(find));
    expect(matchPositions(text, plan.head.text)[hits.head]).toBe(hits.position);
    expect(matchPositions(text, plan.tail!.text)[hits.tail!]).toBe(hits.position + plan.tail!.offset);
  });

  it("treats Word's paragraph and line-break codes as the model's newlines", () => {
    const plan = planSearch("first\nsecond")!;
    expect(hitsFor("zero\rfirst\u000bsecond", "first\nsecond", 0, plan)).toEqual({ head: 0, tail: 0, position: 5 });
  });

  it("returns null when the text no longer holds the occurrence", () => {
    const plan = planSearch("TBC")!;
    expect(hitsFor("TBC", "TBC", 1, plan)).toBeNull();
    expect(hitsFor("done", "TBC", 0, plan)).toBeNull();
  });
});
