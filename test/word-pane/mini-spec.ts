/**
 * The describe / it / expect the contract specs use (test/contract/support/spec-types.ts), for the test task pane
 * where Jest cannot run. Specs run one at a time, in the order they were declared, as Jest runs one file.
 */
import type { Matchers, SpecApi, SpecBody } from "../contract/support/spec-types";

export interface SpecResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

interface Spec {
  name: string;
  body: SpecBody;
  timeout: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const specs: Spec[] = [];
const path: string[] = [];

export class AssertionError extends Error {
  override name = "AssertionError";
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (v instanceof RegExp ? String(v) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Jest's toEqual: recursive, properties that are undefined count as absent. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => a[k] !== undefined || b[k] !== undefined));
  return [...keys].every((k) => deepEqual(a[k], b[k]));
}

/** Jest's toMatchObject: every property of `expected` is in `actual` (recursively); arrays match element-wise. */
export function matchesObject(actual: unknown, expected: unknown): boolean {
  if (!isObject(expected)) return deepEqual(actual, expected);
  if (!isObject(actual)) return false;
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => matchesObject(actual[index], item))
    );
  return Object.keys(expected).every((k) => k in actual && matchesObject(actual[k], expected[k]));
}

function matchers(actual: unknown, negated: boolean): Matchers {
  const check = (pass: boolean, what: string): void => {
    if (pass === negated)
      throw new AssertionError(`expected ${show(actual)} ${negated ? "not " : ""}${what}`.slice(0, 2000));
  };
  const api = {
    toBe: (expected: unknown) => check(Object.is(actual, expected), `to be ${show(expected)}`),
    toEqual: (expected: unknown) => check(deepEqual(actual, expected), `to equal ${show(expected)}`),
    toMatchObject: (expected: object) => check(matchesObject(actual, expected), `to match ${show(expected)}`),
    toContain: (expected: unknown) =>
      check(
        typeof actual === "string"
          ? typeof expected === "string" && actual.includes(expected)
          : Array.isArray(actual) && actual.includes(expected),
        `to contain ${show(expected)}`,
      ),
    toMatch: (expected: RegExp | string) =>
      check(
        typeof actual === "string" &&
          (typeof expected === "string" ? actual.includes(expected) : expected.test(actual)),
        `to match ${show(expected)}`,
      ),
    toHaveLength: (expected: number) =>
      check(isObject(actual) && (actual as { length?: unknown }).length === expected, `to have length ${expected}`),
    toBeUndefined: () => check(actual === undefined, "to be undefined"),
    toBeGreaterThan: (expected: number) =>
      check(typeof actual === "number" && actual > expected, `to be greater than ${expected}`),
  };
  return {
    ...api,
    get not() {
      return matchers(actual, !negated);
    },
  } as Matchers;
}

export const miniSpec: SpecApi = {
  describe(name, body) {
    path.push(name);
    try {
      body();
    } finally {
      path.pop();
    }
  },
  it(name, body, timeout = DEFAULT_TIMEOUT_MS) {
    specs.push({ name: [...path, name].join(" › "), body, timeout });
  },
  expect: (actual) => matchers(actual, false),
};

/** Names of the specs declared so far. */
export function declaredSpecs(): string[] {
  return specs.map((s) => s.name);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const office = error as Error & { code?: string; debugInfo?: { errorLocation?: string } };
    const where = office.debugInfo?.errorLocation ? ` at ${office.debugInfo.errorLocation}` : "";
    return office.code ? `${office.code}${where}: ${error.message}` : `${error.name}: ${error.message}`;
  }
  return String(error);
}

/** Runs every declared spec in order; `onResult` sees each result as it comes. */
export async function runSpecs(onResult: (result: SpecResult) => void = () => undefined): Promise<SpecResult[]> {
  const results: SpecResult[] = [];
  for (const spec of specs) {
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${spec.timeout} ms`)), spec.timeout);
    });
    let result: SpecResult;
    try {
      // Specs are sequential on purpose: they share the one document Word has open.
      await Promise.race([Promise.resolve().then(spec.body), timeout]);
      result = { name: spec.name, ok: true, ms: Math.round(performance.now() - started) };
    } catch (error) {
      result = { name: spec.name, ok: false, ms: Math.round(performance.now() - started), error: describeError(error) };
    } finally {
      clearTimeout(timer);
    }
    results.push(result);
    onResult(result);
  }
  return results;
}
