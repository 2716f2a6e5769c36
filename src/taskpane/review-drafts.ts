import {
  isIsoDate,
  nextActionId,
  type ActionStatus,
  type ReviewAction,
  type ReviewData,
  type Verdict,
} from "../core/review/model";

/**
 * The verdict form's state for one section, and what stops it being saved, as messages the reviewer can act on
 * (which field, what to do). Pure: the form renders these, the tests check them.
 */

export interface ActionDraft {
  /** The stored id, or "" for an action added in this form (it gets the next free id on save). */
  id: string;
  /** Stable React key within the form. */
  key: string;
  what: string;
  owner: string;
  /** YYYY-MM-DD, or "" when no date was chosen. */
  due: string;
  status: ActionStatus;
}

export interface VerdictDraft {
  section: string;
  verdict: Verdict | null;
  note: string;
  actions: ActionDraft[];
}

export interface ActionErrors {
  what?: string;
  owner?: string;
  due?: string;
}

export interface DraftErrors {
  verdict?: string;
  /** By ActionDraft.key. */
  actions: Record<string, ActionErrors>;
  /** How many fields need the reviewer's attention (0: the draft can be saved). */
  count: number;
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  acceptable: "Acceptable",
  improvable: "Improvable",
  "to-correct": "To correct",
};

let keys = 0;
const newKey = () => `draft-${++keys}`;

export function blankAction(): ActionDraft {
  return { id: "", key: newKey(), what: "", owner: "", due: "", status: "open" };
}

/** The form for a section as the review stands: its verdict and note, and its actions. */
export function draftFor(review: ReviewData, section: string): VerdictDraft {
  const verdict = review.verdicts.find((v) => v.section === section);
  return {
    section,
    verdict: verdict?.verdict ?? null,
    note: verdict?.note ?? "",
    actions: review.actions.filter((a) => a.section === section).map((a) => ({ ...a, key: newKey() })),
  };
}

const isBlankAction = (a: ActionDraft) => !a.what.trim() && !a.owner.trim() && !a.due;

/**
 * What must change before the draft is saved. A row left wholly empty is not an action (it is dropped on save); a row
 * started must be finished. "Improvable" and "To correct" need at least one action, as CNIL's PIA method asks.
 */
export function validateDraft(draft: VerdictDraft): DraftErrors {
  const errors: DraftErrors = { actions: {}, count: 0 };
  if (draft.verdict === null) {
    errors.verdict = "Choose a verdict for this section.";
    errors.count++;
  }
  const actions = draft.actions.filter((a) => !isBlankAction(a));
  if (draft.verdict !== null && draft.verdict !== "acceptable" && actions.length === 0) {
    errors.verdict = `"${VERDICT_LABELS[draft.verdict]}" needs at least one action: say what is to be done, by whom and by when.`;
    errors.count++;
  }
  for (const a of actions) {
    const e: ActionErrors = {};
    if (!a.what.trim()) e.what = "Say what is to be done.";
    if (!a.owner.trim()) e.owner = "Name who will do it.";
    if (!a.due) e.due = "Choose a due date.";
    else if (!isIsoDate(a.due)) e.due = "This is not a date: choose one in the calendar or type it as 31/03/2027.";
    const n = Object.keys(e).length;
    if (n > 0) {
      errors.actions[a.key] = e;
      errors.count += n;
    }
  }
  return errors;
}

/**
 * The review with this section's verdict and actions replaced by the draft's (other sections untouched, in their
 * order); new actions get the next free ids, empty rows are dropped. Call only when validateDraft found nothing.
 */
export function applyDraft(review: ReviewData, draft: VerdictDraft): ReviewData {
  if (draft.verdict === null) throw new RangeError("applyDraft: the draft has no verdict (validate it first)");
  const verdicts = [
    ...review.verdicts.filter((v) => v.section !== draft.section),
    { section: draft.section, verdict: draft.verdict, note: draft.note.trim() },
  ];
  const kept = review.actions.filter((a) => a.section !== draft.section);
  const actions: ReviewAction[] = [...kept];
  for (const a of draft.actions) {
    if (isBlankAction(a)) continue;
    // Counted over the stored actions and those added so far: two actions of one review never share an id.
    const id = a.id || nextActionId({ verdicts, actions: [...review.actions, ...actions] });
    actions.push({
      id,
      section: draft.section,
      what: a.what.trim(),
      owner: a.owner.trim(),
      due: a.due,
      status: a.status,
    });
  }
  return { verdicts, actions };
}

/** The review without a section's verdict and actions (the reviewer withdrew it). */
export function withoutSection(review: ReviewData, section: string): ReviewData {
  return {
    verdicts: review.verdicts.filter((v) => v.section !== section),
    actions: review.actions.filter((a) => a.section !== section),
  };
}

/** A date as the form shows and stores it. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Date a stored YYYY-MM-DD names, at local midnight (for the date picker). */
export function dateOf(iso: string): Date | undefined {
  if (!isIsoDate(iso)) return undefined;
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y, m - 1, d);
}
