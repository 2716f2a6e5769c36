/** Content controls (w:sdt): where they are, their span, wrapping a span in one, removing one. */
import { ErrorCodes, officeError } from "../errors";
import type { RangeTarget, Session } from "../api/session";
import { compareOrder, createW, isElement, isW, NS, remove, walk, wChild, type XmlElement } from "../../docx/xml";
import { paragraphsOfRange, spanOf } from "./edit-text";
import { splitAt } from "./runs";
import { paragraphPieces, paragraphText } from "../../docx/ooxml/text";
import { paragraphsIn, parentOf } from "../../docx/ooxml/structure";
import { ensureParagraphAfter } from "./insert";

export function isInlineSdt(sdt: XmlElement): boolean {
  for (let n = sdt.parentNode; n; n = n.parentNode) {
    if (isW(n, "p")) return true;
    if (isW(n, "body") || isW(n, "tc") || isW(n, "tr") || isW(n, "tbl")) return false;
  }
  return false;
}

/** The span a content control covers. */
export function sdtSpan(sdt: XmlElement): RangeTarget {
  const content = wChild(sdt, "sdtContent");
  if (!content) throw officeError(ErrorCodes.generalException, "Content control without content.");
  if (!isInlineSdt(sdt)) {
    let paras = paragraphsIn(content);
    if (paras.length === 0) {
      const p = createW(sdt.ownerDocument!, "p");
      content.appendChild(p);
      paras = [p];
    }
    return spanOf(paras);
  }
  let p = sdt.parentNode as XmlElement;
  while (!isW(p, "p")) p = p.parentNode as XmlElement;
  const pieces = paragraphPieces(p);
  const inside = pieces.filter(
    (x) => compareOrder(sdt, x.node) < 0 && compareOrder(x.node, sdt) > 0 && isDescendant(x.node, sdt),
  );
  if (inside.length) {
    const last = inside[inside.length - 1];
    return { start: { p, offset: inside[0].start }, end: { p, offset: last.start + last.text.length } };
  }
  const before = pieces.filter((x) => compareOrder(x.node, sdt) < 0 && !isDescendant(x.node, sdt)).pop();
  const at = before ? before.start + before.text.length : 0;
  return { start: { p, offset: at }, end: { p, offset: at } };
}

function isDescendant(node: XmlElement, ancestorEl: XmlElement): boolean {
  for (let n = node.parentNode; n; n = n.parentNode) if (n === ancestorEl) return true;
  return false;
}

/** Every content control in a container, in document order (nested ones after their parent). */
export function sdtsIn(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  walk(container, (el) => {
    if (isW(el, "sdt")) out.push(el);
    return !isW(el, "sdtPr");
  });
  return out;
}

/** Content controls inside the span, in document order. */
export function contentControlsInSpan(span: RangeTarget): XmlElement[] {
  const paras = paragraphsOfRange(span);
  const root = span.start.p.ownerDocument!.documentElement as unknown as XmlElement;
  const first = paras[0];
  const last = paras[paras.length - 1];
  const out: XmlElement[] = [];
  walk(root, (el) => {
    if (!isW(el, "sdt")) return true;
    const s = sdtSpan(el);
    const startsBeforeEnd =
      compareOrder(s.start.p, last) < 0 || (s.start.p === last && s.start.offset <= span.end.offset);
    const endsAfterStart = compareOrder(first, s.end.p) < 0 || (s.end.p === first && s.end.offset >= span.start.offset);
    if (startsBeforeEnd && endsAfterStart && isWithin(s, span)) out.push(el);
    return true;
  });
  return out;
}

