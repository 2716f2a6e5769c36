/** Word.ContentControl and Word.ContentControlCollection over w:sdt. */
import { ErrorCodes, officeError } from "../errors";
import { deleteContentControl, isInlineSdt, sdtSpan, W14, W15, w14Child } from "../doc/content-controls";
import { replaceRange } from "../doc/edit-text";
import { paragraphWithText, placeBeside } from "../doc/insert";
import { setText } from "../doc/runs";
import { createW, isElement, isW, setWAttr, wAttr, wChild, wPath, type XmlElement } from "../../docx/xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext, type Loadable } from "./client-object";
import { HCollection } from "./collection";
import { C } from "./registry";
import type { RangeTarget } from "./session";
import { HSpanObject, requireLocation, type InsertTextLocation, type RangeLocation } from "./span-object";

function sdtPr(sdt: XmlElement): XmlElement {
  let pr = wChild(sdt, "sdtPr");
  if (!pr) {
    pr = createW(sdt.ownerDocument!, "sdtPr");
    sdt.insertBefore(pr, sdt.firstChild);
  }
  return pr;
}

function setPrValue(sdt: XmlElement, local: string, value: string): void {
  const pr = sdtPr(sdt);
  let el = wChild(pr, local);
  if (!el) {
    el = createW(sdt.ownerDocument!, local);
    // Schema order: rPr, alias (title), tag, id, lock, …
    const order = ["rPr", "alias", "tag", "id", "lock"];
    const rank = order.indexOf(local);
    const before =
      [...childEls(pr)].find((c) => order.indexOf(c.localName ?? "") > rank || order.indexOf(c.localName ?? "") < 0) ??
      null;
    pr.insertBefore(el, before);
  }
  setWAttr(el, "val", value);
}

function* childEls(el: XmlElement): Generator<XmlElement> {
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) yield n;
}

function controlType(sdt: XmlElement): string {
  const pr = wChild(sdt, "sdtPr");
  if (!pr) return "RichText";
  if (w14Child(pr, "checkbox")) return "CheckBox";
  if (wChild(pr, "text")) return "PlainText";
  if (wChild(pr, "comboBox")) return "ComboBox";
  if (wChild(pr, "dropDownList")) return "DropDownList";
  if (wChild(pr, "date")) return "DatePicker";
  if (wChild(pr, "picture")) return "Picture";
  if (wChild(pr, "group")) return "Group";
  if (wChild(pr, "docPartObj") || wChild(pr, "docPartList")) return "BuildingBlockGallery";
  for (const c of childEls(pr))
    if (c.localName === "repeatingSection" && c.namespaceURI === W15) return "RepeatingSection";
  return "RichText";
}

function checkboxState(sdt: XmlElement): boolean {
  const box = w14Child(wChild(sdt, "sdtPr"), "checkbox");
  const checked = w14Child(box, "checked");
  const v = checked?.getAttributeNS(W14, "val");
  return v === "1" || v === "true";
}

function setCheckbox(sdt: XmlElement, value: boolean): void {
  const box = w14Child(wChild(sdt, "sdtPr"), "checkbox");
  if (!box)
    throw officeError(
      ErrorCodes.invalidArgument,
      "This content control is not a check box.",
      "CheckboxContentControl.isChecked",
    );
  const doc = sdt.ownerDocument!;
  let checked = w14Child(box, "checked");
  if (!checked) {
    checked = doc.createElementNS(W14, "w14:checked");
    box.insertBefore(checked, box.firstChild);
  }
  checked.setAttributeNS(W14, "w14:val", value ? "1" : "0");
  const state = w14Child(box, value ? "checkedState" : "uncheckedState");
  const code = state?.getAttributeNS(W14, "val") || (value ? "2612" : "2610");
  const glyph = String.fromCharCode(parseInt(code, 16));
  const content = wChild(sdt, "sdtContent");
  const p = content && (isInlineSdt(sdt) ? content : wChild(content, "p"));
  const first = p ? findFirstT(p) : undefined;
  if (first) setText(first, glyph);
}

function findFirstT(el: XmlElement): XmlElement | undefined {
  for (const c of childEls(el)) {
    if (isW(c, "t")) return c;
    const deeper = findFirstT(c);
    if (deeper) return deeper;
  }
  return undefined;
}

