/**
 * The Office.js proxy model: objects are placeholders until `context.sync()`. Reading a property that was
 * not loaded and synced throws PropertyNotLoaded; writes and method calls are queued and run, in order, at
 * the next sync; a failing action rejects the sync with an Office error code (earlier actions stay applied,
 * as in Word, which has no rollback).
 */
import { ErrorCodes, HeadlessOfficeError, officeError } from "../errors";
import { parseLoad, emptyTree, type LoadArg, type LoadTree } from "./load-spec";
import { ReadMemo } from "../doc/read-memo";
import type { Session } from "./session";

/** Collects what a sync publishes once every action has succeeded. */
export interface Stage {
  publish(fn: () => void): void;
  /** What loads derive from paragraphs, shared by the loads of this sync until an action that may edit runs. */
  readonly reads: ReadMemo;
}

interface Action {
  location: string;
  run(stage: Stage): void;
  /** Loads: they only read the document, so what one derived stays true for the next. */
  readOnly: boolean;
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

  enqueue(location: string, run: (stage: Stage) => void, readOnly = false): void {
    this.queue.push({ location, run, readOnly });
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
    const session = this.session;
    const reads = new ReadMemo(
      () => session.styles,
      () => session.pkg,
    );
    const stage: Stage = { publish: (fn) => published.push(fn), reads };
    // Paragraph events (WordApi 1.6) are worked out after any sync that may have edited, even one that failed
    // part-way: the actions before the failure stay applied.
    const edits = queue.some((action) => !action.readOnly);
    try {
      this.runActions(queue, stage, reads);
    } finally {
      if (edits) session.events.afterEdit();
    }
    for (const fn of published) fn();
    return passThroughValue as T;
  }

  private runActions(queue: Action[], stage: Stage, reads: ReadMemo): void {
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
      } finally {
        // Anything but a load may have edited the document: what was read before no longer holds.
        if (!action.readOnly) reads.clear();
      }
    }
  }
}

export const NOT_A_PROPERTY = Symbol("not-a-property");

const hasOwn = Object.prototype.hasOwnProperty;

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

/** Reads one scalar property of a target. */
export type ScalarReader<T> = (target: T, reads: ReadMemo) => unknown;

