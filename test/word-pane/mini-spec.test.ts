/**
 * The test pane's expect must judge as Jest's does, or a spec could pass in Jest and fail in Word (or the reverse)
 * for the harness's sake alone. Each case runs through both and must agree; each matcher has passing and failing
 * cases.
 */
import { declaredSpecs, miniSpec, runSpecs } from "./mini-spec";
import type { Matchers } from "../contract/support/spec-types";

type Case = [string, unknown, keyof Omit<Matchers, "not">, unknown[]];

const cases: Case[] = [
  ["same number", 3, "toBe", [3]],
  ["different object identity", { a: 1 }, "toBe", [{ a: 1 }]],
  ["NaN is NaN", NaN, "toBe", [NaN]],
  ["nested arrays equal", [["a", 1]], "toEqual", [[["a", 1]]]],
  ["nested arrays differ", [["a", 1]], "toEqual", [[["a", 2]]]],
  ["undefined property ignored", { a: 1, b: undefined }, "toEqual", [{ a: 1 }]],
  ["array vs object", [], "toEqual", [{}]],
  ["longer array", [1, 2], "toEqual", [[1]]],
  ["null vs object", null, "toEqual", [{}]],
  ["subset object", { a: 1, b: { c: 2, d: 3 } }, "toMatchObject", [{ b: { c: 2 } }]],
  ["subset mismatch", { a: 1 }, "toMatchObject", [{ a: 2 }]],
  ["missing key", { a: 1 }, "toMatchObject", [{ z: undefined }]],
  ["string contains", "hello world", "toContain", ["lo w"]],
  ["array contains", ["a", "b"], "toContain", ["b"]],
  ["array lacks", ["a"], "toContain", ["c"]],
  ["regex match", "{ABC-1}", "toMatch", [/^\{[A-Z-0-9]+\}$/]],
  ["regex miss", "abc", "toMatch", [/^b/]],
  ["length", [1, 2, 3], "toHaveLength", [3]],
  ["length miss", "ab", "toHaveLength", [3]],
  ["undefined", undefined, "toBeUndefined", []],
  ["not undefined", null, "toBeUndefined", []],
  ["greater", 2, "toBeGreaterThan", [1]],
  ["not greater", 1, "toBeGreaterThan", [1]],
];

function passes(run: () => void): boolean {
  try {
    run();
    return true;
  } catch {
    return false;
  }
}

describe("the pane's expect agrees with Jest's", () => {
  it.each(cases)("%s", (_name, actual, matcher, args) => {
    const call = (m: unknown) => (m as Record<string, (...a: unknown[]) => void>)[matcher](...args);
    const jest = passes(() => call(expect(actual)));
    expect(passes(() => call(miniSpec.expect(actual)))).toBe(jest);
    expect(passes(() => call(miniSpec.expect(actual).not))).toBe(!jest);
  });

  it("has cases that pass and cases that fail for every matcher", () => {
    const outcomes = new Map<string, Set<boolean>>();
    for (const [, actual, matcher, args] of cases) {
      const seen = outcomes.get(matcher) ?? new Set<boolean>();
      seen.add(
        passes(() =>
          (miniSpec.expect(actual) as unknown as Record<string, (...a: unknown[]) => void>)[matcher](...args),
        ),
      );
      outcomes.set(matcher, seen);
    }
    for (const [matcher, seen] of outcomes) expect([matcher, seen.size]).toEqual([matcher, 2]);
    expect(outcomes.size).toBe(8);
  });
});

describe("the pane's runner", () => {
  it("runs specs in order under their describe names and reports each failure with its Office code", async () => {
    const order: string[] = [];
    miniSpec.describe("outer", () => {
      miniSpec.it("passes", () => {
        order.push("passes");
      });
      miniSpec.describe("inner", () => {
        miniSpec.it("fails an expectation", () => {
          order.push("fails");
          miniSpec.expect([1]).toEqual([2]);
        });
      });
      miniSpec.it("rejects like a failed sync", async () => {
        order.push("rejects");
        throw Object.assign(new Error("no table"), {
          code: "ItemNotFound",
          debugInfo: { errorLocation: "TableCollection.getFirst" },
        });
      });
      miniSpec.it("times out", () => new Promise<void>(() => undefined), 50);
    });
    expect(declaredSpecs()).toEqual([
      "outer › passes",
      "outer › inner › fails an expectation",
      "outer › rejects like a failed sync",
      "outer › times out",
    ]);
    const seen: string[] = [];
    const results = await runSpecs((r) => seen.push(r.name));
    expect(order).toEqual(["passes", "fails", "rejects"]);
    expect(seen).toEqual(declaredSpecs());
    expect(results.map((r) => [r.ok, r.error])).toEqual([
      [true, undefined],
      [false, "AssertionError: expected [1] to equal [2]"],
      [false, "ItemNotFound at TableCollection.getFirst: no table"],
      [false, "Error: timed out after 50 ms"],
    ]);
  });
});
