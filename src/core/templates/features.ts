import { hasBox } from "../detect/choices";
import { memoText, normalise } from "../detect/text";
import type { DocModel } from "../model";
import { QUESTION_NUMBER } from "./classify";

/**
 * What recognisers look at: which of their patterns the document's text holds, and a few counts. The text is the
 * paragraphs normalised, one a line; a pattern counts only inside one paragraph (a phrase split over two paragraphs is
 * not something the author said), which lets a re-check after an edit ask only the changed paragraphs.
 */
export interface DocumentFeatures {
  /**
   * Whether a paragraph holds the pattern, within the first `readChars` characters of the text (paragraphs normalised,
   * joined by line breaks) when given. Only the patterns the reader was made with can be asked, and only as far as it
   * was made to read them.
   */
  has(pattern: RegExp, readChars?: number): boolean;
  numberedQuestions: number;
  checkBoxes: number;
  tables: number;
}

/** What a reader knows of the texts it read last: enough to answer for texts that differ in a few lines. */
interface ReadState {
  lines: readonly string[];
  /** Normalised length of each line. */
  lengths: Int32Array;
  numbered: Uint8Array;
  box: Uint8Array;
  numberedQuestions: number;
  checkBoxes: number;
  /** For each pattern, the first line holding it (within its reach), -1 for none, NOT_ASKED until asked. */
  firstLine: Int32Array;
}

const NOT_ASKED = -2;

/** A pattern and how far into the text it is looked for (the first `readChars` characters; all when absent). */
export type ReaderPattern = RegExp | { pattern: RegExp; readChars: number };

export interface TextReader {
  /** The facts of paragraphs given as their texts, in document order. */
  read(lines: readonly string[]): Omit<DocumentFeatures, "tables">;
}

/**
 * Anchors and look-behinds see the text around a paragraph when paragraphs are searched together; such a pattern is
 * asked of each paragraph on its own instead.
 */
