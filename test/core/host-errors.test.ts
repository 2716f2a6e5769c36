import { describeHostError, errorLocation, explainHostError } from "../../src/core/host-errors";

describe("host error table", () => {
  it.each([
    ["NotAllowed", /not allow/i, /protected|read-only|by hand/],
    ["SearchStringInvalidOrTooLong", /search/i, /Scan again/],
    ["ItemNotFound", /no longer there/, /Scan again/],
    ["InvalidArgument", /did not accept/, /Scan again/],
    ["GeneralException", /could not complete/, /Try again/],
  ])("%s gets a plain message and a next step", (code, message, next) => {
    const explained = explainHostError({
      code,
      message: "Sorry, something went wrong.",
      debugInfo: { errorLocation: "Range.insertText" },
    });
    expect(explained).toMatchObject({ code, location: "Range.insertText" });
    expect(explained.message).toMatch(message);
    expect(explained.next).toMatch(next);
  });

  it.each([
    [11001, /network problem/i],
    [5001, /internal error/i],
    [5002, /Restrict Editing/],
    [1007, /too large/],
  ])("File API error %s is explained, with the fallback read as the next step where there is one", (code, message) => {
    const explained = explainHostError({ code, name: "x", message: "x" });
    expect(explained.code).toBe(String(code));
    expect(explained.message).toMatch(message);
    expect(explained.next.length).toBeGreaterThan(10);
  });

  it("explains anything else by the first line of its message, never a stack trace", () => {
    expect(explainHostError(new Error("Disk full\n    at x (y.js:1)"))).toMatchObject({
      code: "unknown",
      message: "Disk full",
    });
    expect(explainHostError(undefined).message).toBe("Something unexpected went wrong.");
    expect(errorLocation({ debugInfo: {} })).toBeUndefined();
    expect(describeHostError({ code: "ItemNotFound" })).toMatch(/no longer there\. Scan again/);
  });
});