function isWithin(inner: RangeTarget, outer: RangeTarget): boolean {
  const le = (a: { p: XmlElement; offset: number }, b: { p: XmlElement; offset: number }) =>
    a.p === b.p ? a.offset <= b.offset : compareOrder(a.p, b.p) < 0;
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

let nextId = 1;
function newSdtId(): string {
  // Word's ids are random signed 32-bit numbers; ours only need to be unique in the document.
  nextId = (nextId * 48271 + Date.now()) % 2147483647;
  return String(nextId || 1);
}

/**
 * What is being wrapped, as Word distinguishes it: a Paragraph, Body or ContentControl object ("object") is
 * wrapped with its paragraph mark, so whole paragraphs get a block control (w:sdt beside the w:p); a Range
 * ("range") that lies within one paragraph (a search result, paragraph.getRange("Content")) does not hold the
 * mark and gets an inline control (w:sdt around the runs), even when it covers all of the paragraph's text.
 * This matters beyond fidelity: LibreOffice does not render a block control inside a table cell.
 */
export type WrapScope = "object" | "range";

/** Wraps whole paragraphs (block control) or part of one paragraph (inline control). */
export function wrapInContentControl(
  _session: Session,
  span: RangeTarget,
  type: string,
  scope: WrapScope = "object",
): XmlElement {
  if (type !== "RichText" && type !== "PlainText") {
    throw officeError(
      ErrorCodes.notImplemented,
      `headless-word cannot insert a ${type} content control.`,
      "insertContentControl",
    );
  }
  refuseAsWordOnTheWeb(span);
  const doc = span.start.p.ownerDocument!;
  const sdt = createW(doc, "sdt");
  const sdtPr = createW(doc, "sdtPr");
  sdtPr.appendChild(createW(doc, "id", { val: newSdtId() }));
  if (type === "PlainText") sdtPr.appendChild(createW(doc, "text"));
  sdt.appendChild(sdtPr);
  const content = createW(doc, "sdtContent");
  sdt.appendChild(content);
  const paras = paragraphsOfRange(span);
  const whole = span.start.offset === 0 && span.end.offset === paragraphText(span.end.p).length;
  const inlineRange = scope === "range" && span.start.p === span.end.p;
  if (
    !inlineRange &&
    whole &&
    (paras.length > 1 || span.start.offset < span.end.offset || paragraphText(span.start.p) === "")
  ) {
    const [firstBlock, lastBlock] = blockEnds(paras[0], paras[paras.length - 1]);
    if (!firstBlock || !lastBlock) {
      throw officeError(
        ErrorCodes.invalidArgument,
        "The range crosses a table or content control boundary.",
        "insertContentControl",
      );
    }
    firstBlock.parentNode!.insertBefore(sdt, firstBlock);
    for (let n = sdt.nextSibling; n;) {
      const next = n.nextSibling;
      content.appendChild(n);
      if (n === lastBlock) break;
      n = next;
    }
    return sdt;
  }
  if (span.start.p !== span.end.p) {
    throw officeError(
      ErrorCodes.invalidArgument,
      "An inline content control must stay inside one paragraph.",
      "insertContentControl",
    );
  }
  const p = span.start.p;
  splitAt(p, span.end.offset);
  splitAt(p, span.start.offset);
  const runs = [
    ...new Set(
      paragraphPieces(p)
        .filter((x) => x.start >= span.start.offset && x.start + x.text.length <= span.end.offset && x.text)
        .map((x) => x.run),
    ),
  ];
  if (runs.length === 0) {
    const before = paragraphPieces(p)
      .filter((x) => x.start + x.text.length <= span.start.offset)
      .pop();
    if (before) before.run.parentNode!.insertBefore(sdt, before.run.nextSibling);
    else p.appendChild(sdt);
    return sdt;
  }
  const [firstNode, lastRun] = inlineEnds(p, runs, span);
  firstNode.parentNode!.insertBefore(sdt, firstNode);
  let n = sdt.nextSibling;
  while (n) {
    const next = n.nextSibling;
    content.appendChild(n);
    if (n === lastRun) break;
    n = next;
  }
  return sdt;
}

type Point = RangeTarget["start"];

function comparePoints(a: Point, b: Point): number {
  return a.p === b.p ? a.offset - b.offset : compareOrder(a.p, b.p);
}

/**
 * Word on the web refuses to wrap (GeneralException at Range.insertContentControl) a range that is part of a table
 * cell's content (office-js issue 3367: it works once the whole cell is selected), a range holding an existing
 * control at its start or end with text outside it (issue 6103), and a range that crosses a control's boundary
 * (issue 1169, also refused in Word's own UI). Desktop Word accepts the first two; headless-word takes the stricter
 * reading on every host, so code that passes here also holds on the web.
 */
function refuseAsWordOnTheWeb(span: RangeTarget): void {
  const refuse = (why: string) => {
    throw officeError(
      ErrorCodes.generalException,
      `Word cannot insert a content control here: ${why}.`,
      "Range.insertContentControl",
    );
  };
  const cell = parentOf(span.start.p, "tc");
  if (cell || parentOf(span.end.p, "tc")) {
    const paras = cell ? paragraphsIn(cell) : [];
    const first = paras[0];
    const last = paras[paras.length - 1];
    const whole =
      first !== undefined &&
      last !== undefined &&
      span.start.p === first &&
      span.start.offset === 0 &&
      span.end.p === last &&
      span.end.offset === paragraphText(last).length;
    if (!whole) refuse("the range is part of a table cell (select the whole cell)");
  }
  for (const p of paragraphsOfRange(span)) {
    const inline = p.getElementsByTagNameNS(NS.w, "sdt");
    for (let i = 0; i < inline.length; i++) {
      const other = sdtSpan(inline[i] as unknown as XmlElement);
      const overlaps = comparePoints(other.start, span.end) < 0 && comparePoints(other.end, span.start) > 0;
      if (!overlaps) continue;
      const holdsControl = comparePoints(other.start, span.start) >= 0 && comparePoints(other.end, span.end) <= 0;
      const insideControl = comparePoints(other.start, span.start) <= 0 && comparePoints(other.end, span.end) >= 0;
      if (!holdsControl && !insideControl) refuse("the range crosses a content control's boundary");
      const atEdge = comparePoints(other.start, span.start) === 0 || comparePoints(other.end, span.end) === 0;
      if (holdsControl && !insideControl && atEdge)
        refuse("the range has a content control at its start or end and text outside it");
    }
  }
}

/**
 * The siblings to wrap for an inline control: the runs themselves when they share a parent, else the children of
 * their common ancestor that hold the first and last run (a hyperlink or smart tag wrapped whole), provided those
 * hold no text outside the span. Otherwise the range cuts a hyperlink or field, which a control cannot do.
 */
function inlineEnds(p: XmlElement, runs: XmlElement[], span: RangeTarget): [XmlElement, XmlElement] {
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const parent = first.parentNode;
  if (runs.every((r) => r.parentNode === parent)) return [first, last];
  const ancestors = new Set<unknown>();
  for (let n = first.parentNode; n && n !== p.parentNode; n = n.parentNode) ancestors.add(n);
  let common = last.parentNode;
  while (common && !ancestors.has(common)) common = common.parentNode;
  const childOf = (el: XmlElement) => {
    let n = el;
    while (n.parentNode !== common) n = n.parentNode as XmlElement;
    return n;
  };
  const a = common ? childOf(first) : undefined;
  const b = common ? childOf(last) : undefined;
  const inside = (node: XmlElement) => {
    for (let n: XmlElement | null = node; n; n = n.parentNode as XmlElement | null) {
      if (n === a || n === b) return true;
      if (n === common) return false;
    }
    return false;
  };
  const spill =
    !a ||
    !b ||
    paragraphPieces(p).some(
      (x) => x.text && inside(x.run) && (x.start < span.start.offset || x.start + x.text.length > span.end.offset),
    );
  if (spill) {
    throw officeError(
      ErrorCodes.invalidArgument,
      "The range crosses a hyperlink or field boundary.",
      "insertContentControl",
    );
  }
  return [a!, b!];
}

/**
 * The blocks to wrap for a range of whole paragraphs: the children of the innermost container (body, cell or
 * block control) holding both ends, from the one holding the first paragraph to the one holding the last.
 * Undefined when the ends are in different cells (Word cannot wrap part of a table).
 */
function blockEnds(first: XmlElement, last: XmlElement): [XmlElement | undefined, XmlElement | undefined] {
  const chain = (el: XmlElement) => {
    const out: XmlElement[] = [];
    for (let n: XmlElement | null = el; n; n = n.parentNode as XmlElement | null) out.push(n);
    return out;
  };
  const a = chain(first);
  const b = new Set(chain(last));
  const common = a.find((n) => b.has(n) && n !== first && n !== last);
  if (!common || !(isW(common, "body") || isW(common, "tc") || isW(common, "sdtContent") || isW(common, "customXml"))) {
    return first === last &&
      (isW(first.parentNode, "body") || isW(first.parentNode, "tc") || isW(first.parentNode, "sdtContent"))
      ? [first, first]
      : [undefined, undefined];
  }
  const childOf = (el: XmlElement) => {
    let n = el;
    while (n.parentNode !== common) n = n.parentNode as XmlElement;
    return n;
  };
  return [childOf(first), childOf(last)];
}

/** delete(keepContent): unwrap, or remove with its content. */
export function deleteContentControl(sdt: XmlElement, keepContent: boolean): void {
  const parent = sdt.parentNode as XmlElement;
  const content = wChild(sdt, "sdtContent");
  if (keepContent && content) {
    while (content.firstChild) parent.insertBefore(content.firstChild, sdt);
    remove(sdt);
    return;
  }
  const inline = isInlineSdt(sdt);
  const next = sdt.nextSibling;
  remove(sdt);
  if (!inline) {
    // A cell or the body must keep a paragraph.
    const hasP = [...iterElements(parent)].some((c) => isW(c, "p") || isW(c, "tbl") || isW(c, "sdt"));
    if (!hasP || (isW(parent, "tc") && ![...iterElements(parent)].some((c) => isW(c, "p")))) {
      const p = createW(parent.ownerDocument!, "p");
      parent.insertBefore(p, next && isElement(next) && isW(next, "sectPr") ? next : null);
    }
    const prev = next?.previousSibling;
    if (isW(prev, "tbl")) ensureParagraphAfter(prev as XmlElement);
  }
}

function* iterElements(el: XmlElement): Generator<XmlElement> {
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) yield n;
}

export const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
export const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

export function w14Child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (isElement(n) && n.localName === local && n.namespaceURI === W14) return n;
  return undefined;
}

export { NS };
