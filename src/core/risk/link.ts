import { memoText } from "../detect/text";
import { withoutMarker } from "./split-cell";
import type { RegisterMeasure, RegisterRisk } from "./types";

/**
 * Links Step 6 rows to Step 5 risks: by the id or number written in the Step 6 risk column ("001",
 * "R1", "1)", "1, 2"), else by the description written there. A row that names no risk found stays an
 * orphan rather than being attached to a guess.
 */

export interface MeasureEntry {
  measure: RegisterMeasure;
  /** Text of the Step 6 "Risk ID" column ("" when the table has none). */
  reference: string;
  /** Text of the Step 6 "Risk" column (a number, the risk's description, or both). */
  description: string;
  hasContent: boolean;
}

/**
 * "R01" / "Risk 1" / "001" / "1)" → "1"; other ids lower-cased. Memoised, like referencedIds: asked of the same ids and
 * reference cells at every analysis (a live re-check analyses again after each pause).
 */
export const normaliseRiskId = memoText(function normaliseRiskId(text: string): string {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^(?:risk|r)\s*(?:id|no\.?|number)?\s*[-#:.]?\s*(?=\d)/, "")
    .replace(/[).:\s]+$/, "")
    .replace(/^\(/, "");
  return /^\d+$/.test(t) ? String(Number(t)) : t;
});

/** Ids named by a reference cell: "1", "R2", "1, 2", "1 and 3", "Risk 1 – server stolen" (→ "1"). */
export const referencedIds = memoText(function referencedIds(text: string): readonly string[] {
  const t = text.trim();
  if (!t) return Object.freeze([]);
  if (/^(?:(?:risk|r)\s*)?\d{1,4}(?:\s*(?:,|&|and|\/|;)\s*(?:(?:risk|r)\s*)?\d{1,4})+$/i.test(t)) {
    return Object.freeze(t.split(/\s*(?:,|&|and|\/|;)\s*/i).map((id) => normaliseRiskId(id)));
  }
  const lead = /^\s*\(?((?:risk\s*|r)?\d{1,4})(?:[).:–-]|\s|$)/i.exec(t);
  return Object.freeze(lead ? [normaliseRiskId(lead[1])] : [normaliseRiskId(t)]);
});

function tokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2),
  );
}

function similarity(a: string, b: string): number {
  const na = a.toLowerCase().replace(/\s+/g, " ").trim();
  const nb = b.toLowerCase().replace(/\s+/g, " ").trim();
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  if (Math.min(na.length, nb.length) >= 8 && (na.includes(nb) || nb.includes(na))) return 0.9;
  const ta = tokens(na);
  const tb = tokens(nb);
  const shared = [...ta].filter((w) => tb.has(w)).length;
  const union = new Set([...ta, ...tb]).size;
  return union ? shared / union : 0;
}

const DESCRIPTION_MATCH = 0.5;

/** Attaches each entry's measure to the risks it names; returns the measures that name none. */
export function linkMeasures(risks: RegisterRisk[], entries: MeasureEntry[]): RegisterMeasure[] {
  const orphans: RegisterMeasure[] = [];
  const byId = new Map<string, RegisterRisk[]>();
  for (const risk of risks) {
    const key = normaliseRiskId(risk.id);
    byId.set(key, [...(byId.get(key) ?? []), risk]);
  }
  for (const entry of entries) {
    if (!entry.hasContent) continue;
    const named = [entry.reference, entry.description].flatMap((t) => referencedIds(t)).filter((id) => byId.has(id));
    let targets = [...new Set(named)].flatMap((id) => byId.get(id) ?? []);
    if (!targets.length) {
      const text = withoutMarker(entry.description || entry.reference);
      const scored = risks
        .map((risk) => ({ risk, score: similarity(text, risk.description) }))
        .sort((a, b) => b.score - a.score);
      if (scored[0] && scored[0].score >= DESCRIPTION_MATCH && scored[0].score > (scored[1]?.score ?? 0))
        targets = [scored[0].risk];
    }
    if (targets.length) targets.forEach((risk) => risk.measures.push(entry.measure));
    else orphans.push(entry.measure);
  }
  return orphans;
}
