/**
 * The subset of Jest's describe / it / expect the contract specs may use. Under Jest these are Jest's own
 * functions; in the test task pane inside Word they are test/word-pane/mini-spec.ts. Typing the specs against this
 * subset is what keeps them runnable in both places: a matcher the pane does not implement does not compile.
 */
export interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toContain(expected: unknown): void;
  toMatch(expected: RegExp | string): void;
  toHaveLength(expected: number): void;
  toBeUndefined(): void;
  toBeGreaterThan(expected: number): void;
  readonly not: Omit<Matchers, "not">;
}

export type SpecBody = () => Promise<void> | void;

export interface SpecApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: SpecBody, timeout?: number): void;
  expect(actual: unknown): Matchers;
}
