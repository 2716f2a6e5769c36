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
   * joined by line breaks) when given. Only the patterns the reader was made with can be asked.
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
  /** For each pattern, the first line holding it, or -1. */
  firstLine: Int32Array;
}

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

/**
 * A reader for a fixed list of patterns. Each pattern is found as a search of the whole text finds it (the joined
 * paragraphs searched once, stopping at the first paragraph holding it), except that a match running from one
 * paragraph into the next does not count. The reader keeps what it found for the last texts it read (the key is
 * every line's text, compared in full): texts that differ from them in a few lines — the live re-check after an
 * edit — are answered from it, asking only the changed lines and, where a changed line was the first to hold a
 * pattern, searching on from there.
 */
export function textReader(patterns: readonly RegExp[]): TextReader {
  const index = new Map(patterns.map((p, k) => [p, k]));
  const plain = patterns.map((p) => (p.global || p.sticky ? new RegExp(p.source, p.flags.replace(/[gy]/g, "")) : p));
  const global = patterns.map((p) => new RegExp(p.source, p.flags.replace(/[gy]/g, "") + "g"));
  const ownLine = patterns.map((p) => NEEDS_OWN_LINE.test(p.source));
  // Held as a text memo so that it is let go with the others when a scan ends (one entry: the last texts read).
  const last = memoText<ReadState | undefined>(() => undefined, 1);

  /** The first line from `from` on holding each of `wanted`, searching the lines' normalised texts joined. */
  function firstLines(lines: readonly string[], from: number, wanted: readonly number[], into: Int32Array): void {
    const norms = lines.slice(from).map(normalise);
    const starts = new Int32Array(norms.length);
    let position = 0;
    norms.forEach((n, i) => {
      starts[i] = position;
      position += n.length + 1;
    });
    const text = norms.join("\n");
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
    for (const k of wanted) {
      into[k] = -1;
      if (ownLine[k]) {
        const found = norms.findIndex((n) => plain[k].test(n));
        if (found >= 0) into[k] = from + found;
        continue;
      }
      const re = global[k];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const line = lineAt(m.index);
        // A match running into the next line counts only if the line holds one of its own.
        if (m.index + m[0].length <= starts[line] + norms[line].length || plain[k].test(norms[line])) {
          into[k] = from + line;
          break;
        }
        if (line + 1 >= norms.length) break;
        re.lastIndex = starts[line + 1];
      }
    }
  }

  function readAfresh(lines: readonly string[]): ReadState {
    const state: ReadState = {
      lines,
      lengths: new Int32Array(lines.length),
      numbered: new Uint8Array(lines.length),
      box: new Uint8Array(lines.length),
      numberedQuestions: 0,
      checkBoxes: 0,
      firstLine: new Int32Array(patterns.length).fill(-1),
    };
    lines.forEach((line, i) => setLine(state, i, line));
    firstLines(
      lines,
      0,
      patterns.map((_, k) => k),
      state.firstLine,
    );
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
    for (const i of changed) setLine(state, i, lines[i]);
    const searchOn: number[] = [];
    patterns.forEach((_, k) => {
      const first = before.firstLine[k];
      const holds = changed.filter((i) => plain[k].test(normalise(lines[i])));
      const earliest = holds.length ? holds[0] : -1;
      if (first < 0 || !changed.includes(first)) {
        // Still where it was, unless a changed line before it holds it now.
        state.firstLine[k] = earliest >= 0 && (first < 0 || earliest < first) ? earliest : first;
      } else if (earliest >= 0 && earliest <= first) {
        state.firstLine[k] = earliest;
      } else {
        // The first line holding it changed and no longer holds it: search on after it.
        searchOn.push(k);
      }
    });
    for (const k of searchOn) {
      const after = new Int32Array(patterns.length);
      firstLines(lines, before.firstLine[k] + 1, [k], after);
      state.firstLine[k] = after[k];
    }
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
      let offsets: Float64Array | undefined;
      const offsetOf = (line: number): number => {
        if (!offsets) {
          offsets = new Float64Array(lines.length);
          let position = 0;
          read.lengths.forEach((length, i) => {
            offsets![i] = position;
            position += length + 1;
          });
        }
        return offsets[line];
      };
      return {
        numberedQuestions: read.numberedQuestions,
        checkBoxes: read.checkBoxes,
        has(pattern, readChars = Infinity) {
          const k = index.get(pattern);
          if (k === undefined) throw new RangeError(`The text reader was not made with ${String(pattern)}.`);
          const line = read.firstLine[k];
          if (line < 0) return false;
          if (readChars === Infinity) return true;
          const start = offsetOf(line);
          if (start >= readChars) return false;
          if (start + read.lengths[line] <= readChars) return true;
          // The first line holding it runs past the limit: only its part before the limit counts.
          return plain[k].test(normalise(lines[line]).slice(0, readChars - start));
        },
      };
    },
  };
}

export function featuresOf(model: DocModel, reader: TextReader): DocumentFeatures {
  return { ...reader.read(model.paragraphs.map((p) => p.text)), tables: model.tables.length };
}

/** Share of the patterns found in the text (0–1), within its first `readChars` characters when given. */
export function share(features: DocumentFeatures, patterns: readonly RegExp[], readChars?: number): number {
  return patterns.filter((re) => features.has(re, readChars)).length / patterns.length;
}

/** Words that say the document is an assessment of some kind. */
export const ASSESSMENT_WORDS =
  /\b(?:impact assessment|interests assessment|dpia|pia|lia|privacy impact|risk assessment)\b/;