/** A load tree worked out for one class: the scalar names to read and the class's navigation properties. */
export interface LoadPlan {
  tree: LoadTree;
  /** Every name asked for, in order (scalars and navigation properties loaded whole). */
  names: readonly string[];
  /** For each of `names`: whether it is a navigation property. */
  isNav: readonly boolean[];
  /** For each of `names`: its direct reader, if the class has one (see scalarReader). */
  readers: readonly (ScalarReader<never> | undefined)[];
  /** The names that are scalars, in order: what readPlanned returns values for. */
  scalars: readonly string[];
  /** The class's navigation properties. */
  navs: readonly string[];
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
  /**
   * Loaded and locally set property values by name. A plain object rather than a Map: a loaded collection
   * holds one per item, and objects with the same properties share their layout. Only property names that
   * exist on the class are ever stored (readScalar refuses others), so no name can clash with Object's own.
   */
  private readonly loadedValues: Record<string, unknown> = {};
  private nullState: boolean | undefined;
  /** Made on first use: most objects (every item of a loaded collection) never use a navigation property. */
  private navCache: Map<string, Loadable> | undefined;

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
  /**
   * `readOnly`: the resolver only finds something (a paragraph by id, a paragraph's control) and never edits, so the
   * action counts as a load for the sync's read memo and for the paragraph events (nothing to compare afterwards).
   */
  static eager<O extends Eager>(obj: O, location: string, orNull: boolean, readOnly = false): O {
    obj.context.enqueue(
      location,
      (stage) => {
        const { isNull, fromNull } = obj.resolveNow();
        // A method of a null object gives a null object; otherwise a missing item is an error (non-OrNull methods).
        if (isNull && !orNull && !fromNull)
          throw officeError(ErrorCodes.itemNotFound, "The requested item was not found.", location);
        stage.publish(() => obj.publishNull(isNull));
      },
      readOnly,
    );
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
  /** One scalar property of `target`; `reads` shares work with the other loads of the sync. */
  protected abstract readScalar(name: string, target: T, reads: ReadMemo): unknown;
  /**
   * A function reading one scalar property directly, or undefined to go through readScalar. A load plan looks
   * each name up once, so loading a collection does not match names item after item.
   */
  protected scalarReader(_name: string): ScalarReader<T> | undefined {
    return undefined;
  }
  /** Navigation properties (font, body, paragraphs, …). */
  protected navNames(): readonly string[] {
    return [];
  }
  protected makeNav(_name: string): Loadable | undefined {
    return undefined;
  }

  protected nav<O extends Loadable>(name: string): O {
    this.navCache ??= new Map();
    let obj = this.navCache.get(name);
    if (!obj) {
      obj = this.makeNav(name);
      if (!obj) throw new Error(`headless-word: ${this.typeName} has no navigation property ${name}`);
      this.navCache.set(name, obj);
    }
    return obj as O;
  }

  protected get<V>(name: string): V {
    const value = this.loadedValues[name];
    // Loaded values are seldom undefined: the own-property test is only needed for those.
    if (value === undefined && !hasOwn.call(this.loadedValues, name)) throw propertyNotLoaded(this.typeName, name);
    return value as V;
  }

  /** A property write: visible locally at once (as in Office.js), applied to the document at sync. */
  protected setProp<V>(name: string, value: V, apply: (target: T) => void): void {
    this.loadedValues[name] = value;
    this.context.enqueue(`${this.typeName}.${name}`, () => apply(this.t()));
  }

  /** Queue a method call with no return value. */
  protected act(method: string, apply: (target: T) => void): void {
    this.context.enqueue(`${this.typeName}.${method}`, () => apply(this.t()));
  }

  load(arg?: LoadArg): this {
    const tree = parseLoad(arg, false);
    this.context.enqueue(`${this.typeName}.load`, (stage) => this.loadNow(tree, stage), true);
    return this;
  }

  /** Runs a load at sync time. */
  loadNow(tree: LoadTree, stage: Stage): void {
    this.loadPlanned(this.planLoad(tree), stage);
  }

  /** What `tree` asks of an object of this class; a collection works it out once for all its items. */
  planLoad(tree: LoadTree): LoadPlan {
    const names = tree.all ? [...this.scalarNames(), ...tree.scalars] : [...tree.scalars];
    const navs = this.navNames();
    const isNav = names.map((name) => navs.includes(name));
    const readers = names.map((name, i) => (isNav[i] ? undefined : this.scalarReader(name)));
    return { tree, names, isNav, readers, scalars: names.filter((_, i) => !isNav[i]), navs };
  }

  /** Runs a load at sync time, from a plan made by planLoad on an object of the same class. */
  loadPlanned(plan: LoadPlan, stage: Stage): void {
    const values = this.readPlanned(plan, stage);
    stage.publish(() => this.commitPlanned(plan, values));
  }

  /**
   * The reading half of a load: the values of plan.scalars in order (null for a null object); navigation
   * properties are loaded on the way. Nothing is visible until commitPlanned, at the end of the sync.
   */
  readPlanned(plan: LoadPlan, stage: Stage): unknown[] | null {
    const { tree, names, isNav, readers, navs } = plan;
    const reads = stage.reads;
    const target = this.resolveTarget();
    if (target === null) return null;
    const values = new Array<unknown>(plan.scalars.length);
    let v = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (isNav[i]) {
        this.nav(name).loadNow(emptyTree(true), stage);
        continue;
      }
      const reader = readers[i] as ScalarReader<T> | undefined;
      const value = reader ? reader(target, reads) : this.readScalar(name, target, reads);
      if (value === NOT_A_PROPERTY) {
        throw officeError(
          ErrorCodes.invalidArgument,
          `The property '${name}' does not exist on ${this.typeName}.`,
          `${this.typeName}.load`,
        );
      }
      values[v++] = value;
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
    return values;
  }

  /** Publishes what readPlanned read. */
  commitPlanned(plan: LoadPlan, values: unknown[] | null): void {
    if (values === null) {
      this.nullState = true;
      return;
    }
    const scalars = plan.scalars;
    for (let i = 0; i < scalars.length; i++) this.loadedValues[scalars[i]] = values[i];
    this.nullState = false;
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
    return { ...this.loadedValues };
  }
}
