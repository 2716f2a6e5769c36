/** Word.Font over a span: reads the runs' properties (null / "" when mixed), writes them splitting runs at the span's ends only. */
import { ErrorCodes, officeError } from "../errors";
import { paragraphsOfRange } from "../doc/edit-text";
import { splitAt } from "../doc/runs";
import { paragraphPieces, isOn } from "../../docx/ooxml/text";
import { createW, isW, setWAttr, wAttr, wChild, type XmlDocument, type XmlElement } from "../../docx/xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext } from "./client-object";
import { toHex } from "../doc/colors";
import type { RangeTarget } from "./session";

/** Order of w:rPr children in the schema (Word rejects files that break it). */
const RPR_ORDER = [
  "rStyle",
  "rFonts",
  "b",
  "bCs",
  "i",
  "iCs",
  "caps",
  "smallCaps",
  "strike",
  "dstrike",
  "outline",
  "shadow",
  "emboss",
  "imprint",
  "noProof",
  "snapToGrid",
  "vanish",
  "webHidden",
  "color",
  "spacing",
  "w",
  "kern",
  "position",
  "sz",
  "szCs",
  "highlight",
  "u",
  "effect",
  "bdr",
  "shd",
  "fitText",
  "vertAlign",
  "rtl",
  "cs",
  "em",
  "lang",
  "eastAsianLayout",
  "specVanish",
  "oMath",
];

const HIGHLIGHTS: Record<string, string> = {
  yellow: "#FFFF00",
  green: "#00FF00",
  cyan: "#00FFFF",
  magenta: "#FF00FF",
  blue: "#0000FF",
  red: "#FF0000",
  darkBlue: "#000080",
  darkCyan: "#008080",
  darkGreen: "#008000",
  darkMagenta: "#800080",
  darkRed: "#800000",
  darkYellow: "#808000",
  darkGray: "#808080",
  lightGray: "#C0C0C0",
  black: "#000000",
  white: "#FFFFFF",
};
const COLOR_NAMES: Record<string, string> = {
  turquoise: "cyan",
  pink: "magenta",
  brightgreen: "green",
  teal: "darkCyan",
  violet: "darkMagenta",
  gray25: "lightGray",
  gray50: "darkGray",
};

function hexToHighlight(value: string): string | undefined {
  const v = value.trim();
  const lower = v.toLowerCase();
  for (const [name, hex] of Object.entries(HIGHLIGHTS))
    if (name.toLowerCase() === lower || hex.toLowerCase() === lower) return name;
  if (COLOR_NAMES[lower]) return COLOR_NAMES[lower];
  const hex = toHex(v);
  if (!hex) return undefined;
  // Word maps any other colour to the nearest of its 16 highlight colours.
  const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let best = "yellow";
  let bestD = Infinity;
  for (const [name, hex] of Object.entries(HIGHLIGHTS)) {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const d = c.reduce((s, x, i) => s + (x - rgb[i]) ** 2, 0);
    if (d < bestD) [best, bestD] = [name, d];
  }
  return best;
}

export function setRunProperty(run: XmlElement, local: string, el: XmlElement | null): void {
  let rPr = wChild(run, "rPr");
  if (!rPr) {
    if (!el) return;
    rPr = createW(run.ownerDocument as XmlDocument, "rPr");
    run.insertBefore(rPr, run.firstChild);
  }
  const existing = wChild(rPr, local);
  if (existing) rPr.removeChild(existing);
  if (!el) return;
  const rank = RPR_ORDER.indexOf(local);
  let before: XmlElement | null = null;
  for (let n = rPr.firstChild; n; n = n.nextSibling) {
    const other = RPR_ORDER.indexOf((n as XmlElement).localName ?? "");
    if (other > rank || (other < 0 && (n as XmlElement).localName === "rPrChange")) {
      before = n as XmlElement;
      break;
    }
  }
  rPr.insertBefore(el, before);
}

/** The runs covering a span, after splitting at its ends. */
export function runsOfSpan(range: RangeTarget, split: boolean): XmlElement[] {
  const runs: XmlElement[] = [];
  const paras = paragraphsOfRange(range);
  paras.forEach((p, i) => {
    const pieces0 = paragraphPieces(p);
    const len = pieces0.reduce((s, x) => s + x.text.length, 0);
    const from = i === 0 ? range.start.offset : 0;
    const to = i === paras.length - 1 ? range.end.offset : len;
    if (split) {
      splitAt(p, to);
      splitAt(p, from);
    }
    for (const piece of paragraphPieces(p)) {
      // After a split the runs lie wholly inside; a read (no split) takes every run the span overlaps, so a range
      // inside one run (a search hit) reads that run's formatting.
      const inside = split
        ? piece.start >= from && piece.start + piece.text.length <= to
        : piece.start < to && piece.start + piece.text.length > from;
      if (inside && piece.text.length > 0 && !runs.includes(piece.run)) runs.push(piece.run);
    }
  });
  return runs;
}