const NEEDS_OWN_LINE = /\$|\(\?<[=!]|(?:^|[^[\\])\^/;

/** Above this many changed lines the texts are read afresh. */
const FEW_CHANGES = 64;

const isNumbered = (text: string) => QUESTION_NUMBER.test(text) && !/^\s*\d{1,2}[.)]\s/.test(text);

/** Lines' normalised texts joined by line breaks, with where each starts. */
interface Joined {
  norms: string[];
  starts: Int32Array;
  text: string;
}

function joined(norms: string[]): Joined {
  const starts = new Int32Array(norms.length);
  let position = 0;
  norms.forEach((n, i) => {
    starts[i] = position;
    position += n.length + 1;
  });
  return { norms, starts, text: norms.join("\n") };
}

/** The lines in the first `limit` characters of the joined text, the last one cut at the limit. */
function windowOf(lines: readonly string[], limit: number): Joined {
  const norms: string[] = [];
  let position = 0;
  for (let i = 0; i < lines.length && position < limit; i++) {
    const n = normalise(lines[i]);
    norms.push(position + n.length > limit ? n.slice(0, limit - position) : n);
    position += n.length + 1;
  }
  return joined(norms);
}

/**
 * A reader for a fixed list of patterns. Each pattern is found as a search of the whole text (or of its first
 * characters) finds it — the joined paragraphs searched once, stopping at the first paragraph holding it, and only
 * when asked — except that a match running from one paragraph into the next does not count. The reader keeps what it
 * found for the last texts it read (the key is every line's text, compared in full): texts that differ from them in
 * a few lines — the live re-check after an edit — are answered from it, asking only the changed lines; a pattern
 * whose first paragraph changed, or whose reach holds a changed line, is searched again when asked.
 */
export function textReader(specs: readonly ReaderPattern[]): TextReader {
  const patterns = specs.map((s) => (s instanceof RegExp ? s : s.pattern));
  const reach = specs.map((s) => (s instanceof RegExp ? Infinity : s.readChars));
  const index = new Map(patterns.map((p, k) => [p, k]));
  if (index.size !== patterns.length) throw new RangeError("A text reader's patterns must be distinct.");
  const plain = patterns.map((p) => (p.global || p.sticky ? new RegExp(p.source, p.flags.replace(/[gy]/g, "")) : p));
  const global = patterns.map((p) => new RegExp(p.source, p.flags.replace(/[gy]/g, "") + "g"));
  const ownLine = patterns.map((p) => NEEDS_OWN_LINE.test(p.source));
  // Held as a text memo so that it is let go with the others when a scan ends (one entry: the last texts read).
  const last = memoText<ReadState | undefined>(() => undefined, 1);

  /** The first line holding pattern k, or -1. */
  function firstIn({ norms, starts, text }: Joined, k: number): number {
    if (ownLine[k]) return norms.findIndex((n) => plain[k].test(n));
    const lineAt = (at: number): number => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const re = global[k];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const line = lineAt(m.index);
      // A match running into the next line counts only if the line holds one of its own.
      if (m.index + m[0].length <= starts[line] + norms[line].length || plain[k].test(norms[line])) return line;
      if (line + 1 >= norms.length) break;
      re.lastIndex = starts[line + 1];
    }
    return -1;
  }

  function readAfresh(lines: readonly string[]): ReadState {
    const state: ReadState = {
      lines,
      lengths: new Int32Array(lines.length),
      numbered: new Uint8Array(lines.length),
      box: new Uint8Array(lines.length),
      numberedQuestions: 0,
      checkBoxes: 0,
      firstLine: new Int32Array(patterns.length).fill(NOT_ASKED),
    };
    lines.forEach((line, i) => setLine(state, i, line));
    return state;
  }

  function setLine(state: ReadState, i: number, line: string): void {
    state.numberedQuestions -= state.numbered[i];
    state.checkBoxes -= state.box[i];
    state.lengths[i] = normalise(line).length;
    state.numbered[i] = isNumbered(line) ? 1 : 0;
    state.box[i] = hasBox(line) ? 1 : 0;
    state.numberedQuestions += state.numbered[i];
    state.checkBoxes += state.box[i];
  }

  /** The last line that starts within the first `limit` characters, and where it starts. */
  function lastLineWithin(lengths: Int32Array, limit: number): { line: number; start: number } {
    let start = 0;
    for (let i = 0; i < lengths.length; i++) {
      if (start + lengths[i] + 1 >= limit || i === lengths.length - 1) return { line: i, start };
      start += lengths[i] + 1;
    }
    return { line: -1, start: 0 };
  }

  /**
   * For a reach-limited pattern asked before, after lines within its reach changed: the first line holding it now, or
   * NOT_ASKED when only a new search can tell. Unchanged lines before the old first holder did not hold it and still do
   * not; so the lines to ask are the changed ones up to that holder, then the holder itself (cut at the new limit); when
   * no line held it, the changed lines and those from where the old reach ended to where the new one ends.
   */
  function firstInChangedReach(before: ReadState, after: ReadState, changed: readonly number[], k: number): number {
    const first = before.firstLine[k];
    const limit = reach[k];
    const now = lastLineWithin(after.lengths, limit);
    const asked = new Set(changed.filter((i) => i <= now.line && (first < 0 || i <= first)));
    if (first < 0)
      for (let i = Math.max(0, lastLineWithin(before.lengths, limit).line); i <= now.line; i++) asked.add(i);
    else if (first <= now.line) asked.add(first);
    let start = 0;
    let next = 0;
    for (const i of [...asked].sort((a, b) => a - b)) {
      for (; next < i; next++) start += after.lengths[next] + 1;
      const norm = normalise(after.lines[i]);
      const text = start + norm.length > limit ? norm.slice(0, limit - start) : norm;
      if (plain[k].test(text)) return i;
    }
    return first < 0 ? -1 : NOT_ASKED;
  }

  /** The state for `lines` from the state of lines that differ in `changed` (ascending) only. */
  function readChanged(before: ReadState, lines: readonly string[], changed: readonly number[]): ReadState {
    const state: ReadState = {
      ...before,
      lines,
      lengths: before.lengths.slice(),
      numbered: before.numbered.slice(),
      box: before.box.slice(),
      firstLine: before.firstLine.slice(),
    };
    // Where the first changed line starts: the same before and after (no line before it changed).
    let firstChangedAt = 0;
    for (let i = 0; i < changed[0]; i++) firstChangedAt += before.lengths[i] + 1;
    for (const i of changed) setLine(state, i, lines[i]);
    patterns.forEach((_, k) => {
      const first = before.firstLine[k];
      if (first === NOT_ASKED) return;
      if (reach[k] !== Infinity) {
        if (firstChangedAt >= reach[k]) return; // nothing within its reach changed
        // Found before the first changed line: the text up to there did not move, and no earlier line holds it.
        if (first >= 0 && first < changed[0]) return;
        state.firstLine[k] = firstInChangedReach(before, state, changed, k);
        return;
      }
      const holds = changed.filter((i) => plain[k].test(normalise(lines[i])));
      const earliest = holds.length ? holds[0] : -1;
      if (first < 0 || !changed.includes(first)) {
        // Still where it was, unless a changed line before it holds it now.
        state.firstLine[k] = earliest >= 0 && (first < 0 || earliest < first) ? earliest : first;
      } else if (earliest >= 0 && earliest <= first) {
        state.firstLine[k] = earliest;
      } else {
        // The first line holding it changed and no longer holds it: searched again when asked.
        state.firstLine[k] = NOT_ASKED;
      }
    });
    return state;
  }

  return {
    read(lines) {
      const before = last("");
      let state: ReadState | undefined;
      if (before && before.lines.length === lines.length) {
        const changed: number[] = [];
        for (let i = 0; i < lines.length && changed.length <= FEW_CHANGES; i++)
          if (lines[i] !== before.lines[i]) changed.push(i);
        if (changed.length === 0) state = { ...before, lines };
        else if (changed.length <= FEW_CHANGES) state = readChanged(before, lines, changed);
      }
      state ??= readAfresh(lines);
      last.remember("", state);
      const read = state;
      let whole: Joined | undefined;
      const windows = new Map<number, Joined>();
      return {
        numberedQuestions: read.numberedQuestions,
        checkBoxes: read.checkBoxes,
        has(pattern, readChars = Infinity) {
          const k = index.get(pattern);
          if (k === undefined || reach[k] !== readChars)
            throw new RangeError(`The text reader was not made with ${String(pattern)} read that far.`);
          if (read.firstLine[k] === NOT_ASKED) {
            let text: Joined | undefined;
            if (readChars === Infinity) text = whole ??= joined(lines.map(normalise));
            else if (!(text = windows.get(readChars))) windows.set(readChars, (text = windowOf(lines, readChars)));
            // Kept in the state remembered for these lines, for the next re-check.
            read.firstLine[k] = firstIn(text, k);
          }
          return read.firstLine[k] >= 0;
        },
      };
    },
  };
}

export function featuresOf(model: DocModel, reader: TextReader): DocumentFeatures {
  return { ...reader.read(model.paragraphs.map((p) => p.text)), tables: model.tables.length };
}

/** Share of the patterns found in the text (0–1), within its first `readChars` characters when given (as the reader was made). */
export function share(features: DocumentFeatures, patterns: readonly RegExp[], readChars?: number): number {
  return patterns.filter((re) => features.has(re, readChars)).length / patterns.length;
}

/** Words that say the document is an assessment of some kind. */
export const ASSESSMENT_WORDS =
  /\b(?:impact assessment|interests assessment|dpia|pia|lia|privacy impact|risk assessment)\b/;
