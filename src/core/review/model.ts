/**
 * The reviewer's work on an assessment, after CNIL's PIA method: each section judged acceptable, improvable or to be
 * corrected, with a note; corrective actions with an owner and a due date gathered into an action plan. Kept in the
 * document itself (src/word/store.ts) so it travels with the .docx. Pure data and functions.
 */

export const VERDICTS = ["acceptable", "improvable", "to-correct"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ACTION_STATUSES = ["open", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface SectionVerdict {
  /** The document's own heading, as findings name it ("Step 5: Identify and assess risks"). */
  section: string;
  verdict: Verdict;
  note: string;
}

export interface ReviewAction {
  /** Unique within the document. */
  id: string;
  section: string;
  /** What is to be done. */
  what: string;
  owner: string;
  /** YYYY-MM-DD. */
  due: string;
  status: ActionStatus;
}

export interface ReviewData {
  verdicts: SectionVerdict[];
  actions: ReviewAction[];
}

export function emptyReview(): ReviewData {
  return { verdicts: [], actions: [] };
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An open action whose due date is before `today` (YYYY-MM-DD strings compare as dates). */
export function isOverdue(action: ReviewAction, today: string): boolean {
  return action.status === "open" && action.due < today;
}

/**
 * The action plan's order: overdue actions first (oldest first), then the other open ones by due date, then the done
 * ones; equal dates keep the order they were written in.
 */
export function sortActions(actions: readonly ReviewAction[], today: string): ReviewAction[] {
  const rank = (a: ReviewAction) => (isOverdue(a, today) ? 0 : a.status === "open" ? 1 : 2);
  return actions
    .map((action, index) => ({ action, index }))
    .sort(
      (x, y) =>
        rank(x.action) - rank(y.action) ||
        (x.action.due < y.action.due ? -1 : x.action.due > y.action.due ? 1 : 0) ||
        x.index - y.index,
    )
    .map((x) => x.action);
}

/** Why a review cannot be saved as it is: an outcome, never an exception. */
export interface ReviewProblem {
  /** The section or action concerned. */
  where: string;
  message: string;
}

/**
 * What the reviewer must fix before saving: "improvable" and "to-correct" need at least one action for the section;
 * every action needs what, owner and a real due date; ids are unique; one verdict per section.
 */
export function validateReview(review: ReviewData): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const seenSections = new Set<string>();
  for (const v of review.verdicts) {
    if (seenSections.has(v.section))
      problems.push({ where: v.section, message: "this section has more than one verdict" });
    seenSections.add(v.section);
    if (v.verdict !== "acceptable" && !review.actions.some((a) => a.section === v.section))
      problems.push({
        where: v.section,
        message: `a verdict of "${v.verdict}" needs at least one action (what, owner, due date)`,
      });
  }
  const ids = new Set<string>();
  for (const a of review.actions) {
    const where = `action ${a.id}`;
    if (ids.has(a.id)) problems.push({ where, message: "two actions have this id" });
    ids.add(a.id);
    if (!a.what.trim()) problems.push({ where, message: "says nothing to do" });
    if (!a.owner.trim()) problems.push({ where, message: "has no owner" });
    if (!isIsoDate(a.due)) problems.push({ where, message: `due date must be YYYY-MM-DD, not "${a.due}"` });
  }
  return problems;
}

/** The review with one section's verdict set (replacing any earlier one for the section). */
export function withVerdict(review: ReviewData, verdict: SectionVerdict): ReviewData {
  return { ...review, verdicts: [...review.verdicts.filter((v) => v.section !== verdict.section), verdict] };
}

/** A new action id: one more than the highest "A<n>" in use, so ids stay short and never repeat in the document. */
export function nextActionId(review: ReviewData): string {
  const highest = review.actions.reduce((max, a) => {
    const n = /^A(\d+)$/.exec(a.id);
    return n ? Math.max(max, Number(n[1])) : max;
  }, 0);
  return `A${highest + 1}`;
}

/** The review with an action marked done (or open again). */
export function withActionStatus(review: ReviewData, id: string, status: ActionStatus): ReviewData {
  return { ...review, actions: review.actions.map((a) => (a.id === id ? { ...a, status } : a)) };
}
