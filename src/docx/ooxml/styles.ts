/** Paragraph styles as Word reports them: UI name, built-in identity, outline level, list membership. */
import type { DocxPackage } from "../package/docx-package";
import { children, wAttr, wChild, wPath, type XmlElement } from "../xml";
import { wNamespaceOf } from "./structure";

interface StyleInfo {
  id: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  numLevel?: number;
  /**
   * What the style gives its paragraphs through its basedOn chain, worked out on first use. Style infos are
   * rebuilt whenever the style part is re-indexed, so this never outlives the definitions it was derived from.
   */
  derived?: ParagraphFormat;
}

/** Everything Word reports about a paragraph's style, from one look at its w:pPr. */
export interface ParagraphFormat {
  /** Style name as Word shows it. */
  readonly style: string;
  /** Built-in identity of the style ("Heading1", "Normal", "Other", …). */
  readonly styleBuiltIn: string;
  /** 1–9, or 10 for body text. */
  readonly outlineLevel: number;
  readonly isListItem: boolean;
  /** The list (w:numId) a list item is numbered by, from its own w:numPr or its style's; undefined otherwise. */
  readonly numId?: string;
  /** Its list level (w:ilvl, 0–8), from its own w:numPr or its style's. */
  readonly numLevel?: number;
}

/** Names stored in lower case in styles.xml for built-in styles, as Word shows them. */
const UI_NAMES: Record<string, string> = {
  "annotation text": "Comment Text",
  "annotation reference": "Comment Reference",
  "annotation subject": "Comment Subject",
  "footnote text": "Footnote Text",
  "footnote reference": "Footnote Reference",
  "endnote text": "Endnote Text",
  "endnote reference": "Endnote Reference",
  header: "Header",
  footer: "Footer",
  caption: "Caption",
  title: "Title",
  subtitle: "Subtitle",
  "toc heading": "TOC Heading",
  "table of figures": "Table of Figures",
  "balloon text": "Balloon Text",
  "list paragraph": "List Paragraph",
  "no spacing": "No Spacing",
  "page number": "Page Number",
  "body text": "Body Text",
  "list bullet": "List Bullet",
  "list number": "List Number",
};

const BUILT_IN: Record<string, string> = {
  normal: "Normal",
  title: "Title",
  subtitle: "Subtitle",
  caption: "Caption",
  header: "Header",
  footer: "Footer",
  "footnote text": "FootnoteText",
  "endnote text": "EndnoteText",
  "list paragraph": "ListParagraph",
  quote: "Quote",
  "intense quote": "IntenseQuote",
  "no spacing": "NoSpacing",
  "toc heading": "TocHeading",
  "table grid": "TableGrid",
  hyperlink: "Hyperlink",
  strong: "Strong",
  emphasis: "Emphasis",
  bibliography: "Bibliography",
};

export function uiStyleName(name: string): string {
  const lower = name.toLowerCase();
  let m = /^heading (\d)$/.exec(lower);
  if (m) return `Heading ${m[1]}`;
  m = /^toc (\d)$/.exec(lower);
  if (m) return `TOC ${m[1]}`;
  return UI_NAMES[lower] ?? name;
}

export function builtInStyleName(uiName: string): string {
  const lower = uiName.toLowerCase();
  let m = /^heading (\d)$/.exec(lower);
  if (m) return `Heading${m[1]}`;
  m = /^toc (\d)$/.exec(lower);
  if (m) return `Toc${m[1]}`;
  return BUILT_IN[lower] ?? "Other";
}

export class StyleSheet {
  private readonly byId = new Map<string, StyleInfo>();
  private readonly byName = new Map<string, StyleInfo>();
  private defaultParagraph?: StyleInfo;
  private tableGrid?: string;
  /** Table styles: id → UI name, and lower-case name → id. */
  private readonly tableNames = new Map<string, string>();
  private readonly tableIds = new Map<string, string>();
  private readonly tableBorders = new Map<string, XmlElement | undefined>();
  readonly part?: string;

  constructor(private readonly pkg: DocxPackage) {
    this.part = pkg.relatedPart(pkg.mainPart, "/styles");
    this.index();
  }

