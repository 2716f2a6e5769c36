/** Word.CustomXmlPart and its collections (WordApi 1.4). */
import { ErrorCodes, officeError } from "../errors";
import { addCustomPart, deleteCustomPart, listCustomParts, setCustomPartXml, type CustomPart } from "../doc/custom-xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext } from "./client-object";
import { HClientResult, HCollection } from "./collection";

/** headless-word keeps add-in settings in a custom XML part of this namespace (see README). */
export const SETTINGS_NAMESPACE = "urn:headless-word:settings";

function visibleParts(context: HeadlessContext): CustomPart[] {
  return listCustomParts(context.session.pkg).filter((p) => p.namespaceUri !== SETTINGS_NAMESPACE);
}

export class HCustomXmlPart extends HObject<CustomPart> {
  readonly typeName = "CustomXmlPart";
  constructor(context: HeadlessContext, resolver: (() => CustomPart | null) | null, bound?: CustomPart) {
    super(context, resolver, bound);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "namespaceUri"];
  }
  protected readScalar(name: string, part: CustomPart): unknown {
    if (name === "id") return part.id;
    if (name === "namespaceUri") return part.namespaceUri;
    return NOT_A_PROPERTY;
  }
  get id(): string {
    return this.get("id");
  }
  get namespaceUri(): string {
    return this.get("namespaceUri");
  }
  getXml(): HClientResult<string> {
    const result = new HClientResult<string>("CustomXmlPart.getXml");
    this.context.enqueue("CustomXmlPart.getXml", (stage) => {
      const part = this.t();
      const pkg = this.context.session.pkg;
      // The part as stored (or as last set), not a re-serialisation.
      result.setLater(stage, pkg.text(part.name));
    });
    return result;
  }
  setXml(xml: string): void {
    this.act("setXml", (part) => setCustomPartXml(this.context.session.pkg, part, xml));
  }
  delete(): void {
    this.act("delete", (part) => deleteCustomPart(this.context.session.pkg, part));
  }
}

abstract class PartCollection extends HCollection<CustomPart, HCustomXmlPart> {
  protected makeItem(t: CustomPart): HCustomXmlPart {
    return new HCustomXmlPart(this.context, null, t);
  }
  protected makeLazyItem(resolver: () => CustomPart | null): HCustomXmlPart {
    return new HCustomXmlPart(this.context, resolver);
  }
  getCount(): HClientResult<number> {
    const result = new HClientResult<number>(`${this.typeName}.getCount`);
    this.context.enqueue(`${this.typeName}.getCount`, (stage) => result.setLater(stage, this.list().length));
    return result;
  }
  getItem(id: string): HCustomXmlPart {
    return HObject.eager(
      this.makeLazyItem(() => this.list().find((p) => p.id === id) ?? null),
      `${this.typeName}.getItem`,
      false,
    );
  }
  getItemOrNullObject(id: string): HCustomXmlPart {
    return HObject.eager(
      this.makeLazyItem(() => this.list().find((p) => p.id === id) ?? null),
      `${this.typeName}.getItemOrNullObject`,
      true,
    );
  }
}

export class HCustomXmlPartScopedCollection extends PartCollection {
  readonly typeName = "CustomXmlPartScopedCollection";
  private only(orNull: boolean): HCustomXmlPart {
    const item = this.makeLazyItem(() => {
      const list = this.list();
      if (list.length > 1)
        throw officeError(
          ErrorCodes.invalidArgument,
          "The collection holds more than one part.",
          "CustomXmlPartScopedCollection.getOnlyItem",
        );
      return list[0] ?? null;
    });
    return HObject.eager(item, `CustomXmlPartScopedCollection.getOnlyItem${orNull ? "OrNullObject" : ""}`, orNull);
  }
  getOnlyItem(): HCustomXmlPart {
    return this.only(false);
  }
  getOnlyItemOrNullObject(): HCustomXmlPart {
    return this.only(true);
  }
}

export class HCustomXmlPartCollection extends PartCollection {
  readonly typeName = "CustomXmlPartCollection";
  constructor(context: HeadlessContext, _resolver: () => CustomPart[]) {
    super(context, () => visibleParts(context));
  }
  add(xml: string): HCustomXmlPart {
    const part = new HCustomXmlPart(this.context, () => addCustomPart(this.context.session.pkg, xml));
    return HObject.eager(part, "CustomXmlPartCollection.add", false);
  }
  getByNamespace(namespaceUri: string): HCustomXmlPartScopedCollection {
    return new HCustomXmlPartScopedCollection(this.context, () =>
      visibleParts(this.context).filter((p) => p.namespaceUri === namespaceUri),
    );
  }
}
