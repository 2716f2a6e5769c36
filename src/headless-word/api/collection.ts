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
    this.context.enqueue(`${this.typeName}.load`, (stage) => this.loadNow(tree, stage));
    return this;
  }

  /** Items already handed out, reused when the same collection is loaded again (loads merge). */
  private readonly known = new Map<T, I>();

  override loadNow(tree: LoadTree, stage: Stage): void {
    const targets = this.list();
    const items = targets.map((t) => {
      let item = this.known.get(t);
      if (!item) {
        item = this.makeItem(t);
        this.known.set(t, item);
      }
      return item;
    });
    for (const item of items) item.loadNow(tree, stage);
    stage.publish(() => (this.itemList = items));
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