  private index(): void {
    const doc = this.part ? this.pkg.xmlOrUndefined(this.part) : undefined;
    if (!doc) return;
    for (const s of children(doc.documentElement as unknown as XmlElement)) {
      if (
        s.localName === "style" &&
        wAttr(s, "type") === "table" &&
        /^table grid$/i.test(wAttr(wChild(s, "name"), "val") ?? "")
      ) {
        this.tableGrid = wAttr(s, "styleId");
      }
      if (s.localName === "style" && wAttr(s, "type") === "table") {
        const id = wAttr(s, "styleId") ?? "";
        const name = uiStyleName(wAttr(wChild(s, "name"), "val") ?? id);
        this.tableNames.set(id, name);
        this.tableIds.set(name.toLowerCase(), id);
        this.tableBorders.set(id, wPath(s, "tblPr", "tblBorders"));
      }
      if (s.localName !== "style" || wAttr(s, "type") !== "paragraph") continue;
      const id = wAttr(s, "styleId") ?? "";
      const lvl = wAttr(wPath(s, "pPr", "outlineLvl"), "val");
      const info: StyleInfo = {
        id,
        name: uiStyleName(wAttr(wChild(s, "name"), "val") ?? id),
        basedOn: wAttr(wChild(s, "basedOn"), "val"),
        outlineLevel: lvl === undefined ? undefined : Number(lvl),
        numId: wAttr(wPath(s, "pPr", "numPr", "numId"), "val"),
        numLevel: optionalNumber(wAttr(wPath(s, "pPr", "numPr", "ilvl"), "val")),
      };
      this.byId.set(id, info);
      this.byName.set(info.name.toLowerCase(), info);
      if (wAttr(s, "default") === "1" || wAttr(s, "default") === "true") this.defaultParagraph = info;
    }
  }

  private styleOf(p: XmlElement): StyleInfo | undefined {
    return this.styleFor(wAttr(wPath(p, "pPr", "pStyle"), "val"));
  }

  private styleFor(id: string | undefined): StyleInfo | undefined {
    return (id !== undefined ? this.byId.get(id) : undefined) ?? this.defaultParagraph;
  }

  /** Style name as Word shows it ("Normal" when the document defines no default). */
  styleName(p: XmlElement): string {
    return this.styleOf(p)?.name ?? "Normal";
  }

  /**
   * Style name, built-in name, outline level and list membership of a paragraph in one pass over its w:pPr
   * (the first w:pStyle, w:outlineLvl and w:numPr/w:numId, as wPath finds them), the style chain resolved once
   * per style.
   */
  format(p: XmlElement, w = wNamespaceOf(p)): ParagraphFormat {
    let styleId: string | undefined;
    let outline: string | undefined;
    let numId: string | undefined;
    let ilvl: string | undefined;
    let seenStyle = false;
    let seenOutline = false;
    let seenNumPr = false;
    const pPr = wChild(p, "pPr");
    if (pPr) {
      for (let c = pPr.firstChild; c; c = c.nextSibling) {
        // Only elements have a namespace.
        if (c.namespaceURI !== w) continue;
        const n = c as XmlElement;
        const local = n.localName;
        if (local === "pStyle" && !seenStyle) {
          seenStyle = true;
          styleId = wAttr(n, "val");
        } else if (local === "outlineLvl" && !seenOutline) {
          seenOutline = true;
          outline = wAttr(n, "val");
        } else if (local === "numPr" && !seenNumPr) {
          seenNumPr = true;
          numId = wAttr(wChild(n, "numId"), "val");
          ilvl = wAttr(wChild(n, "ilvl"), "val");
        }
      }
    }
    const info = this.styleFor(styleId);
    const derived = info ? this.derive(info) : NO_STYLE;
    // Most paragraphs take everything from their style: they share its (read-only) format.
    if (outline === undefined && numId === undefined && ilvl === undefined) return derived;
    const isListItem = numId !== undefined ? numId !== "0" : derived.isListItem;
    return {
      style: derived.style,
      styleBuiltIn: derived.styleBuiltIn,
      outlineLevel: outline !== undefined ? toOutline(Number(outline)) : derived.outlineLevel,
      isListItem,
      ...(isListItem ? { numId: numId ?? derived.numId, numLevel: optionalNumber(ilvl) ?? derived.numLevel ?? 0 } : {}),
    };
  }