export class HCheckboxContentControl extends HObject<XmlElement> {
  readonly typeName = "CheckboxContentControl";
  protected scalarNames(): readonly string[] {
    return ["isChecked"];
  }
  protected readScalar(name: string, sdt: XmlElement): unknown {
    return name === "isChecked" ? checkboxState(sdt) : NOT_A_PROPERTY;
  }
  get isChecked(): boolean {
    return this.get("isChecked");
  }
  set isChecked(value: boolean) {
    this.setProp("isChecked", value, (sdt) => setCheckbox(sdt, value));
  }
  setState(checked: boolean): void {
    this.isChecked = checked;
  }
}

export class HContentControl extends HSpanObject<XmlElement> {
  readonly typeName = "ContentControl";
  protected readonly insertTextLocations: readonly InsertTextLocation[] = ["Replace", "Start", "End"];
  // ContentControl.getRange: "Must be 'Whole', 'Start', 'End', 'Before', 'After', or 'Content'".
  protected override readonly rangeLocations: readonly RangeLocation[] = [
    "Whole",
    "Start",
    "End",
    "Before",
    "After",
    "Content",
  ];

  constructor(context: HeadlessContext, resolver: (() => XmlElement | null) | null, bound?: XmlElement) {
    super(context, resolver, bound);
  }
  spanOf(sdt: XmlElement): RangeTarget {
    return sdtSpan(sdt);
  }
  protected override navNames(): readonly string[] {
    return [...super.navNames(), "checkboxContentControl"];
  }
  protected override makeNav(name: string): Loadable | undefined {
    if (name === "checkboxContentControl") return new HCheckboxContentControl(this.context, () => this.t());
    return super.makeNav(name);
  }
  protected scalarNames(): readonly string[] {
    return [
      "id",
      "tag",
      "title",
      "text",
      "type",
      "subtype",
      "appearance",
      "cannotDelete",
      "cannotEdit",
      "placeholderText",
      "color",
    ];
  }
  protected readScalar(name: string, sdt: XmlElement): unknown {
    const span = this.spanScalar(name, sdt);
    if (span !== undefined) return span;
    const pr = wChild(sdt, "sdtPr");
    switch (name) {
      case "id":
        return Number(wAttr(wPath(pr, "id"), "val") ?? 0);
      case "tag":
        return wAttr(wPath(pr, "tag"), "val") ?? "";
      case "title":
        return wAttr(wPath(pr, "alias"), "val") ?? "";
      case "type":
        return controlType(sdt);
      case "subtype": {
        const t = controlType(sdt);
        if (t !== "RichText") return t;
        return isInlineSdt(sdt) ? "RichTextInline" : "RichTextParagraphs";
      }
      case "appearance": {
        const el = pr
          ? [...childEls(pr)].find((c) => c.localName === "appearance" && c.namespaceURI === W15)
          : undefined;
        const v = el?.getAttributeNS(W15, "val") ?? "boundingBox";
        return v === "tags" ? "Tags" : v === "hidden" ? "Hidden" : "BoundingBox";
      }
      case "cannotDelete": {
        const lock = wAttr(wPath(pr, "lock"), "val");
        return lock === "sdtLocked" || lock === "sdtContentLocked";
      }
      case "cannotEdit": {
        const lock = wAttr(wPath(pr, "lock"), "val");
        return lock === "contentLocked" || lock === "sdtContentLocked";
      }
      case "placeholderText":
        return wAttr(wPath(pr, "placeholder", "docPart"), "val") ?? "";
      case "color":
        return "";
      default:
        return NOT_A_PROPERTY;
    }
  }
  get id(): number {
    return this.get("id");
  }
  get tag(): string {
    return this.get("tag");
  }
  set tag(value: string) {
    this.setProp("tag", value, (sdt) => setPrValue(sdt, "tag", value));
  }
  get title(): string {
    return this.get("title");
  }
  set title(value: string) {
    this.setProp("title", value, (sdt) => setPrValue(sdt, "alias", value));
  }
  get type(): string {
    return this.get("type");
  }
  get subtype(): string {
    return this.get("subtype");
  }
  get appearance(): string {
    return this.get("appearance");
  }
  set appearance(value: string) {
    this.setProp("appearance", value, (sdt) => {
      const pr = sdtPr(sdt);
      let el = [...childEls(pr)].find((c) => c.localName === "appearance" && c.namespaceURI === W15);
      if (!el) {
        el = sdt.ownerDocument!.createElementNS(W15, "w15:appearance");
        pr.appendChild(el);
      }
      el.setAttributeNS(W15, "w15:val", value === "Tags" ? "tags" : value === "Hidden" ? "hidden" : "boundingBox");
    });
  }
  get cannotDelete(): boolean {
    return this.get("cannotDelete");
  }
  get cannotEdit(): boolean {
    return this.get("cannotEdit");
  }
  get placeholderText(): string {
    return this.get("placeholderText");
  }
  get checkboxContentControl(): HCheckboxContentControl {
    return this.nav("checkboxContentControl");
  }
  delete(keepContent: boolean): void {
    this.act("delete", (sdt) => deleteContentControl(sdt, keepContent));
  }
  clear(): void {
    this.act("clear", (sdt) => clearContentControl(sdt));
  }
  insertParagraph(text: string, location: "Start" | "End" | "Before" | "After"): import("./paragraph").HParagraph {
    const para = new C.HParagraph(this.context, () => {
      requireLocation(location, ["Start", "End", "Before", "After"], "ContentControl.insertParagraph");
      const sdt = this.t();
      const span = sdtSpan(sdt);
      const like = location === "Start" || location === "Before" ? span.start.p : span.end.p;
      const p = paragraphWithText(sdt.ownerDocument!, text, like);
      if (location === "Before" || location === "After") placeBeside(p, sdt, location);
      else placeBeside(p, like, location === "Start" ? "Before" : "After");
      return p;
    });
    return HObject.eager(para, "ContentControl.insertParagraph", false);
  }
}

