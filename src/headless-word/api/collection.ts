/** Collections (items, getFirst, …) and ClientResult, on top of the proxy base in ./client-object. */
import { parseLoad, type LoadArg, type LoadTree } from "./load-spec";
import { HObject, NOT_A_PROPERTY, propertyNotLoaded, type HeadlessContext, type Stage } from "./client-object";

/** Collections: `items` after load + sync; getFirst / getFirstOrNullObject. Live: re-enumerated at each use. */
export abstract class HCollection<T, I extends HObject<T>> extends HObject<T[]> {
  private itemList: I[] | undefined;

  /** `resolver` gives the current list at each use; fixed lists (search results) just return their array. */
  constructor(context: HeadlessContext, resolver: () => T[], _fixed = false, bound?: T[]) {
    super(context, resolver, bound);
  }

  protected abstract makeItem(target: T): I;

  get items(): I[] {
    if (!this.itemList) throw propertyNotLoaded(this.typeName, "items");
    return this.itemList;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return NOT_A_PROPERTY;
  }

  /** The current list at sync time. */
  protected list(): T[] {
    return this.t();
  }

  override load(arg?: LoadArg): this {
    const tree = parseLoad(arg, true);
    this.context.enqueue(`${this.typeName}.load`, (stage) => this.loadNow(tree, stage), true);
    return this;
  }

  /**
   * Items already handed out, reused when the same collection is loaded again (loads merge). The first load
   * only records its lists; the map is built if a second load comes (most collections are loaded once).
   */
  private known: Map<T, I> | undefined;
  private firstLoad: { targets: T[]; items: I[] } | undefined;

  /**
   * True when list() never holds the same target twice (element lists from a tree walk): then the first load
   * can hand out one new item per target without a map to find repeats.
   */
  protected readonly uniqueTargets: boolean = false;

  private itemsFor(targets: T[]): I[] {
    if (!this.firstLoad && this.uniqueTargets) {
      const items = targets.map((t) => this.makeItem(t));
      this.firstLoad = { targets, items };
      return items;
    }
    if (!this.known) {
      const known = new Map<T, I>();
      const first = this.firstLoad;
      if (first) for (let i = 0; i < first.targets.length; i++) known.set(first.targets[i], first.items[i]);
      this.known = known;
    }
    const known = this.known;
    return targets.map((t) => {
      let item = known.get(t);
      if (!item) {
        item = this.makeItem(t);
        known.set(t, item);
      }
      return item;
    });
  }

  override loadNow(tree: LoadTree, stage: Stage): void {
    const items = this.itemsFor(this.list());
    if (items.length === 0) {
      stage.publish(() => (this.itemList = items));
      return;
    }
    // Every item is of the same class: what the tree asks is worked out once, and published in one go.
    const plan = items[0].planLoad(tree);
    const values = new Array<unknown[] | null>(items.length);
    for (let i = 0; i < items.length; i++) values[i] = items[i].readPlanned(plan, stage);
    stage.publish(() => {
      for (let i = 0; i < items.length; i++) items[i].commitPlanned(plan, values[i]);
      this.itemList = items;
    });
  }

  protected firstItem(orNull: boolean): I {
    const item = this.makeLazyItem(() => this.list()[0] ?? null);
    return HObject.eager(item, `${this.typeName}.getFirst${orNull ? "OrNullObject" : ""}`, orNull);
  }

  /** An item resolved later (getFirst and friends). */
  protected abstract makeLazyItem(resolver: () => T | null): I;

  getFirst(): I {
    return this.firstItem(false);
  }
  getFirstOrNullObject(): I {
    return this.firstItem(true);
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this.itemList ?? []).map((i) => i.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: `value` after sync. */
export class HClientResult<V> {
  private has = false;
  private v: V | undefined;
  constructor(private readonly location: string) {}
  get value(): V {
    if (!this.has) throw propertyNotLoaded(this.location, "value");
    return this.v as V;
  }
  setLater(stage: Stage, value: V): void {
    stage.publish(() => {
      this.v = value;
      this.has = true;
    });
  }
}
