/**
 * Word's automatic list numbering (word/numbering.xml): which list level a paragraph is on, whether that level is a
 * number or a bullet, and the string Word shows before it ("3.", "a)", "2.1", "•"), worked out the way Word counts:
 * paragraphs in document order, each level counting from its w:start, deeper levels starting again after a
 * shallower one, w:lvlText's %1…%9 replaced by each level's counter in that level's w:numFmt (ECMA-376 Part 1,
 * §17.9 Numbering). A definition that links to a numbering style (w:numStyleLink) takes that style's levels. Word's API reports the same as ListItem.level, ListItem.listString and List.levelTypes.
 */
import type { DocxPackage } from "../package/docx-package";
import { children, wAttr, wChild, wChildren, wPath, type XmlElement } from "../xml";

/** One level of a list definition (w:lvl). */
interface Level {
  start: number;
  format: string;
  text: string;
  picture: boolean;
  /** w:lvlRestart w:val="0": the level never starts again. */
  neverRestarts: boolean;
}

/** A list instance (w:num): its definition's levels with the instance's overrides applied. */
interface ListInstance {
  levels: (Level | undefined)[];
  /** Whether the instance restarts a level (w:startOverride): it then counts on its own. */
  restarts: boolean;
  abstractId: string;
}

export type ListLevelType = "Bullet" | "Number" | "Picture";

/** What Word shows for a list paragraph. */
export interface ListItemInfo {
  /** 0–8 (ListItem.level). */
  level: number;
  /** ListItem.listString: the number with its punctuation ("3.", "a)", "1.2"), or the bullet character. */
  listString: string;
  /** List.levelTypes[level]. */
  type: ListLevelType;
  /** A number is shown (not a bullet, a picture, or a level whose format is "none"). */
  numbered: boolean;
}

const MAX_LEVELS = 9;

function readLevel(lvl: XmlElement): Level {
  const start = Number(wAttr(wChild(lvl, "start"), "val") ?? "0");
  return {
    // ECMA-376 §17.9.26: without w:start a level starts at 0.
    start: Number.isFinite(start) ? start : 0,
    format: wAttr(wChild(lvl, "numFmt"), "val") ?? "decimal",
    text: wAttr(wChild(lvl, "lvlText"), "val") ?? "",
    picture: wChild(lvl, "lvlPicBulletId") !== undefined,
    neverRestarts: wAttr(wChild(lvl, "lvlRestart"), "val") === "0",
  };
}

function levelsOf(parent: XmlElement): (Level | undefined)[] {
  const levels: (Level | undefined)[] = new Array(MAX_LEVELS).fill(undefined);
  for (const lvl of wChildren(parent, "lvl")) {
    const i = Number(wAttr(lvl, "ilvl") ?? "-1");
    if (i >= 0 && i < MAX_LEVELS) levels[i] = readLevel(lvl);
  }
  return levels;
}

export class Numbering {
  private readonly instances = new Map<string, ListInstance>();

  constructor(pkg: DocxPackage) {
    const part = pkg.relatedPart(pkg.mainPart, "/numbering");
    const doc = part ? pkg.xmlOrUndefined(part) : undefined;
    if (!doc) return;
    const root = doc.documentElement as unknown as XmlElement;
    const abstracts = new Map<string, (Level | undefined)[]>();
    /** Definitions that take their levels from a numbering style (w:numStyleLink → the style's w:numId). */
    const styleLinks = new Map<string, string>();
    const nums = new Map<string, string>();
    for (const el of children(root)) {
      if (el.localName === "abstractNum") {
        const id = wAttr(el, "abstractNumId") ?? "";
        abstracts.set(id, levelsOf(el));
        const link = wAttr(wChild(el, "numStyleLink"), "val");
        if (link !== undefined) styleLinks.set(id, link);
      } else if (el.localName === "num")
        nums.set(wAttr(el, "numId") ?? "", wAttr(wChild(el, "abstractNumId"), "val") ?? "");
    }
    const styleNumIds = styleLinks.size ? numberingStyles(pkg) : new Map<string, string>();
    /** The definition whose levels a list uses: its own, or that of the numbering style it links to (one step). */
    const definitionOf = (abstractId: string): string => {
      const link = styleLinks.get(abstractId);
      const numId = link !== undefined ? styleNumIds.get(link) : undefined;
      const target = numId !== undefined ? nums.get(numId) : undefined;
      return target !== undefined && !styleLinks.has(target) ? target : abstractId;
    };
    for (const num of children(root)) {
      if (num.localName !== "num") continue;
      const abstractId = definitionOf(wAttr(wChild(num, "abstractNumId"), "val") ?? "");
      const levels = [...(abstracts.get(abstractId) ?? new Array<Level | undefined>(MAX_LEVELS).fill(undefined))];
      let restarts = false;
      for (const override of wChildren(num, "lvlOverride")) {
        const i = Number(wAttr(override, "ilvl") ?? "-1");
        if (i < 0 || i >= MAX_LEVELS) continue;
        const lvl = wChild(override, "lvl");
        if (lvl) levels[i] = readLevel(lvl);
        const start = wAttr(wChild(override, "startOverride"), "val");
        if (start !== undefined && levels[i]) {
          levels[i] = { ...levels[i]!, start: Number(start) || 0 };
          restarts = true;
        }
      }
      this.instances.set(wAttr(num, "numId") ?? "", { levels, restarts, abstractId });
    }
  }

