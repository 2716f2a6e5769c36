import { MARK_TAG_PREFIX } from "../core/edits";
import type { Ref } from "../core/model";
import type { ReviewAction, SectionVerdict } from "../core/review/model";
import { normalise } from "../core/detect/text";
import { checkTarget, missing } from "./prepared";
import { ourComment, VERDICT_COMMENT_PREFIX } from "./review";
import { DocumentHandles, needsFor, resolveTarget, type Target } from "./targets";

/**
 * The reviewer's verdict on a section, as ONE Word comment at the section's heading. Word gives an add-in's comment
 * the signed-in user as author: `Range.insertComment(commentText)` takes the text alone and `Comment.authorName` is
 * read-only (learn.microsoft.com/javascript/api/word/word.comment, WordApi 1.4). So the comment starts with
 * VERDICT_COMMENT_PREFIX and ends with a tag naming the section, which is how it is found again: updated in place when
 * the verdict changes, deleted when the verdict is withdrawn, removed by "clear marks" (review.ts) — and a comment
 * anyone else wrote is never touched.
 */

/** What a section's comment should say, or `null` to remove it (no verdict any more). */
export interface VerdictComment {
  section: string;
  /** The heading (Report.sections): where a new comment goes. */
  ref: Ref;
  /** The heading's text when scanned: a new comment is refused if it changed. */
  expected: string;
  text: string | null;
}

export type VerdictCommentResult =
  | { section: string; status: "added" | "updated" | "unchanged" | "removed" }
  | { section: string; status: "refused"; reason: "stale" | "missing"; message: string };

const VERDICT_WORDS: Record<SectionVerdict["verdict"], string> = {
  acceptable: "Acceptable",
  improvable: "Improvable",
  "to-correct": "To correct",
};

/** FNV-1a: a short stable key for a section title (not for security). */
function key(section: string): string {
  let h = 0x811c9dc5;
  const text = normalise(section);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** The id in the comment's tag: one per section, so a section never has two verdict comments. */
export function verdictTagId(section: string): string {
  return `verdict-${key(section)}`;
}

/**
 * The comment's text, on one line: whose it is, the verdict, the note, the section's actions, and the tag. One line,
 * because hosts differ in what a line break in `Comment.content` becomes (a new paragraph on insert, a break or
 * nothing when the content is set), and an update must read back as what was written.
 */
export function verdictCommentText(verdict: SectionVerdict, actions: readonly ReviewAction[]): string {
  const flat = (text: string) => text.replace(/\s+/g, " ").trim();
  const parts = [`${VERDICT_COMMENT_PREFIX} ${VERDICT_WORDS[verdict.verdict]}`];
  if (flat(verdict.note)) parts.push(flat(verdict.note));
  for (const a of actions.filter((x) => x.section === verdict.section))
    parts.push(`Action: ${flat(a.what)} (${flat(a.owner)}, due ${a.due}${a.status === "done" ? ", done" : ""})`);
  return `${parts.join(" — ")} [${MARK_TAG_PREFIX}${verdictTagId(verdict.section)}]`;
}

/** The comments for a whole review: one per verdict whose section has a heading; null for the sections without. */
export function verdictComments(
  verdicts: readonly SectionVerdict[],
  actions: readonly ReviewAction[],
  sections: readonly { title: string; ref: Ref; expected: string }[],
): VerdictComment[] {
  return sections.map((s) => {
    const verdict = verdicts.find((v) => v.section === s.title);
    return {
      section: s.title,
      ref: s.ref,
      expected: s.expected,
      text: verdict ? verdictCommentText(verdict, actions) : null,
    };
  });
}

/**
 * Brings the document's verdict comments in line with `wanted`, in three syncs whatever their number: the comments and
 * the targets' collections (1), the headings' texts (2), the writes (3). A verdict comment whose tag names no section
 * of `wanted` is left alone: its heading may have been reworded since, and the reviewer's words are not ours to drop.
 */
export async function writeVerdictComments(
  context: Word.RequestContext,
  wanted: readonly VerdictComment[],
): Promise<VerdictCommentResult[]> {
  const handles = new DocumentHandles(context, { ...needsFor(wanted.map((w) => w.ref)), comments: true });
  await context.sync();
  const existing = new Map<string, Word.Comment[]>();
  for (const comment of handles.comments?.items ?? []) {
    const id = ourComment(comment.content)?.findingId;
    if (id?.startsWith("verdict-")) existing.set(id, [...(existing.get(id) ?? []), comment]);
  }
  const targets = new Map<VerdictComment, Target | undefined>();
  for (const w of wanted)
    if (w.text !== null && !existing.has(verdictTagId(w.section))) targets.set(w, resolveTarget(handles, w.ref));
  if (targets.size > 0) await context.sync();

  const results: VerdictCommentResult[] = [];
  for (const w of wanted) {
    const found = existing.get(verdictTagId(w.section)) ?? [];
    if (w.text === null) {
      for (const c of found) c.delete();
      if (found.length > 0) results.push({ section: w.section, status: "removed" });
      continue;
    }
    if (found.length > 0) {
      // One comment per section: a copy (a document merged by hand) goes, the first is brought up to date.
      for (const extra of found.slice(1)) extra.delete();
      const same = found[0].content.trim() === w.text;
      if (!same) found[0].content = w.text;
      results.push({ section: w.section, status: same ? "unchanged" : "updated" });
      continue;
    }
    const target = targets.get(w);
    const refusal = target ? checkTarget(target, w.ref, w.expected) : missing(w.ref);
    if (refusal) {
      results.push({
        section: w.section,
        status: "refused",
        reason: refusal.reason as "stale" | "missing",
        message: refusal.message,
      });
      continue;
    }
    target!.container.getRange("Content").insertComment(w.text);
    results.push({ section: w.section, status: "added" });
  }
  await context.sync();
  return results;
}
