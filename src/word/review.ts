import { MARK_TAG_PREFIX, type ClearMarksEdit, type MarkEdit } from "../core/edits";
import { isCellRef } from "../core/model";
import type { Finding } from "../core/report";
import { hitsFor, planSearch, queueSearch, rangeFromHits } from "./locate";
import { checkTarget, GROUP, missing, refOrder, searchMismatch, type PreparedEdit, type Refusal } from "./prepared";
import { describeRef, resolveTarget, type DocumentHandles } from "./targets";

/**
 * Reviewer marks. Each mark is the marked text wrapped in a content control tagged with the finding id
 * and the highlight the text had before, plus (WordApi 1.4) a comment whose text starts with
 * COMMENT_PREFIX and ends with the same id. "Clear marks" therefore finds exactly our marks, puts the
 * original highlight back and unwraps the text; a highlight or comment the user made is never touched.
 */

export const COMMENT_PREFIX = "DPIA Assist:";
/**
 * The first words of a verdict comment. Word gives an add-in's comment the signed-in user as author
 * (Comment.authorName is read-only, Range.insertComment takes the text alone), so the comment says whose it is.
 */
export const VERDICT_COMMENT_PREFIX = "DPIA Assist review:";
export const MARK_HIGHLIGHT = "#FFFF00";
const ORIGINAL = "|h=";

