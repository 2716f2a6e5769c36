import { MARK_TAG_PREFIX, type ClearMarksEdit, type MarkEdit } from "../core/edits";
import { isCellRef } from "../core/model";
import type { Finding } from "../core/report";
import { hitsFor, planSearch, queueSearch, rangeFromHits } from "./locate";
import { checkTarget, GROUP, missing, refOrder, type PreparedEdit, type Refusal } from "./prepared";
import { describeRef, resolveTarget, type DocumentHandles } from "./targets";

/**
 * Reviewer marks. Each mark is the marked text wrapped in a content control tagged with the finding id
 * and the highlight the text had before, plus (WordApi 1.4) a comment whose text starts with
 * COMMENT_PREFIX and ends with the same id. "Clear marks" therefore finds exactly our marks, puts the
 * original highlight back and unwraps the text; a highlight or comment the user made is never touched.
 */

export const COMMENT_PREFIX = "DPIA Assist:";
export const MARK_HIGHLIGHT = "#FFFF00";
const ORIGINAL = "|h=";

export interface MarkOptions {
  /** Comments are available (WordApi 1.4). */
  comments: boolean;
}

/** The tag of a mark: prefix, finding id, and the highlight to restore ("none", "mixed" or a colour). */
export function markTag(findingId: string, original: string | null): string {
  return `${MARK_TAG_PREFIX}${findingId}${ORIGINAL}${original === null ? "none" : original === "" ? "mixed" : original}`;
}

export function parseMarkTag(tag: string): { findingId: string; original: string | null | "mixed" } | null {
  if (!tag.startsWith(MARK_TAG_PREFIX)) return null;
  const rest = tag.slice(MARK_TAG_PREFIX.length);
  const at = rest.lastIndexOf(ORIGINAL);
  if (at < 0) return { findingId: rest, original: null };
  const original = rest.slice(at + ORIGINAL.length);
  return { findingId: rest.slice(0, at), original: original === "none" ? null : original };
}

/** Comment text: recognisable prefix, the message, the id that ties it to its mark. */
export function commentText(findingId: string, body: string): string {
  const text = body.startsWith(COMMENT_PREFIX) ? body : `${COMMENT_PREFIX} ${body}`;
  return `${text}\n[${MARK_TAG_PREFIX}${findingId}]`;
}

const OUR_COMMENT = new RegExp(`\\[${MARK_TAG_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\]]+)\\]\\s*$`);

/** The finding id of a comment the add-in wrote, or null for anyone else's comment. */
export function ourCommentId(content: string): string | null {
  if (!content.trimStart().startsWith(COMMENT_PREFIX)) return null;
  return OUR_COMMENT.exec(content)?.[1] ?? null;
}

const SUGGESTION_LENGTH = 160;

/** What a reviewer reads in the comment, kept short: the message, then the first guided answer if there is one. */
export function guidanceFor(finding: Finding): string {
  const first = finding.answers?.[0];
  if (!first) return finding.message;
  const text = (first.text || first.label).replace(/\s+/g, " ").trim();
  const clipped = text.length > SUGGESTION_LENGTH ? `${text.slice(0, SUGGESTION_LENGTH - 1).trimEnd()}…` : text;
  return `${finding.message}\nSuggested: ${clipped}`;
}

/** One MarkEdit per finding, marking its placeholder (or the whole slot when there is none). */
export function markEditsFor(findings: Finding[], highlight?: string): MarkEdit[] {
  return findings.map((finding) => {
    const find = finding.target ?? (finding.kind === "placeholder" ? finding.text : undefined);
    const inTarget = find !== undefined && find.trim() !== "" && finding.expected.includes(find);
    return {
      kind: "mark",
      ref: finding.ref,
      expected: finding.expected,
      find: inTarget ? find : undefined,
      comment: guidanceFor(finding),
      ...(highlight ? { highlight } : {}),
      findingId: finding.id,
      ...(finding.context !== undefined ? { expectedContext: finding.context } : {}),
    };
  });
}