function agree<V>(values: V[], mixed: V | null): V | null {
  if (values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0] : mixed;
}

export class HFont extends HObject<RangeTarget> {
  readonly typeName = "Font";
  constructor(context: HeadlessContext, resolver: () => RangeTarget | null) {
    super(context, resolver);
  }
  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "highlightColor", "name", "size", "underline"];
  }
  protected readScalar(name: string, range: RangeTarget): unknown {
    const runs = runsOfSpan(range, false);
    const rPrs = runs.map((r) => wChild(r, "rPr"));
    switch (name) {
      case "bold":
        return agree(
          rPrs.map((p) => isOn(p && wChild(p, "b"))),
          null,
        );
      case "italic":
        return agree(
          rPrs.map((p) => isOn(p && wChild(p, "i"))),
          null,
        );
      case "underline":
        return agree(
          rPrs.map((p) =>
            p && wChild(p, "u") ? (wAttr(wChild(p, "u"), "val") === "none" ? "None" : "Single") : "None",
          ),
          "Mixed",
        );
      case "color":
        return agree(
          rPrs.map((p) => {
            const v = wAttr(p && wChild(p, "color"), "val");
            return !v || v === "auto" ? "#000000" : "#" + v.toUpperCase();
          }),
          "",
        );
      case "highlightColor":
        return agree(
          rPrs.map((p) => {
            const v = wAttr(p && wChild(p, "highlight"), "val");
            return v && v !== "none" ? (HIGHLIGHTS[v] ?? null) : null;
          }),
          "",
        );
      case "name":
        return agree(
          rPrs.map((p) => wAttr(p && wChild(p, "rFonts"), "ascii") ?? ""),
          "",
        );
      case "size":
        return agree(
          rPrs.map((p) => {
            const v = wAttr(p && wChild(p, "sz"), "val");
            return v ? Number(v) / 2 : 11;
          }),
          null,
        );
      default:
        return NOT_A_PROPERTY;
    }
  }

  private apply(prop: string, value: unknown, write: (run: XmlElement, doc: XmlDocument) => void): void {
    this.setProp(prop, value, (range) => {
      for (const run of runsOfSpan(range, true)) if (isW(run, "r")) write(run, run.ownerDocument as XmlDocument);
    });
  }

  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.apply("bold", v, (r, d) => setRunProperty(r, "b", v ? createW(d, "b") : null));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.apply("italic", v, (r, d) => setRunProperty(r, "i", v ? createW(d, "i") : null));
  }
  get name(): string {
    return this.get("name");
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.apply("size", v, (r, d) => setRunProperty(r, "sz", createW(d, "sz", { val: String(Math.round(v * 2)) })));
  }
  get underline(): string {
    return this.get("underline");
  }
  set underline(v: string) {
    this.apply("underline", v, (r, d) =>
      setRunProperty(r, "u", v && v !== "None" ? createW(d, "u", { val: "single" }) : null),
    );
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    const hex = v ? toHex(v) : undefined;
    this.apply("color", v, (r, d) => {
      if (!hex && v) throw officeError(ErrorCodes.invalidArgument, `Invalid color '${v}'.`, "Font.color");
      setRunProperty(r, "color", hex ? createW(d, "color", { val: hex.toUpperCase() }) : null);
    });
  }
  get highlightColor(): string | null {
    return this.get("highlightColor");
  }
  set highlightColor(v: string | null) {
    this.apply("highlightColor", v, (r, d) => {
      if (v === null || v === "" || v.toLowerCase() === "none" || v.toLowerCase() === "nohighlight")
        return setRunProperty(r, "highlight", null);
      const name = hexToHighlight(v);
      if (!name)
        throw officeError(ErrorCodes.invalidArgument, `Invalid highlight color '${v}'.`, "Font.highlightColor");
      const el = createW(d, "highlight");
      setWAttr(el, "val", name);
      setRunProperty(r, "highlight", el);
    });
  }
}