export interface MarkOptions {
  /** Comments are available (WordApi 1.4). */
  comments: boolean;
  /** Word refused a content control earlier in this batch: mark with highlight + comment from the start. */
  preferComments?: boolean;
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

/**
 * Comment text: recognisable prefix, the message, the tag that ties it to its mark. A mark that could not be a content
 * control (Word refused one there) is a highlight plus this comment, whose tag then carries the highlight to restore
 * (`original`, as in markTag); a comment beside a control carries the id only.
 */
export function commentText(findingId: string, body: string, original?: string | null): string {
  const text = body.startsWith(COMMENT_PREFIX) ? body : `${COMMENT_PREFIX} ${body}`;
  const tag = original === undefined ? `${MARK_TAG_PREFIX}${findingId}` : markTag(findingId, original);
  return `${text}\n[${tag}]`;
}

const OUR_COMMENT = new RegExp(`\\[${MARK_TAG_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\]]+)\\]\\s*$`);

/**
 * A comment the add-in wrote: the finding id and, for a highlight-and-comment mark, the highlight to restore
 * (`highlight` absent when the comment sits beside a control, which restores its own); null for anyone else's.
 */
export function ourComment(content: string): { findingId: string; highlight?: string | null } | null {
  const start = content.trimStart();
  // A reviewer's verdict comment (verdict-comments.ts) is ours too, so "clear marks" removes it with the others.
  if (!start.startsWith(COMMENT_PREFIX) && !start.startsWith(VERDICT_COMMENT_PREFIX)) return null;
  const captured = OUR_COMMENT.exec(content)?.[1];
  if (captured === undefined) return null;
  if (!captured.includes(ORIGINAL)) return { findingId: captured };
  const parsed = parseMarkTag(`${MARK_TAG_PREFIX}${captured}`)!;
  return { findingId: parsed.findingId, highlight: parsed.original };
}

/** The finding id of a comment the add-in wrote, or null for anyone else's comment. */
export function ourCommentId(content: string): string | null {
  return ourComment(content)?.findingId ?? null;
}

/** The comment's text once its highlight is given back: the tag keeps the id only. */
function withoutHighlight(content: string, findingId: string): string {
  return content.replace(OUR_COMMENT, `[${MARK_TAG_PREFIX}${findingId}]`);
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

/** A prepared mark can be switched to highlight + comment when Word refuses a content control there. */
export interface PreparedMark extends PreparedEdit {
  fallback(): boolean;
}

/**
 * A mark is a content control (tagged, so clear-marks restores the highlight it covered) plus a comment. Word on the
 * web refuses a control on part of a table cell (office-js issue 3367) or next to another control (6103): such a mark
 * is a highlight plus a comment whose tag records the highlight to restore. Part of a cell is known to fail, so with
 * comments available it takes that form from the start; any other refusal switches the mark over when apply retries
 * (`fallback`). Without comments (WordApi 1.4) nothing could find a bare highlight again, so the mark is refused.
 */
export function prepareMark(handles: DocumentHandles, edit: MarkEdit, options: MarkOptions): PreparedMark | Refusal {
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
  const cellParagraphs = isCellRef(edit.ref) ? (target.container as Word.Body).paragraphs.load("text") : undefined;
  let range: Word.Range | null = null;
  let parts: Word.Range[] = [];
  let position = 0;
  let original: string | null = null;
  let empty = false;
  let asComment = false;
  /** Set by fallback(): Word refused this mark's control in the write that just failed. */
  let forced = false;
  const comment = edit.comment ?? "Marked for review.";
  return {
    check: () => {
      const stale = checkTarget(target, edit.ref, edit.expected);
      if (stale) return stale;
      if (already) return null;
      const current = target.text() ?? "";
      empty = current.trim() === "";
      if (plan && results) {
        const hits = hitsFor(current, edit.find ?? "", 0, plan);
        if (!hits)
          return {
            reason: "missing",
            message: `"${(edit.find ?? "").slice(0, 60)}" is no longer at ${describeRef(edit.ref)}.`,
          };
        range = rangeFromHits(results, hits, current, plan);
        if (!range) return searchMismatch(edit.find ?? "", edit.ref);
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
      // Part of a cell: a search hit in it, or one of several paragraphs (see above).
      const partOfCell = cellParagraphs !== undefined && (plan !== null || cellParagraphs.items.length > 1);
      asComment = forced || (options.comments && (partOfCell || options.preferComments === true));
      return null;
    },
    write: () => {
      if (already || !range) return;
      // An empty range cannot be wrapped without Word adding placeholder text: the comment is the mark.
      if (empty) {
        range.insertComment(commentText(edit.findingId, comment));
        return;
      }
      if (asComment) {
        if (original !== "") range.font.highlightColor = edit.highlight ?? MARK_HIGHLIGHT;
        range.insertComment(commentText(edit.findingId, comment, original));
        return;
      }
      // The control comes first: if Word refuses it, nothing of this mark has been written (apply then retries the
      // mark as a highlight and a comment). Every control of one finding carries the same tag, so clear-marks
      // restores each part exactly.
      for (const part of plan ? [range] : parts) {
        const control = part.insertContentControl();
        control.tag = markTag(edit.findingId, original);
        control.title = "DPIA Assist";
        if (original !== "") control.font.highlightColor = edit.highlight ?? MARK_HIGHLIGHT;
      }
      if (options.comments && edit.comment) range.insertComment(commentText(edit.findingId, edit.comment));
    },
    landed: () => already,
    fallback: () => {
      // Already a highlight and a comment (or a comment alone): there is nothing simpler to fall back to.
      if (!options.comments || options.preferComments === true || forced) return false;
      forced = true;
      return true;
    },
    order: () => ({ group: GROUP.mark, key: [...refOrder(edit.ref), position] }),
  };
}

/**
 * Our marks inside a target, loaded with the target (sync 2). An edit writing there calls the returned function
 * first, in its write phase: each mark gives back the highlight it covered and its control is unwrapped, so the
 * answer takes the author's formatting, never our yellow (Word gives new text the formatting of the text it replaces
 * or follows). The mark's comment stays until "clear marks" (it still tells the reviewer what the gap was), without
 * the highlight it no longer needs to restore.
 */
export function queueMarksIn(container: Word.Paragraph | Word.Body, comments: boolean): () => void {
  const controls = container.contentControls.load("items/tag");
  const notes = comments ? container.getComments().load("items/content") : undefined;
  return () => {
    for (const control of controls.items) {
      const parsed = parseMarkTag(control.tag);
      if (!parsed) continue;
      if (parsed.original !== "mixed")
        (control.font as { highlightColor: string | null }).highlightColor = parsed.original;
      control.delete(true);
    }
    for (const note of notes?.items ?? []) {
      const ours = ourComment(note.content);
      if (!ours || ours.highlight === undefined) continue;
      if (ours.highlight !== "mixed")
        (note.getRange().font as { highlightColor: string | null }).highlightColor = ours.highlight;
      note.content = withoutHighlight(note.content, ours.findingId);
    }
  };
}

/** Removes our marks; `removed()` is the number of distinct findings unmarked (valid after check). */
export function prepareClear(handles: DocumentHandles, _edit: ClearMarksEdit): PreparedEdit & { removed(): number } {
  const ids = new Set<string>();
  const controls = (handles.contentControls?.items ?? []).flatMap((cc) => {
    const parsed = parseMarkTag(cc.tag);
    return parsed ? [{ cc, parsed }] : [];
  });
  const comments = (handles.comments?.items ?? []).flatMap((comment) => {
    const ours = ourComment(comment.content);
    return ours ? [{ comment, ours }] : [];
  });
  return {
    check: () => null,
    write: () => {
      for (const { cc, parsed } of controls) {
        ids.add(parsed.findingId);
        if (parsed.original !== "mixed")
          (cc.font as { highlightColor: string | null }).highlightColor = parsed.original;
        cc.delete(true);
      }
      for (const { comment, ours } of comments) {
        ids.add(ours.findingId);
        // A highlight-and-comment mark: the comment's range gets back the highlight it had.
        if (ours.highlight !== undefined && ours.highlight !== "mixed")
          (comment.getRange().font as { highlightColor: string | null }).highlightColor = ours.highlight;
        comment.delete();
      }
    },
    landed: () => controls.length === 0 && comments.length === 0,
    removed: () => ids.size,
    order: () => ({ group: GROUP.clear, key: [] }),
  };
}
