import { isCellRef, refKey } from "../core/model";
import type { Finding } from "../core/report";
import type { RegisterRisk, RiskRegister } from "../core/risk/types";
import { KIND_LABELS } from "./labels";

/**
 * Gaps about one risk read as one item: "Risk 3: likelihood, severity and overall are still template text" rather
 * than three cards. A finding belongs to a risk when the check says so (its data names the risk and the column, as the
 * risk checks' messages do) or else when its cell is one of that risk's cells in the register (Step 5: id,
 * description, likelihood, severity, overall); findings of the same kind on two or more fields are grouped.
 */
export interface RiskGapGroup {
  key: string;
  riskId: string;
  label: string;
  findings: Finding[];
}

export type GapEntry = { finding: Finding } | { group: RiskGapGroup };

const FIELDS = ["id", "description", "likelihood", "severity", "overall"] as const;

function cellOwners(register: RiskRegister | undefined): Map<string, { risk: RegisterRisk; field: string }> {
  const owners = new Map<string, { risk: RegisterRisk; field: string }>();
  for (const risk of register?.risks ?? [])
    for (const field of FIELDS) {
      const cell = risk.cells[field];
      // A cell several risks share (one row, numbered risks) belongs to none of them alone.
      if (cell && !risk.sharesRow) owners.set(refKey(cell.ref), { risk, field });
    }
  return owners;
}

const DISPLAY: Record<string, string> = { id: "ID" };
const fieldOrder = (field: string) => {
  const i = FIELDS.findIndex((f) => field.toLowerCase().startsWith(f));
  return i < 0 ? FIELDS.length : i;
};

/** The risk and field a finding is about: from its data (`risk`, `column`), else from the register's cells. */
function ownerOf(
  f: Finding,
  owners: Map<string, { risk: RegisterRisk; field: string }>,
): { key: string; riskId: string; field: string } | undefined {
  const risk = f.data?.risk;
  // The column in a word ("likelihood") where the check gives one, else as its message names it ("likelihood of harm").
  const column = f.data?.field ?? f.data?.column;
  if (typeof risk === "string" && typeof column === "string" && risk.trim() && column.trim()) {
    // "3 (Data kept too long…)": the ID before the description the check quotes.
    const id = /^\S+/.exec(risk.trim())![0];
    return { key: `${f.section}|${risk}`, riskId: id, field: column.trim() };
  }
  const owner = isCellRef(f.ref) ? owners.get(refKey(f.ref)) : undefined;
  if (!owner) return undefined;
  const row = owner.risk.cells.id?.ref.row ?? owner.risk.cells.description?.ref.row;
  return { key: `${owner.risk.id}|${row}`, riskId: owner.risk.id, field: DISPLAY[owner.field] ?? owner.field };
}

const listed = (words: string[]) =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;

function groupLabel(riskId: string, kind: Finding["kind"], fields: string[]): string {
  const plural = fields.length > 1;
  const what = listed(fields);
  if (kind === "placeholder") return `Risk ${riskId}: ${what} ${plural ? "are" : "is"} still template text`;
  if (kind === "unanswered") return `Risk ${riskId}: ${what} ${plural ? "are" : "is"} empty`;
  return `Risk ${riskId}: ${what} — ${KIND_LABELS[kind].toLowerCase()}`;
}

/** The findings of one list (a section), with those about the same risk and of the same kind merged, in order. */
export function groupByRisk(findings: Finding[], register: RiskRegister | undefined): GapEntry[] {
  const owners = cellOwners(register);
  const byKey = new Map<
    string,
    { riskId: string; kind: Finding["kind"]; items: Array<{ f: Finding; field: string }> }
  >();
  for (const f of findings) {
    const owner = ownerOf(f, owners);
    if (!owner) continue;
    const key = `${owner.key}|${f.kind}`;
    const entry = byKey.get(key) ?? { riskId: owner.riskId, kind: f.kind, items: [] };
    entry.items.push({ f, field: owner.field });
    byKey.set(key, entry);
  }
  const groupOf = new Map<Finding, RiskGapGroup>();
  for (const [key, entry] of byKey) {
    if (entry.items.length < 2) continue;
    const fields = [...new Set(entry.items.map((i) => i.field))].sort((a, b) => fieldOrder(a) - fieldOrder(b));
    const group: RiskGapGroup = {
      key,
      riskId: entry.riskId,
      label: groupLabel(entry.riskId, entry.kind, fields),
      findings: entry.items.map((i) => i.f),
    };
    for (const i of entry.items) groupOf.set(i.f, group);
  }
  const out: GapEntry[] = [];
  const placed = new Set<RiskGapGroup>();
  for (const f of findings) {
    const group = groupOf.get(f);
    if (!group) out.push({ finding: f });
    else if (!placed.has(group)) {
      placed.add(group);
      out.push({ group });
    }
  }
  return out;
}
