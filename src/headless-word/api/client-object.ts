/**
 * The Office.js proxy model: objects are placeholders until `context.sync()`. Reading a property that was
 * not loaded and synced throws PropertyNotLoaded; writes and method calls are queued and run, in order, at
 * the next sync; a failing action rejects the sync with an Office error code (earlier actions stay applied,
 * as in Word, which has no rollback).
 */
import { ErrorCodes, HeadlessOfficeError, officeError } from "../errors";
import { parseLoad, emptyTree, type LoadArg, type LoadTree } from "./load-spec";
import type { Session } from "./session";

/** Collects what a sync publishes once every action has succeeded. */
export interface Stage {
  publish(fn: () => void): void;
}

interface Action {
  location: string;
  run(stage: Stage): void;
}

export class HeadlessContext {
  private queue: Action[] = [];
  /** Accepted for compatibility: headless objects never expire between syncs. */
  readonly trackedObjects = { add: (_: unknown): void => undefined, remove: (_: unknown): void => undefined };
  readonly debugInfo = {};
  private documentProxy?: unknown;

  constructor(
    readonly session: Session,
    private readonly makeDocument: (context: HeadlessContext) => unknown,
  ) {}

  get document(): unknown {
    this.documentProxy ??= this.makeDocument(this);
    return this.documentProxy;
  }

  enqueue(location: string, run: (stage: Stage) => void): void {
    this.queue.push({ location, run });
  }

  /** Word.run syncs what the batch queued after its last sync. */
  async syncIfPending(): Promise<void> {
    if (this.queue.length > 0) await this.sync();
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const queue = this.queue;
    this.queue = [];
    this.session.syncCount++;
    // A real sync is a round trip: let the caller's other promises run first.
    await Promise.resolve();
    const published: Array<() => void> = [];
    const stage: Stage = { publish: (fn) => published.push(fn) };
    for (const action of queue) {
      try {
        action.run(stage);
      } catch (error) {
        // Writes and method calls on a null object are ignored (check isNullObject to know).
        if (error instanceof NullObjectError) continue;
        if (error instanceof HeadlessOfficeError) {
          error.debugInfo.errorLocation ??= action.location;
          throw error;
        }
        const message = error instanceof Error ? error.message : String(error);
        const wrapped = officeError(
          ErrorCodes.generalException,
          `An internal error has occurred: ${message}`,
          action.location,
        );
        (wrapped as { cause?: unknown }).cause = error;
        throw wrapped;
      }
    }
    for (const fn of published) fn();
    return passThroughValue as T;
  }
}

export const NOT_A_PROPERTY = Symbol("not-a-property");

/** ItemNotFound raised by an operation on a null object. */
export class NullObjectError extends HeadlessOfficeError {
  constructor(typeName: string) {
    super(ErrorCodes.itemNotFound, "The requested item was not found (null object).", typeName);
  }
}