/** Empties a control: inline ones lose their text; block ones keep one empty paragraph (tables go too). */
function clearContentControl(sdt: XmlElement): void {
  const content = wChild(sdt, "sdtContent");
  if (!content || isInlineSdt(sdt)) {
    replaceRange(sdtSpan(sdt), "");
    return;
  }
  const first = [...childEls(content)].find((c) => isW(c, "p"));
  const keep = first ? (first.cloneNode(false) as XmlElement) : createW(sdt.ownerDocument!, "p");
  const pPr = first && wChild(first, "pPr");
  if (pPr) keep.appendChild(pPr.cloneNode(true));
  while (content.firstChild) content.removeChild(content.firstChild);
  content.appendChild(keep);
}

export class HContentControlCollection extends HCollection<XmlElement, HContentControl> {
  readonly typeName = "ContentControlCollection";
  protected makeItem(t: XmlElement): HContentControl {
    return new HContentControl(this.context, null, t);
  }
  protected makeLazyItem(resolver: () => XmlElement | null): HContentControl {
    return new HContentControl(this.context, resolver);
  }
  private filtered(location: string, pick: (sdt: XmlElement) => boolean): HContentControlCollection {
    let found: XmlElement[] = [];
    const collection = new HContentControlCollection(this.context, () => found, false);
    this.context.enqueue(location, () => {
      found = this.list().filter(pick);
    });
    return collection;
  }
  getByTag(tag: string): HContentControlCollection {
    return this.filtered(
      "ContentControlCollection.getByTag",
      (sdt) => wAttr(wPath(sdt, "sdtPr", "tag"), "val") === tag,
    );
  }
  getByTitle(title: string): HContentControlCollection {
    return this.filtered(
      "ContentControlCollection.getByTitle",
      (sdt) => wAttr(wPath(sdt, "sdtPr", "alias"), "val") === title,
    );
  }
  getByTypes(types: string[]): HContentControlCollection {
    return this.filtered("ContentControlCollection.getByTypes", (sdt) => types.includes(controlType(sdt)));
  }
  getById(id: number): HContentControl {
    return HObject.eager(
      this.makeLazyItem(
        () => this.list().find((sdt) => Number(wAttr(wPath(sdt, "sdtPr", "id"), "val")) === id) ?? null,
      ),
      "ContentControlCollection.getById",
      false,
    );
  }
  getByIdOrNullObject(id: number): HContentControl {
    return HObject.eager(
      this.makeLazyItem(
        () => this.list().find((sdt) => Number(wAttr(wPath(sdt, "sdtPr", "id"), "val")) === id) ?? null,
      ),
      "ContentControlCollection.getByIdOrNullObject",
      true,
    );
  }
}

C.HContentControl = HContentControl;
C.HContentControlCollection = HContentControlCollection;
