/**
 * The build check of DESIGN.md § Style: every check file is in the registry (sorted, no duplicates), has its own
 * test file and its own page in docs/checks, and its meta is well formed.
 */
import { existsSync, readdirSync } from "fs";
import * as path from "path";
import { CHECKS } from "../../../src/core/checks/registry";
import { FINDING_KINDS } from "../../../src/core/report";

const ROOT = path.resolve(__dirname, "../../..");
const CHECK_DIR = path.join(ROOT, "src/core/checks");
const NOT_CHECKS = new Set(["types.ts", "registry.ts", "index.ts"]);
const files = readdirSync(CHECK_DIR).filter((f) => f.endsWith(".ts") && !NOT_CHECKS.has(f));
const ids = files.map((f) => f.replace(/\.ts$/, ""));

/** A check's tests live beside the others, or with the risk engine's tests for the risk checks. */
function testFileOf(id: string): string | undefined {
  return [
    path.join(ROOT, "test/core/checks", `${id}.test.ts`),
    path.join(ROOT, "test/core/risk/checks", `${id}.test.ts`),
  ].find(existsSync);
}

describe("check registry", () => {
  it("lists the checks sorted by id, without duplicates", () => {
    const registered = CHECKS.map((c) => c.meta.id);
    expect(registered).toEqual([...registered].sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it.each(ids)("%s is registered", (id) => {
    expect(CHECKS.map((c) => c.meta.id)).toContain(id);
  });

  it("registers nothing that has no file", () => {
    for (const check of CHECKS) expect(ids).toContain(check.meta.id);
  });

  it.each(ids)("%s has a test file", (id) => {
    expect(testFileOf(id)).toBeDefined();
  });

  it.each(ids)("%s has a page in docs/checks", (id) => {
    expect(existsSync(path.join(ROOT, "docs/checks", `${id}.md`))).toBe(true);
  });

  it.each(CHECKS.map((c) => [c.meta.id, c] as const))("%s has a well-formed meta", (_, check) => {
    expect(FINDING_KINDS).toContain(check.meta.kind);
    expect(check.meta.description.length).toBeGreaterThan(10);
    expect(Object.keys(check.meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(check.meta.messages)) expect(message.trim()).not.toBe("");
  });
});