export function propertyNotLoaded(typeName: string, name: string): HeadlessOfficeError {
  return officeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${name}`,
  );
}

/** What a parent needs of a navigation property's object. */
export interface Loadable {
  loadNow(tree: LoadTree, stage: Stage): void;
  set(properties: Record<string, unknown>): void;
}

interface Eager {
  readonly context: HeadlessContext;
  resolveNow(): { isNull: boolean; fromNull: boolean };
  publishNull(isNull: boolean): void;
}

/**
 * Base of every proxy. T is what the object points at in the package (an element, a range, …), resolved
 * when its creating action runs (eager objects) or the first time a sync needs it (navigation properties).
 */
export abstract class HObject<T> {
  abstract readonly typeName: string;
  private target: T | null | undefined;
  private eagerBound = false;
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly navCache = new Map<string, Loadable>();

  constructor(
    readonly context: HeadlessContext,
    private readonly resolver: (() => T | null) | null,
    bound?: T,
  ) {
    if (bound !== undefined) {
      this.target = bound;
      this.nullState = false;
    }
  }

  /** Resolve in the queue now (methods such as getFirst, search, insertParagraph). */
  static eager<O extends Eager>(obj: O, location: string, orNull: boolean): O {
    obj.context.enqueue(location, (stage) => {
      const { isNull, fromNull } = obj.resolveNow();
      // A method of a null object gives a null object; otherwise a missing item is an error (non-OrNull methods).
      if (isNull && !orNull && !fromNull)
        throw officeError(ErrorCodes.itemNotFound, "The requested item was not found.", location);
      stage.publish(() => obj.publishNull(isNull));
    });
    return obj;
  }

  /** For eager(): resolve now, once and for all, and tell whether the object is null (and why). */
  resolveNow(): { isNull: boolean; fromNull: boolean } {
    this.eagerBound = true;
    try {
      this.target = this.resolver ? this.resolver() : null;
    } catch (error) {
      if (!(error instanceof NullObjectError)) throw error;
      this.target = null;
      return { isNull: true, fromNull: true };
    }
    return { isNull: this.target === null, fromNull: false };
  }
  publishNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  /**
   * Objects made by a method (getFirst, insertText, …) are bound when their action runs and never re-resolved
   * (their resolver may have side effects). Navigation objects (font, body, paragraphs, …) are re-resolved at
   * each use, so they follow the document as earlier actions change it.
   */
  private resolveTarget(): T | null {
    if (this.eagerBound || !this.resolver) return this.target ?? null;
    try {
      this.target = this.resolver();
    } catch (error) {
      // A navigation property of a null object is a null object too (e.g. getCellOrNullObject(…).body).
      if (!(error instanceof NullObjectError)) throw error;
      this.target = null;
    }
    return this.target;
  }

  /** The target at sync time; throws ItemNotFound for a null object. */
  protected t(): T {
    const target = this.resolveTarget();
    if (target === null) throw new NullObjectError(this.typeName);
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  protected abstract scalarNames(): readonly string[];
  protected abstract readScalar(name: string, target: T): unknown;
  /** Navigation properties (font, body, paragraphs, …). */
  protected navNames(): readonly string[] {
    return [];
  }
  protected makeNav(_name: string): Loadable | undefined {
    return undefined;
  }

  protected nav<O extends Loadable>(name: string): O {
    let obj = this.navCache.get(name);
    if (!obj) {
      obj = this.makeNav(name);
      if (!obj) throw new Error(`headless-word: ${this.typeName} has no navigation property ${name}`);
      this.navCache.set(name, obj);
    }
    return obj as O;
  }

  protected get<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loadedValues.get(name) as V;
  }

  /** A property write: visible locally at once (as in Office.js), applied to the document at sync. */
  protected setProp<V>(name: string, value: V, apply: (target: T) => void): void {
    this.loadedValues.set(name, value);
    this.context.enqueue(`${this.typeName}.${name}`, () => apply(this.t()));
  }

  /** Queue a method call with no return value. */
  protected act(method: string, apply: (target: T) => void): void {
    this.context.enqueue(`${this.typeName}.${method}`, () => apply(this.t()));
  }

  load(arg?: LoadArg): this {
    const tree = parseLoad(arg, false);
    this.context.enqueue(`${this.typeName}.load`, (stage) => this.loadNow(tree, stage));
    return this;
  }

  /** Runs a load at sync time. */
  loadNow(tree: LoadTree, stage: Stage): void {
    const target = this.resolveTarget();
    if (target === null) {
      stage.publish(() => (this.nullState = true));
      return;
    }
    const names = tree.all ? [...this.scalarNames(), ...tree.scalars] : [...tree.scalars];
    const computed = new Map<string, unknown>();
    const navs = this.navNames();
    for (const name of names) {
      if (navs.includes(name)) {
        this.nav(name).loadNow(emptyTree(true), stage);
        continue;
      }
      const value = this.readScalar(name, target);
      if (value === NOT_A_PROPERTY) {
        throw officeError(
          ErrorCodes.invalidArgument,
          `The property '${name}' does not exist on ${this.typeName}.`,
          `${this.typeName}.load`,
        );
      }
      computed.set(name, value);
    }
    for (const [name, sub] of tree.navs) {
      if (!navs.includes(name)) {
        throw officeError(
          ErrorCodes.invalidArgument,
          `The property '${name}' does not exist on ${this.typeName}.`,
          `${this.typeName}.load`,
        );
      }
      this.nav(name).loadNow(sub, stage);
    }
    stage.publish(() => {
      for (const [k, v] of computed) this.loadedValues.set(k, v);
      this.nullState = false;
    });
  }

  /** Office.js `set({...})`: assigns each property through its setter. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const nav = this.navNames().includes(key) ? this.nav(key) : undefined;
      if (nav && value && typeof value === "object") nav.set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}
