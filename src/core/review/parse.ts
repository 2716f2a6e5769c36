import {
  ACTION_STATUSES,
  VERDICTS,
  emptyReview,
  isIsoDate,
  type ActionStatus,
  type ReviewAction,
  type ReviewData,
  type SectionVerdict,
  type Verdict,
} from "./model";

/**
 * Reading the review data kept in a document. Tolerant where it can be (unknown fields are ignored, a missing note is
 * ""), but never silent: an entry that cannot be read is left out AND named in `problems`, and data that is not a
 * review at all (bad JSON, wrong shape) is a ReviewDataError with a message that says what is wrong.
 */

export const REVIEW_FORMAT_VERSION = 1;

/** The document's review data is unreadable as a whole. */
export class ReviewDataError extends Error {
  override readonly name = "ReviewDataError";
}

export interface ParsedReview {
  review: ReviewData;
  /** One line per entry left out, saying which and why. */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export function parseReview(json: string | null | undefined): ParsedReview {
  if (json === null || json === undefined || json.trim() === "") return { review: emptyReview(), problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new ReviewDataError(`the review data in the document is not valid JSON (${error.message})`);
  }
  if (!isObject(raw)) throw new ReviewDataError("the review data in the document is not an object");
  if (typeof raw.version === "number" && raw.version > REVIEW_FORMAT_VERSION)
    throw new ReviewDataError(
      `the review data was written by a newer version (format ${raw.version}; this one reads ${REVIEW_FORMAT_VERSION})`,
    );
  for (const key of ["verdicts", "actions"] as const)
    if (raw[key] !== undefined && !Array.isArray(raw[key]))
      throw new ReviewDataError(`the review data's "${key}" is not a list`);
  const problems: string[] = [];
  const verdicts: SectionVerdict[] = [];
  ((raw.verdicts as unknown[] | undefined) ?? []).forEach((entry, i) => {
    const v = isObject(entry) ? entry : {};
    const section = text(v.section);
    const verdict = text(v.verdict);
    if (!section) return void problems.push(`verdict ${i + 1}: no section`);
    if (!verdict || !(VERDICTS as readonly string[]).includes(verdict))
      return void problems.push(`verdict ${i + 1} (${section}): "${String(v.verdict)}" is not ${VERDICTS.join(", ")}`);
    verdicts.push({ section, verdict: verdict as Verdict, note: text(v.note) ?? "" });
  });
  const actions: ReviewAction[] = [];
  ((raw.actions as unknown[] | undefined) ?? []).forEach((entry, i) => {
    const a = isObject(entry) ? entry : {};
    const id = text(a.id) ?? "";
    const label = `action ${id || i + 1}`;
    const what = text(a.what);
    const due = text(a.due);
    const status = text(a.status) ?? "open";
    if (!id) return void problems.push(`${label}: no id`);
    if (!what) return void problems.push(`${label}: says nothing to do`);
    if (!due || !isIsoDate(due)) return void problems.push(`${label}: due date "${String(a.due)}" is not YYYY-MM-DD`);
    if (!(ACTION_STATUSES as readonly string[]).includes(status))
      return void problems.push(`${label}: status "${status}" is not open or done`);
    actions.push({
      id,
      section: text(a.section) ?? "",
      what,
      owner: text(a.owner) ?? "",
      due,
      status: status as ActionStatus,
    });
  });
  return { review: { verdicts, actions }, problems };
}

/** The JSON kept in the document (with its format version, so a later version can read it or refuse clearly). */
export function serializeReview(review: ReviewData): string {
  return JSON.stringify({ version: REVIEW_FORMAT_VERSION, verdicts: review.verdicts, actions: review.actions });
}
