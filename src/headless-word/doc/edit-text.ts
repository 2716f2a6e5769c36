/**
 * Text replacement inside paragraphs. The new text takes the formatting of the run the range starts in;
 * runs are split only at the range's ends; bookmarks, comment markers and unknown elements are kept.
 */
import { createW, isElement, isW, NS, remove, wAttr, wChild, type XmlDocument, type XmlElement } from "../../docx/xml";
import { appendTextContent, cloneRunShell, readBackLength, removeIfEmpty, splitAt } from "./runs";
import { paragraphPieces, paragraphText } from "../../docx/ooxml/text";
import { paragraphsBetween } from "../../docx/ooxml/structure";
import { markDeleted, markInserted, revisionFor } from "./revisions";
import { BREAK_MARKER, splitParagraph } from "./split";
import { moveForMerge, shiftForReplace } from "./points";
import type { Point, RangeTarget } from "../api/session";

/** Replaces [start, end) of a paragraph's text; "\n" / "\r" in the text start new paragraphs, as in Word. */
export function replaceWithBreaks(p: XmlElement, start: number, end: number, text: string): RangeTarget {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length === 1) {
    const r = replaceInParagraph(p, start, end, text);
    return { start: { p, offset: r.start }, end: { p, offset: r.end } };
  }
  const r = replaceInParagraph(p, start, end, lines.join(BREAK_MARKER));
  return splitLines(p, r.start, lines);
}

/** Replaces [start, end) of one paragraph's text (no paragraph breaks); returns the offsets of the new text. */
export function replaceInParagraph(
  p: XmlElement,
  start: number,
  end: number,
  text: string,
): { start: number; end: number } {
  const length = paragraphText(p).length;
  start = Math.max(0, Math.min(start, length));
  end = Math.max(start, Math.min(end, length));
  if (end > start) {
    splitAt(p, end);
    splitAt(p, start);
  } else splitAt(p, start);
  const all = paragraphPieces(p);
  const inRange =
    end > start ? all.filter((x) => x.start >= start && x.start + x.text.length <= end && x.text.length > 0) : [];
  const before = all.filter((x) => x.start + x.text.length <= start && x.text.length > 0).pop();
  const after = all.find((x) => x.start >= end && x.text.length > 0);
  const template = inRange[0]?.run ?? before?.run ?? after?.run ?? paragraphMarkRun(p);
  // Fields wholly inside the range go with the text they show (found before anything moves).
  const doomedFields = fieldRunsWithin(p, start, end);
  const revision = revisionFor(p);
  if (text.length > 0) {
    let newRun = cloneRunShell(template, p.ownerDocument as XmlDocument);
    if (newRun.localName !== "r") newRun = cloneRunShell(undefined, p.ownerDocument as XmlDocument);
    appendTextContent(newRun, text);
    if (inRange[0]) inRange[0].run.parentNode!.insertBefore(newRun, inRange[0].run);
    else if (before) before.run.parentNode!.insertBefore(newRun, before.run.nextSibling);
    else if (after) after.run.parentNode!.insertBefore(newRun, after.run);
    else p.appendChild(newRun);
    if (revision) markInserted(newRun, revision);
  }
  if (revision) {
    // Tracked: the old text stays in the file as a deletion (fields included).
    for (const run of new Set([...inRange.map((x) => x.run), ...doomedFields]))
      if (run.localName === "r") markDeleted(run, revision);
  } else {
    for (const piece of inRange) {
      if (piece.kind === "checkbox") continue; // goes with its field, or stays when the field crosses the range
      remove(piece.node);
      removeIfEmpty(piece.run);
    }
    for (const run of doomedFields) remove(run);
  }
  const inserted = text.length > 0 ? readBackLength(text) : 0;
  shiftForReplace(p, start, end, inserted);
  return { start, end: start + inserted };
}

/** A run built from the paragraph mark's properties (w:pPr/w:rPr), for text typed into an empty paragraph. */
function paragraphMarkRun(p: XmlElement): XmlElement | undefined {
  const markProps = wChild(wChild(p, "pPr") ?? p, "rPr");
  if (!markProps || !wChild(p, "pPr")) return undefined;
  const run = p.ownerDocument!.createElementNS(NS.w, "w:r");
  const rPr = markProps.cloneNode(true) as XmlElement;
  // Revision marks of the paragraph mark are not run formatting.
  for (const local of ["ins", "del", "moveFrom", "moveTo", "rPrChange"]) {
    const c = wChild(rPr, local);
    if (c) rPr.removeChild(c);
  }
  run.appendChild(rPr);
  return run;
}

