/**
 * Ranges handed out by the API remember paragraph offsets. Word keeps a range on the same text while earlier
 * text changes; to do the same, every edit of a paragraph's text shifts the offsets of the live ranges in it.
 */
import type { RangeTarget } from "../api/session";
import type { XmlElement } from "../../docx/xml";

const live = new Set<WeakRef<RangeTarget>>();
const known = new WeakSet<RangeTarget>();

/** Registers a range so that later edits keep it on its text. Returns it. */
export function trackRange<R extends RangeTarget | null>(range: R): R {
  if (range && !known.has(range)) {
    if (range.start === range.end) throw new Error("headless-word: a range's start and end must be distinct objects");
    known.add(range);
    live.add(new WeakRef(range));
  }
  return range;
}

function* liveRanges(): Generator<RangeTarget> {
  for (const ref of live) {
    const range = ref.deref();
    if (range) yield range;
    else live.delete(ref);
  }
}

/** [start, end) of paragraph `p` was replaced by `length` characters. */
export function shiftForReplace(p: XmlElement, start: number, end: number, length: number): void {
  const delta = length - (end - start);
  if (delta === 0 && end === start) return;
  for (const range of liveRanges()) {
    for (const which of ["start", "end"] as const) {
      const point = range[which];
      if (point.p !== p) continue;
      if (point.offset < start) continue;
      if (end === start && point.offset === start && which === "end" && range.start.offset < start) continue; // insertion right after a range
      if (point.offset >= end) point.offset += delta;
      else point.offset = which === "start" ? start : start + length;
    }
  }
}

/** `p` was split before `offset`; text from there on is now at the start of `q`. */
export function moveForSplit(p: XmlElement, offset: number, q: XmlElement): void {
  for (const range of liveRanges()) {
    for (const point of [range.start, range.end]) {
      if (
        point.p === p &&
        point.offset >= offset &&
        !(point === range.end && point.offset === offset && range.start.offset < offset)
      ) {
        point.p = q;
        point.offset -= offset;
      }
    }
  }
}

/** The text of `from` was appended to `into` at `base` (paragraphs merged). */
export function moveForMerge(from: XmlElement, into: XmlElement, base: number): void {
  for (const range of liveRanges()) {
    for (const point of [range.start, range.end]) {
      if (point.p === from) {
        point.p = into;
        point.offset += base;
      }
    }
  }
}