export function prepareMark(handles: DocumentHandles, edit: MarkEdit, options: MarkOptions): PreparedEdit | Refusal {
  const target = resolveTarget(handles, edit.ref);
  if (!target) return missing(edit.ref);
  // A finding already marked (its control, or for an empty slot its comment) is not marked twice.
  const already =
    (handles.contentControls?.items.some((cc) => parseMarkTag(cc.tag)?.findingId === edit.findingId) ?? false) ||
    (handles.comments?.items.some((comment) => ourCommentId(comment.content) === edit.findingId) ?? false);
  // Text over several lines may cross paragraphs, and one inline control cannot: such a target is marked whole,
  // paragraph by paragraph, like a target without `find`.
  const plan = edit.find && edit.find.trim() !== "" && !/[\n\r\u000b]/.test(edit.find) ? planSearch(edit.find) : null;
  const results = plan ? queueSearch(target.container, plan) : undefined;
  if (results) {
    results.head.load("font/highlightColor");
    results.tail?.load("font/highlightColor");
  }
  const whole = plan ? undefined : target.container.getRange("Content");
  whole?.load("font/highlightColor");
  // A whole target is marked paragraph by paragraph, each content range (without its paragraph mark) in its own
  // inline control: a block control around a paragraph in a table cell is valid OOXML, but LibreOffice then
  // renders the cell empty. A cell's paragraphs are loaded with the target (sync 2); a paragraph is its own.
  const cellParagraphs =
    whole && isCellRef(edit.ref) ? (target.container as Word.Body).paragraphs.load("text") : undefined;
  let range: Word.Range | null = null;
  let parts: Word.Range[] = [];
  let position = 0;
  let original: string | null = null;
  let empty = false;
  return {
    check: () => {
      const stale = checkTarget(target, edit.ref, edit.expected);
      if (stale) return stale;
      if (already) return null;
      empty = (target.text() ?? "").trim() === "";
      if (plan && results) {
        const hits = hitsFor(target.text() ?? "", edit.find ?? "", 0, plan);
        range = hits ? rangeFromHits(results, hits) : null;
        if (!hits || !range)
          return {
            reason: "missing",
            message: `"${(edit.find ?? "").slice(0, 60)}" is no longer at ${describeRef(edit.ref)}.`,
          };
        position = hits.position;
        const head = results.head.items[hits.head]!.font.highlightColor;
        const tail = hits.tail === undefined ? head : results.tail!.items[hits.tail]!.font.highlightColor;
        original = head === tail ? head : "";
      } else {
        range = whole ?? null;
        original = whole ? whole.font.highlightColor : null;
        parts = cellParagraphs
          ? cellParagraphs.items.filter((p) => p.text.trim() !== "").map((p) => p.getRange("Content"))
          : [(target.container as Word.Paragraph).getRange("Content")];
      }
      if (empty && !options.comments) {
        return {
          reason: "unsupported",
          message: `${describeRef(edit.ref)} is empty: it can only be marked with a comment, which needs WordApi 1.4.`,
        };
      }
      return null;
    },
    write: () => {
      if (already || !range) return;
      if (options.comments && edit.comment) range.insertComment(commentText(edit.findingId, edit.comment));
      // An empty range cannot be wrapped without Word adding placeholder text: the comment is the mark.
      if (empty) return;
      // Every control of one finding carries the same tag, so clear-marks restores each part exactly.
      for (const part of plan ? [range] : parts) {
        if (original !== "") part.font.highlightColor = edit.highlight ?? MARK_HIGHLIGHT;
        const control = part.insertContentControl();
        control.tag = markTag(edit.findingId, original);
        control.title = "DPIA Assist";
      }
    },
    order: () => ({ group: GROUP.mark, key: [...refOrder(edit.ref), position] }),
  };
}

/** Removes our marks; `removed()` is the number of distinct findings unmarked (valid after check). */
export function prepareClear(handles: DocumentHandles, _edit: ClearMarksEdit): PreparedEdit & { removed(): number } {
  const ids = new Set<string>();
  const controls = (handles.contentControls?.items ?? []).flatMap((cc) => {
    const parsed = parseMarkTag(cc.tag);
    return parsed ? [{ cc, parsed }] : [];
  });
  const comments = (handles.comments?.items ?? []).filter((comment) => ourCommentId(comment.content) !== null);
  return {
    check: () => null,
    write: () => {
      for (const { cc, parsed } of controls) {
        ids.add(parsed.findingId);
        if (parsed.original !== "mixed")
          (cc.font as { highlightColor: string | null }).highlightColor = parsed.original;
        cc.delete(true);
      }
      for (const comment of comments) {
        ids.add(ourCommentId(comment.content)!);
        comment.delete();
      }
    },
    removed: () => ids.size,
    order: () => ({ group: GROUP.clear, key: [] }),
  };
}
