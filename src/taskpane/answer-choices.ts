import type { Finding, GuidedAnswer, SlotType } from "../core/report";
import type { RiskMatrix } from "../core/vocabulary/risk-matrices";
import { levelsFor, type Axis } from "../core/vocabulary/risk-levels";

/** One option the user can pick: what it says, what it writes, and why (definition or consequence). */
export interface Choice {
  key: string;
  label: string;
  text: string;
  why: string;
  citation?: string;
  /** A skeleton the user must edit before it is written (e.g. "No – [explain why]"). */
  draft?: boolean;
}

export const AXIS_SLOTS: readonly SlotType[] = ["likelihood", "severity", "overall", "effect", "residual", "approved"];

export const fromAnswers = (answers: GuidedAnswer[]): Choice[] =>
  answers.map((a, i) => ({
    key: String(i),
    label: a.label,
    text: a.text,
    why: a.why,
    citation: a.citation,
    draft: a.draft,
  }));

const YES_NO: Choice[] = [
  { key: "yes", label: "Yes", text: "Yes", why: "Confirms the statement; say how, if the form asks." },
  { key: "no", label: "No", text: "No", why: "Record why not: a “No” usually needs a reason or a measure." },
];

/**
 * The options for a slot. The finding's own guided answers come first (they carry the engine's wording and
 * citations); for scale slots without them, the levels of the matrix in use, each with its definition.
 */
export function choicesFor(finding: Finding, matrix: RiskMatrix): Choice[] {
  const answers = finding.answers ?? [];
  if (finding.slot !== "free-text" && answers.some((a) => !a.draft)) return fromAnswers(answers);
  if (finding.slot && AXIS_SLOTS.includes(finding.slot)) {
    return levelsFor(finding.slot as Axis, matrix).map((l) => ({
      key: l.id,
      label: l.label,
      text: l.label,
      why: l.definition,
    }));
  }
  if (finding.slot === "yes-no") return YES_NO;
  return [];
}

/** The model answer a free-text slot starts from (clearly a draft), or "" when there is none. */
export function draftFor(finding: Finding): string {
  return (finding.answers ?? []).find((a) => a.draft)?.text ?? "";
}

const LEGITIMATE_INTERESTS = /legitimate interest|6\s*\(\s*1\s*\)\s*\(\s*f\s*\)/i;

/**
 * Lawful bases a public authority may not use for its tasks (Article 6(1), last sentence) are left out
 * for public authorities; the helper says so rather than hiding it silently.
 */
export function basesFor(choices: Choice[], organisation: string | undefined): { shown: Choice[]; hidden: Choice[] } {
  if (organisation !== "public-authority") return { shown: choices, hidden: [] };
  const isLi = (c: Choice) => LEGITIMATE_INTERESTS.test(`${c.label} ${c.citation ?? ""}`);
  return { shown: choices.filter((c) => !isLi(c)), hidden: choices.filter(isLi) };
}

/** Reads the dates people type: 31/3/2026, 31.3.26, 2026-03-31, or anything Date understands. */
export function parseTypedDate(text: string): Date | null {
  const t = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const date = new Date(year, Number(m[2]) - 1, Number(m[1]));
    return date.getMonth() === Number(m[2]) - 1 ? date : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const parsed = Date.parse(t);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}
