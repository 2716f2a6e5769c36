import { normaliseForCompare, type AppendTextEdit, type ReplaceTextEdit, type SetTextEdit } from "../core/edits";
import { hitsFor, matchPositions, normaliseBreaks, planSearch, queueSearch, rangeFromHits } from "./locate";
import { checkTarget, GROUP, missing, refOrder, searchMismatch, type PreparedEdit, type Refusal } from "./prepared";
import { queueMarksIn } from "./review";
import { describeRef, resolveTarget, type DocumentHandles } from "./targets";

/** Replaces the whole text of the target; Word keeps the formatting of the first character replaced. */
export function prepareSetText(handles: DocumentHandles, edit: SetTextEdit): PreparedEdit | Refusal {
  const target = resolveTarget(handles, edit.ref);
  if (!target) return missing(edit.ref);
  const unmark = queueMarksIn(target.container, handles.canComment);
  return {
    check: () => checkTarget(target, edit.ref, edit.expected),
    write: () => {
      unmark();
      target.container.insertText(edit.text, "Replace");
    },
    landed: () => same(target.text(), edit.text),
    order: () => ({ group: GROUP.text, key: refOrder(edit.ref) }),
  };
}

/**
 * Replaces one occurrence of `find` through Word's search inside the target, so the replacement takes
 * the formatting of the run the placeholder starts in and nothing else in the target is touched.
 */
export function prepareReplaceText(handles: DocumentHandles, edit: ReplaceTextEdit): PreparedEdit | Refusal {
  const plan = planSearch(edit.find);
  if (!plan) return { reason: "unsupported", message: "Nothing to replace: the text to find is empty." };
  const target = resolveTarget(handles, edit.ref);
  if (!target) return missing(edit.ref);
  const results = queueSearch(target.container, plan);
  const unmark = queueMarksIn(target.container, handles.canComment);
  let range: Word.Range | null = null;
  let position = 0;
  return {
    check: () => {
      const stale = checkTarget(target, edit.ref, edit.expected);
      if (stale) return stale;
      const current = target.text() ?? "";
      const hits = hitsFor(current, edit.find, edit.occurrence ?? 0, plan);
      if (!hits) {
        return {
          reason: "missing",
          message: `"${edit.find.slice(0, 60)}" is no longer at ${describeRef(edit.ref)}; scan again.`,
        };
      }
      range = rangeFromHits(results, hits, current, plan);
      if (!range) return searchMismatch(edit.find, edit.ref);
      position = hits.position;
      return null;
    },
    write: () => {
      if (!range) return;
      unmark();
      if (edit.replacement === "") range.delete();
      else range.insertText(edit.replacement, "Replace");
    },
    landed: () => same(target.text(), replaced(edit)),
    order: () => ({ group: GROUP.text, key: [...refOrder(edit.ref), position] }),
  };
}

/** Adds text at the end of the target, or a new paragraph after it. */
export function prepareAppendText(handles: DocumentHandles, edit: AppendTextEdit): PreparedEdit | Refusal {
  const target = resolveTarget(handles, edit.ref);
  if (!target) return missing(edit.ref);
  const container = target.container;
  // A new paragraph after a body paragraph leaves the target's own text as it was, so the target check alone
  // would let the same answer be appended twice (a double click, or a pane that has not re-scanned yet):
  // look at the paragraph that follows too.
  const next = edit.asNewParagraph && !target.cell ? (container as Word.Paragraph).getNextOrNullObject() : undefined;
  next?.load("text");
  const unmark = queueMarksIn(container, handles.canComment);
  return {
    check: () => {
      const stale = checkTarget(target, edit.ref, edit.expected);
      if (stale || !next || next.isNullObject) return stale;
      if (normaliseForCompare(next.text) !== normaliseForCompare(edit.text)) return null;
      return {
        reason: "stale",
        message: `This answer is already in the document after ${describeRef(edit.ref)}; scan again.`,
      };
    },
    write: () => {
      unmark();
      if (!edit.asNewParagraph) container.insertText(edit.text, "End");
      else if (target.cell) (container as Word.Body).insertParagraph(edit.text, "End");
      else (container as Word.Paragraph).insertParagraph(edit.text, "After");
    },
    landed: () => {
      if (!edit.asNewParagraph) return same(target.text(), `${edit.expected}${edit.text}`);
      if (target.cell) return same(target.text(), `${edit.expected}\n${edit.text}`);
      return (
        same(target.text(), edit.expected) && next !== undefined && !next.isNullObject && same(next.text, edit.text)
      );
    },
    order: () => ({ group: edit.asNewParagraph ? GROUP.paragraph : GROUP.text, key: refOrder(edit.ref) }),
  };
}

function same(actual: string | undefined, wanted: string): boolean {
  return actual !== undefined && normaliseForCompare(actual) === normaliseForCompare(wanted);
}

/** The target's text once the replacement is made (what a landed replace-text leaves). */
function replaced(edit: ReplaceTextEdit): string {
  const text = normaliseBreaks(edit.expected);
  const find = normaliseBreaks(edit.find);
  const at = matchPositions(text, find)[edit.occurrence ?? 0];
  return at === undefined ? text : text.slice(0, at) + edit.replacement + text.slice(at + find.length);
}