/** Runs of the complex fields lying entirely inside [start, end). */
function fieldRunsWithin(p: XmlElement, start: number, end: number): XmlElement[] {
  if (end <= start) return [];
  const runs: XmlElement[] = [];
  const collect = (el: XmlElement) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (!isElement(n) || n.namespaceURI !== NS.w) continue;
      if (n.localName === "r") runs.push(n);
      else if (n.localName !== "pPr" && n.localName !== "del" && n.localName !== "moveFrom") collect(n);
    }
  };
  collect(p);
  const pieces = paragraphPieces(p);
  const runIndex = new Map(runs.map((r, i) => [r, i]));
  // startAt[i]: text offset where run i begins; endAt[i]: offset after run i.
  const endAt: number[] = new Array(runs.length).fill(-1);
  for (const x of pieces) {
    const i = runIndex.get(x.run);
    if (i !== undefined) endAt[i] = Math.max(endAt[i], x.start + x.text.length);
  }
  const startAt: number[] = [];
  let running = 0;
  for (let i = 0; i < runs.length; i++) {
    startAt[i] = running;
    if (endAt[i] >= 0) running = endAt[i];
    else endAt[i] = running;
  }
  const stack: number[] = [];
  const doomed: XmlElement[] = [];
  runs.forEach((run, index) => {
    for (let n = run.firstChild; n; n = n.nextSibling) {
      if (!isW(n, "fldChar")) continue;
      const type = wAttr(n as XmlElement, "fldCharType");
      if (type === "begin") stack.push(index);
      else if (type === "end") {
        const open = stack.pop();
        if (open !== undefined && startAt[open] >= start && endAt[index] <= end)
          doomed.push(...runs.slice(open, index + 1));
      }
    }
  });
  return [...new Set(doomed)];
}

/** The paragraphs a range spans, in order. */
export function paragraphsOfRange(range: RangeTarget): XmlElement[] {
  if (range.start.p === range.end.p) return [range.start.p];
  const root = range.start.p.ownerDocument!.documentElement as unknown as XmlElement;
  return paragraphsBetween(root, range.start.p, range.end.p) ?? [range.start.p];
}

/** Replaces a range that may span paragraphs: the first paragraph keeps its properties, the rest merge in. */
export function replaceRange(range: RangeTarget, text: string): RangeTarget {
  const paras = paragraphsOfRange(range);
  const first = paras[0];
  if (paras.length === 1) return replaceWithBreaks(first, range.start.offset, range.end.offset, text);
  const last = paras[paras.length - 1];
  if (revisionFor(first)) {
    // Tracked: every paragraph keeps its place; the removed text is marked deleted in each.
    for (const p of paras.slice(1, -1)) replaceInParagraph(p, 0, paragraphText(p).length, "");
    replaceInParagraph(last, 0, range.end.offset, "");
    return replaceWithBreaks(first, range.start.offset, paragraphText(first).length, text);
  }
  replaceInParagraph(last, 0, range.end.offset, "");
  const lines = text.split(/\r\n|\n|\r/);
  const r = replaceInParagraph(first, range.start.offset, paragraphText(first).length, lines.join(BREAK_MARKER));
  // Move what is left of the last paragraph into the first one, then drop everything in between.
  moveForMerge(last, first, paragraphText(first).length);
  for (let n = last.firstChild; n;) {
    const next = n.nextSibling;
    if (!isW(n, "pPr")) first.appendChild(n);
    n = next;
  }
  if (first.parentNode === last.parentNode) {
    for (let n = first.nextSibling; n && n !== last;) {
      const next = n.nextSibling;
      if (isElement(n) && n.namespaceURI === NS.w && n.localName !== "bookmarkStart" && n.localName !== "bookmarkEnd")
        remove(n);
      n = next;
    }
    remove(last);
  } else {
    for (const p of paras.slice(1)) {
      replaceInParagraph(p, 0, paragraphText(p).length, "");
      if (p !== last && p.parentNode && !isW(p.parentNode, "tc")) remove(p);
    }
    if (last.parentNode && !isW(last.parentNode, "tc")) remove(last);
  }
  return splitLines(first, r.start, lines);
}

/** Splits `p` at the break markers of `lines` (inserted joined by markers at `start`), removing the markers. */
function splitLines(p: XmlElement, start: number, lines: string[]): RangeTarget {
  let current = p;
  let at = start;
  for (const line of lines.slice(0, -1)) {
    at += line.length;
    const next = splitParagraph(current, at);
    replaceInParagraph(next, 0, 1, "");
    current = next;
    at = 0;
  }
  const lastLength = lines[lines.length - 1].length;
  return { start: { p, offset: start }, end: { p: current, offset: current === p ? start + lastLength : lastLength } };
}

export function wholeParagraph(p: XmlElement): RangeTarget {
  return { start: { p, offset: 0 }, end: { p, offset: paragraphText(p).length } };
}

export function spanOf(paras: XmlElement[]): RangeTarget {
  const first = paras[0];
  const last = paras[paras.length - 1];
  return { start: { p: first, offset: 0 }, end: { p: last, offset: paragraphText(last).length } };
}

export function collapsed(at: Point): RangeTarget {
  return { start: { ...at }, end: { ...at } };
}

/** A new, empty paragraph: copies the paragraph properties of `like` (not its section break). */
export function newParagraph(doc: XmlDocument, like?: XmlElement): XmlElement {
  const p = createW(doc, "p");
  const pPr = like && wChild(like, "pPr");
  if (pPr) {
    const copy = pPr.cloneNode(true) as XmlElement;
    for (const local of ["sectPr", "pPrChange"]) {
      const c = wChild(copy, local);
      if (c) copy.removeChild(c);
    }
    const rPr = wChild(copy, "rPr");
    if (rPr)
      for (const local of ["ins", "del"]) {
        const c = wChild(rPr, local);
        if (c) rPr.removeChild(c);
      }
    p.appendChild(copy);
  }
  return p;
}
