/** Word.Document: body, selection, change tracking, settings, custom XML parts. */
import { ErrorCodes, officeError } from "../errors";
import { paragraphsIn } from "../../docx/ooxml/structure";
import { createW, wChild, type XmlElement } from "../../docx/xml";
import { rootOf } from "../../docx/package/docx-package";
import { HObject, NOT_A_PROPERTY, type HeadlessContext, type Loadable } from "./client-object";
import type { Session } from "./session";
import { C } from "./registry";
import { mainBody } from "./body";
import type { HBody } from "./body";
import type { HContentControlCollection } from "./content-control";
import type { HRange } from "./range";
import { HSettingCollection } from "./settings";
import { HCustomXmlPartCollection } from "./custom-xml";
import { sdtsIn } from "../doc/content-controls";
import { HEventHandlers } from "./event-handlers";
import type { HParagraph } from "./paragraph";

const TRACK_MODES = ["Off", "TrackAll", "TrackMineOnly"] as const;

export class HDocument extends HObject<XmlElement> {
  readonly typeName = "Document";
  constructor(context: HeadlessContext) {
    super(context, () => mainBody(context));
  }
  protected scalarNames(): readonly string[] {
    return ["changeTrackingMode", "saved"];
  }
  protected override navNames(): readonly string[] {
    return ["body", "contentControls", "settings", "customXmlParts"];
  }
  protected override makeNav(name: string): Loadable | undefined {
    switch (name) {
      case "body":
        return new C.HBody(this.context, () => this.t());
      case "contentControls":
        return new C.HContentControlCollection(this.context, () => sdtsIn(this.t()));
      case "settings":
        return new HSettingCollection(this.context, () => []);
      case "customXmlParts":
        return new HCustomXmlPartCollection(this.context, () => []);
      default:
        return undefined;
    }
  }
  protected readScalar(name: string): unknown {
    if (name === "changeTrackingMode") return trackRevisions(this.context) ? "TrackAll" : "Off";
    if (name === "saved") return false;
    return NOT_A_PROPERTY;
  }
  get body(): HBody {
    return this.nav("body");
  }
  get contentControls(): HContentControlCollection {
    return this.nav("contentControls");
  }
  get settings(): HSettingCollection {
    return this.nav("settings");
  }
  get customXmlParts(): HCustomXmlPartCollection {
    return this.nav("customXmlParts");
  }
  get changeTrackingMode(): string {
    return this.get("changeTrackingMode");
  }
  set changeTrackingMode(mode: string) {
    this.setProp("changeTrackingMode", mode, () => {
      if (!(TRACK_MODES as readonly string[]).includes(mode))
        throw officeError(ErrorCodes.invalidArgument, `Invalid changeTrackingMode '${mode}'.`);
      setTrackRevisions(this.context, mode !== "Off");
    });
  }
  get saved(): boolean {
    return this.get("saved");
  }

  /** The selection: where the last select() put it, else the start of the document. */
  getSelection(): HRange {
    const range = new C.HRange(this.context, () => {
      const selection = this.context.session.selection;
      if (selection && selection.start.p.parentNode && selection.end.p.parentNode) return selection;
      const first = paragraphsIn(this.t())[0];
      if (!first) return null;
      return { start: { p: first, offset: 0 }, end: { p: first, offset: 0 } };
    });
    return HObject.eager(range, "Document.getSelection", false);
  }

  /** WordApi 1.6. An id no paragraph of the body has (any more) → ItemNotFound at sync. */
  getParagraphByUniqueLocalId(id: string): HParagraph {
    const para = new C.HParagraph(this.context, () => this.context.session.events.find(String(id)));
    return HObject.eager(para, "Document.getParagraphByUniqueLocalId", false, true);
  }

  /** WordApi 1.6 events; see paragraph-events.ts for when headless-word raises them. */
  get onParagraphAdded(): HEventHandlers {
    return new HEventHandlers(this.context, "ParagraphAdded");
  }
  get onParagraphChanged(): HEventHandlers {
    return new HEventHandlers(this.context, "ParagraphChanged");
  }
  get onParagraphDeleted(): HEventHandlers {
    return new HEventHandlers(this.context, "ParagraphDeleted");
  }

  /** In Word this saves the file; headless documents are saved with HeadlessDocument.save(). */
  save(): void {
    this.act("save", () => undefined);
  }
}

function settingsRoot(context: HeadlessContext | { session: Session }, create: boolean): XmlElement | undefined {
  const pkg = context.session.pkg;
  const name = pkg.relatedPart(pkg.mainPart, "/settings");
  if (name && pkg.has(name)) return rootOf(pkg.xml(name));
  if (!create) return undefined;
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  pkg.addPart(
    "word/settings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W}"></w:settings>`,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  );
  pkg.addRelationship(
    pkg.mainPart,
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
    "word/settings.xml",
  );
  return rootOf(pkg.xml("word/settings.xml"));
}

/** True when the document records changes (w:trackRevisions in settings.xml). */
export function trackRevisionsOn(session: Session): boolean {
  return trackRevisions({ session });
}

function trackRevisions(context: HeadlessContext | { session: Session }): boolean {
  const root = settingsRoot(context, false);
  const el = root && wChild(root, "trackRevisions");
  if (!el) return false;
  const v = el.getAttributeNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "val");
  return !v || v === "1" || v === "true" || v === "on";
}

/** Settings children have a schema order; trackRevisions comes early (after view, zoom, …, before doNotTrackMoves). */
const BEFORE_TRACK = [
  "writeProtection",
  "view",
  "zoom",
  "removePersonalInformation",
  "removeDateAndTime",
  "doNotDisplayPageBoundaries",
  "displayBackgroundShape",
  "printPostScriptOverText",
  "printFractionalCharacterWidth",
  "printFormsData",
  "embedTrueTypeFonts",
  "embedSystemFonts",
  "saveSubsetFonts",
  "saveFormsData",
  "mirrorMargins",
  "alignBordersAndEdges",
  "bordersDoNotSurroundHeader",
  "bordersDoNotSurroundFooter",
  "gutterAtTop",
  "hideSpellingErrors",
  "hideGrammaticalErrors",
  "activeWritingStyle",
  "proofState",
  "formsDesign",
  "attachedTemplate",
  "linkStyles",
  "stylePaneFormatFilter",
  "stylePaneSortMethod",
  "documentType",
  "mailMerge",
  "revisionView",
];

function setTrackRevisions(context: HeadlessContext, on: boolean): void {
  const root = settingsRoot(context, on);
  if (!root) return;
  const existing = wChild(root, "trackRevisions");
  if (!on) {
    if (existing) root.removeChild(existing);
    return;
  }
  if (existing) return;
  const el = createW(root.ownerDocument!, "trackRevisions");
  let before: XmlElement | null = null;
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if ((n as XmlElement).nodeType === 1 && !BEFORE_TRACK.includes((n as XmlElement).localName ?? "")) {
      before = n as XmlElement;
      break;
    }
  }
  root.insertBefore(el, before);
}
