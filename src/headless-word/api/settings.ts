/**
 * Word.SettingCollection (WordApi 1.4): the add-in's settings, persisted in the .docx. Word keeps them in the
 * add-in's web-extension part; headless-word keeps them in a custom XML part (see README).
 */
import { ErrorCodes, officeError } from "../errors";
import { addCustomPart, listCustomParts, setCustomPartXml } from "../doc/custom-xml";
import { rootOf } from "../../docx/package/docx-package";
import { HObject, NOT_A_PROPERTY, type HeadlessContext } from "./client-object";
import { HClientResult, HCollection } from "./collection";
import { SETTINGS_NAMESPACE } from "./custom-xml";

interface SettingTarget {
  key: string;
}

function readAll(context: HeadlessContext): Map<string, unknown> {
  const pkg = context.session.pkg;
  const part = listCustomParts(pkg).find((p) => p.namespaceUri === SETTINGS_NAMESPACE);
  const out = new Map<string, unknown>();
  if (!part) return out;
  const root = rootOf(pkg.xml(part.name));
  for (let n = root.firstChild; n; n = n.nextSibling) {
    const el = n as unknown as { nodeType: number; getAttribute(a: string): string | null; textContent: string | null };
    if (el.nodeType !== 1) continue;
    const key = el.getAttribute("key");
    if (key === null) continue;
    try {
      out.set(key, JSON.parse(el.textContent ?? "null"));
    } catch {
      out.set(key, el.textContent);
    }
  }
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function writeAll(context: HeadlessContext, values: Map<string, unknown>): void {
  const pkg = context.session.pkg;
  const body = [...values]
    .map(([k, v]) => `<setting key="${escapeXml(k)}">${escapeXml(JSON.stringify(v))}</setting>`)
    .join("");
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<settings xmlns="${SETTINGS_NAMESPACE}">${body}</settings>`;
  const part = listCustomParts(pkg).find((p) => p.namespaceUri === SETTINGS_NAMESPACE);
  if (part) setCustomPartXml(pkg, part, xml);
  else addCustomPart(pkg, xml);
}

export class HSetting extends HObject<SettingTarget> {
  readonly typeName = "Setting";
  constructor(context: HeadlessContext, resolver: (() => SettingTarget | null) | null, bound?: SettingTarget) {
    super(context, resolver, bound);
  }
  protected scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected readScalar(name: string, t: SettingTarget): unknown {
    if (name === "key") return t.key;
    if (name === "value") return readAll(this.context).get(t.key);
    return NOT_A_PROPERTY;
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(v: unknown) {
    this.setProp("value", v, (t) => {
      const all = readAll(this.context);
      all.set(t.key, v);
      writeAll(this.context, all);
    });
  }
  delete(): void {
    this.act("delete", (t) => {
      const all = readAll(this.context);
      all.delete(t.key);
      writeAll(this.context, all);
    });
  }
}

export class HSettingCollection extends HCollection<SettingTarget, HSetting> {
  readonly typeName = "SettingCollection";
  constructor(context: HeadlessContext, _resolver: () => SettingTarget[]) {
    super(context, () => [...readAll(context).keys()].map((key) => ({ key })));
  }
  protected makeItem(t: SettingTarget): HSetting {
    return new HSetting(this.context, null, t);
  }
  protected makeLazyItem(resolver: () => SettingTarget | null): HSetting {
    return new HSetting(this.context, resolver);
  }
  add(key: string, value: unknown): HSetting {
    const setting = new HSetting(this.context, () => {
      if (!key) throw officeError(ErrorCodes.invalidArgument, "A setting needs a key.", "SettingCollection.add");
      const all = readAll(this.context);
      all.set(key, value === undefined ? null : JSON.parse(JSON.stringify(value)));
      writeAll(this.context, all);
      return { key };
    });
    return HObject.eager(setting, "SettingCollection.add", false);
  }
  getItem(key: string): HSetting {
    return HObject.eager(
      new HSetting(this.context, () => (readAll(this.context).has(key) ? { key } : null)),
      "SettingCollection.getItem",
      false,
      true, // a lookup: nothing is edited
    );
  }
  getItemOrNullObject(key: string): HSetting {
    return HObject.eager(
      new HSetting(this.context, () => (readAll(this.context).has(key) ? { key } : null)),
      "SettingCollection.getItemOrNullObject",
      true,
      true, // a lookup: nothing is edited
    );
  }
  getCount(): HClientResult<number> {
    const result = new HClientResult<number>("SettingCollection.getCount");
    this.context.enqueue("SettingCollection.getCount", (stage) => result.setLater(stage, readAll(this.context).size));
    return result;
  }
  deleteAll(): void {
    this.context.enqueue("SettingCollection.deleteAll", () => writeAll(this.context, new Map()));
  }
}
