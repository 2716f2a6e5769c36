/**
 * Parses the arguments of `load()` the way Office.js does: "a,b/c", ["a", "b/c"], { select, expand },
 * or { a: true, b: { c: true } }. A collection's paths may start with "items/".
 */

/** What a load asks for. Never changed once made: parseLoad shares the trees it parses. */
export interface LoadTree {
  /** Load every scalar property (load() without arguments, or a navigation path ending in the object). */
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
}

export function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), navs: new Map() };
}

export type LoadArg = string | string[] | Record<string, unknown> | undefined;

export function parseLoad(arg: LoadArg, isCollection: boolean): LoadTree {
  if (typeof arg !== "string") return parseLoadArg(arg, isCollection);
  // Load strings come from code, so a few distinct ones are parsed again and again (one per item loaded in a
  // loop): parsed once. Trees are never changed once parsed, so sharing one is safe.
  const cache = isCollection ? collectionTrees : objectTrees;
  let tree = cache.get(arg);
  if (!tree) {
    if (cache.size >= MAX_CACHED_TREES) cache.clear();
    tree = parseLoadArg(arg, isCollection);
    cache.set(arg, tree);
  }
  return tree;
}

const MAX_CACHED_TREES = 256;
const collectionTrees = new Map<string, LoadTree>();
const objectTrees = new Map<string, LoadTree>();

function parseLoadArg(arg: LoadArg, isCollection: boolean): LoadTree {
  if (arg === undefined || arg === null) return emptyTree(true);
  const tree = emptyTree(false);
  const addPath = (raw: string) => {
    const path = raw.trim();
    if (!path) return;
    const segments = path.split("/").map((s) => s.trim());
    if (isCollection && segments[0] === "items") segments.shift();
    if (segments.length === 0) {
      tree.all = true;
      return;
    }
    let node = tree;
    for (let i = 0; i < segments.length - 1; i++) node = child(node, segments[i]);
    const last = segments[segments.length - 1];
    node.scalars.add(last);
  };
  if (typeof arg === "string") arg.split(",").forEach(addPath);
  else if (Array.isArray(arg)) arg.forEach((a) => String(a).split(",").forEach(addPath));
  else {
    const select = arg.select ?? arg.$select;
    const expand = arg.expand ?? arg.$expand;
    if (select !== undefined || expand !== undefined) {
      if (select !== undefined)
        (Array.isArray(select) ? select : String(select).split(",")).forEach((s) => addPath(String(s)));
      if (expand !== undefined)
        (Array.isArray(expand) ? expand : String(expand).split(",")).forEach((s) => addPath(String(s)));
      if (select === undefined) tree.all = true;
    } else addObject(tree, arg, isCollection);
  }
  return tree;
}

function child(node: LoadTree, name: string): LoadTree {
  let next = node.navs.get(name);
  if (!next) {
    next = emptyTree(false);
    node.navs.set(name, next);
  }
  return next;
}

function addObject(tree: LoadTree, obj: Record<string, unknown>, isCollection: boolean): void {
  for (const [key, value] of Object.entries(obj)) {
    if (key === "$top" || key === "$skip" || key === "top" || key === "skip") continue;
    if (isCollection && key === "items" && value && typeof value === "object") {
      addObject(tree, value as Record<string, unknown>, false);
    } else if (value === true) tree.scalars.add(key);
    else if (value && typeof value === "object") addObject(child(tree, key), value as Record<string, unknown>, false);
  }
}

/** Scalar names of the tree that name navigation properties mean "load that object's scalars". */
export function mergeTrees(a: LoadTree, b: LoadTree): LoadTree {
  const out = emptyTree(a.all || b.all);
  for (const s of [...a.scalars, ...b.scalars]) out.scalars.add(s);
  for (const [k, v] of [...a.navs, ...b.navs]) out.navs.set(k, out.navs.has(k) ? mergeTrees(out.navs.get(k)!, v) : v);
  return out;
}