  /** What a paragraph of style `info` is when its w:pPr says nothing more. */
  private derive(info: StyleInfo): ParagraphFormat {
    if (info.derived) return info.derived;
    let outlineLevel = 10;
    for (let s: StyleInfo | undefined = info, guard = 0; s && guard < 20; s = this.basedOn(s), guard++) {
      if (s.outlineLevel !== undefined) {
        outlineLevel = toOutline(s.outlineLevel);
        break;
      }
    }
    let numId: string | undefined;
    for (let s: StyleInfo | undefined = info, guard = 0; s && guard < 20; s = this.basedOn(s), guard++) {
      if (s.numId !== undefined) {
        numId = s.numId;
        break;
      }
    }
    let numLevel: number | undefined;
    for (let s: StyleInfo | undefined = info, guard = 0; s && guard < 20; s = this.basedOn(s), guard++) {
      if (s.numLevel !== undefined) {
        numLevel = s.numLevel;
        break;
      }
    }
    const isListItem = numId !== undefined && numId !== "0";
    info.derived = {
      style: info.name,
      styleBuiltIn: builtInStyleName(info.name),
      outlineLevel,
      isListItem,
      ...(isListItem ? { numId, numLevel: numLevel ?? 0 } : {}),
    };
    return info.derived;
  }

  private basedOn(s: StyleInfo): StyleInfo | undefined {
    return s.basedOn ? this.byId.get(s.basedOn) : undefined;
  }

  /** Style id to write in w:pStyle for a name or built-in name given by the caller. */
  idForName(name: string): string | undefined {
    const lower = name.toLowerCase();
    const info = this.byName.get(lower) ?? this.byId.get(name);
    if (info) return info.id;
    for (const s of this.byId.values()) if (builtInStyleName(s.name).toLowerCase() === lower) return s.id;
    return undefined;
  }

  /**
   * Adds the definition of a built-in paragraph style the document does not define yet (Word adds latent
   * built-in styles on first use). Returns its id, or undefined for styles this reader cannot define.
   */
  addBuiltIn(builtIn: string): string | undefined {
    const doc = this.part ? this.pkg.xmlOrUndefined(this.part) : undefined;
    if (!doc) return undefined;
    const heading = /^Heading([1-9])$/.exec(builtIn);
    const simple: Record<string, string> = {
      Title: "Title",
      Subtitle: "Subtitle",
      ListParagraph: "List Paragraph",
      Quote: "Quote",
      NoSpacing: "No Spacing",
    };
    const name = heading ? `heading ${heading[1]}` : simple[builtIn];
    if (!name) return undefined;
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const el = (local: string, val?: string) => {
      const e = doc.createElementNS(W, "w:" + local);
      if (val !== undefined) e.setAttributeNS(W, "w:val", val);
      return e;
    };
    const style = doc.createElementNS(W, "w:style");
    style.setAttributeNS(W, "w:type", "paragraph");
    style.setAttributeNS(W, "w:styleId", builtIn);
    style.appendChild(el("name", name));
    if (this.defaultParagraph) style.appendChild(el("basedOn", this.defaultParagraph.id));
    style.appendChild(el("qFormat"));
    if (heading) {
      const pPr = el("pPr");
      pPr.appendChild(el("keepNext"));
      pPr.appendChild(el("outlineLvl", String(Number(heading[1]) - 1)));
      style.appendChild(pPr);
      const rPr = el("rPr");
      rPr.appendChild(el("b"));
      rPr.appendChild(el("sz", String(Math.max(22, 36 - 4 * Number(heading[1])))));
      style.appendChild(rPr);
    }
    (doc.documentElement as unknown as XmlElement).appendChild(style);
    this.index();
    return builtIn;
  }

  /** The UI name of a table style id ("" when the document does not define it). */
  tableStyleName(id: string | undefined): string {
    return id === undefined ? "" : (this.tableNames.get(id) ?? "");
  }

  /** The id of a table style given by its (UI) name, or undefined when the document does not define it. */
  tableStyleId(name: string): string | undefined {
    return this.tableIds.get(name.toLowerCase());
  }

  /** The w:tblBorders a table style gives its tables (its own definition; basedOn is not followed). */
  tableStyleBorders(id: string | undefined): XmlElement | undefined {
    return id === undefined ? undefined : this.tableBorders.get(id);
  }

  /** Id of the "Table Grid" table style when the document defines it. */
  tableGridId(): string | undefined {
    return this.tableGrid;
  }

  /** 1–9, or 10 for body text (Word's wdOutlineLevelBodyText). */
  outlineLevel(p: XmlElement): number {
    return this.format(p).outlineLevel;
  }

  isListItem(p: XmlElement): boolean {
    return this.format(p).isListItem;
  }
}

/** A paragraph without a style when the document has no default paragraph style. */
const NO_STYLE: ParagraphFormat = {
  style: "Normal",
  styleBuiltIn: builtInStyleName("Normal"),
  outlineLevel: 10,
  isListItem: false,
};

function optionalNumber(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) ? n : undefined;
}

function toOutline(level: number): number {
  return level >= 0 && level <= 8 ? level + 1 : 10;
}