  /** List.levelTypes of the list `numId`: the nine levels' types. */
  levelTypes(numId: string): ListLevelType[] {
    const levels = this.instances.get(numId)?.levels ?? [];
    return Array.from({ length: MAX_LEVELS }, (_, i) => typeOf(levels[i]));
  }

  /** A fresh count over a document's paragraphs, to be given them in document order. */
  counter(): ListCounter {
    return new ListCounter(this.instances);
  }
}

/** Numbering styles (w:style w:type="numbering") by style id → the w:numId their w:pPr gives. */
function numberingStyles(pkg: DocxPackage): Map<string, string> {
  const out = new Map<string, string>();
  const part = pkg.relatedPart(pkg.mainPart, "/styles");
  const doc = part ? pkg.xmlOrUndefined(part) : undefined;
  if (!doc) return out;
  for (const style of children(doc.documentElement as unknown as XmlElement)) {
    if (style.localName !== "style" || wAttr(style, "type") !== "numbering") continue;
    const numId = wAttr(wPath(style, "pPr", "numPr", "numId"), "val");
    if (numId !== undefined) out.set(wAttr(style, "styleId") ?? "", numId);
  }
  return out;
}

function typeOf(level: Level | undefined): ListLevelType {
  if (level?.picture) return "Picture";
  return level?.format === "bullet" ? "Bullet" : "Number";
}

export class ListCounter {
  /** Counters by list: instances of one definition count on together unless one restarts (w:startOverride). */
  private readonly counts = new Map<string, (number | undefined)[]>();

  constructor(private readonly instances: ReadonlyMap<string, ListInstance>) {}

  /**
   * The next paragraph in document order with numbering `numId` at level `ilvl` (from its w:numPr or its style's).
   * Undefined for numId "0" (numbering removed) — not a list item.
   */
  next(numId: string, ilvl: number): ListItemInfo | undefined {
    if (numId === "0") return undefined;
    const level = Math.min(Math.max(0, Number.isFinite(ilvl) ? ilvl : 0), MAX_LEVELS - 1);
    const instance = this.instances.get(numId);
    const def = instance?.levels[level];
    // A paragraph pointing at a list that is not defined is still a list item to Word, with nothing shown.
    if (!instance || !def) return { level, listString: "", type: typeOf(def), numbered: false };
    const key = instance.restarts ? `n${numId}` : `a${instance.abstractId}`;
    let counts = this.counts.get(key);
    if (!counts) this.counts.set(key, (counts = new Array(MAX_LEVELS).fill(undefined)));
    counts[level] = counts[level] === undefined ? def.start : counts[level]! + 1;
    for (let d = level + 1; d < MAX_LEVELS; d++) if (!instance.levels[d]?.neverRestarts) counts[d] = undefined;
    const listString = render(def, instance.levels, counts);
    const numbered = def.format !== "bullet" && def.format !== "none" && !def.picture && listString.trim() !== "";
    return { level, listString, type: typeOf(def), numbered };
  }
}

/** w:lvlText with %1…%9 replaced by the counters, each in its own level's format. */
function render(def: Level, levels: (Level | undefined)[], counts: (number | undefined)[]): string {
  if (def.format === "bullet") return def.text;
  return def.text.replace(/%([1-9])/g, (_, n: string) => {
    const i = Number(n) - 1;
    const level = levels[i];
    if (!level || level.format === "none") return "";
    return formatNumber(counts[i] ?? level.start, level.format);
  });
}

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  let out = "";
  for (const [value, letters] of ROMAN)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}

/** Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated, ECMA-376 §17.18.59 lowerLetter). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/**
 * A counter in a w:numFmt (ST_NumberFormat). The formats of Latin-script documents are rendered; the others (the
 * text forms such as cardinalText and the East Asian and other scripts' counters) are written in decimal, so that
 * the list still reads as numbered rather than guessed at.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return n > 0 ? roman(n) : String(n);
    case "upperRoman":
      return n > 0 ? roman(n).toUpperCase() : String(n);
    case "ordinal":
      return `${n}${ordinalSuffix(n)}`;
    case "none":
      return "";
    default:
      return String(n);
  }
}
