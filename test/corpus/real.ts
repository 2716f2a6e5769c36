/**
 * The real documents written by other people, read from ../shared/fixtures/real at run time (never copied into the
 * repository), with the hand labels of its expectations.json scored by the same rules as the built documents: `expect`
 * entries are gaps with a `min` (and `max` when given, otherwise any number more), `forbid` entries must not be
 * reported, `soft` entries are acceptable, `risks` are checked against the register. real-acceptable.json beside this
 * file adds findings a reviewer would accept, each with its reason, written by reading the documents.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import type { FindingKind, TemplateId } from "../../src/core/report";
import { REAL_FIXTURES_DIR } from "../fixtures/fixtures";
import type { Acceptable, CorpusDocument, CorpusExpectations, Gap, MustNotReport, RiskExpectation } from "./types";

interface RealPattern {
  kind?: FindingKind;
  kindIn?: FindingKind[];
  text?: string;
  min?: number;
  max?: number;
  why?: string;
}

interface RealLabels {
  file: string;
  template?: TemplateId | null;
  expect?: RealPattern[];
  forbid?: RealPattern[];
  soft?: RealPattern[];
  risks?: ({ count: number } | (RiskExpectation & { id: string }))[];
}

export interface RealLabelFile {
  today?: string;
  documents: RealLabels[];
}

export type RealAcceptable = Record<string, Acceptable[]>;

const ACCEPTABLE_FILE = path.join(__dirname, "real-acceptable.json");

function kindOf(p: RealPattern): Pick<Gap, "kind" | "kindIn"> {
  return p.kindIn ? { kindIn: p.kindIn } : p.kind ? { kind: p.kind } : {};
}

/** Pure: one document's labels in the corpus format. */
export function adaptRealLabels(labels: RealLabels, acceptable: Acceptable[] = []): CorpusExpectations {
  const gaps: Gap[] = (labels.expect ?? []).map((e) => ({
    ...kindOf(e),
    text: e.text,
    min: e.min ?? 1,
    max: e.max ?? Infinity,
    why: e.why,
  }));
  const mustNotReport: MustNotReport[] = (labels.forbid ?? []).map((f) => ({ ...kindOf(f), text: f.text, why: f.why }));
  const soft: Acceptable[] = (labels.soft ?? []).map((s) => ({
    ...kindOf(s),
    text: s.text,
    why: s.why ?? "worth finding, not required (soft label)",
  }));
  const expectations: CorpusExpectations = { gaps, mustNotReport, acceptable: [...soft, ...acceptable] };
  if (labels.template) expectations.template = labels.template;
  if (labels.risks) {
    const count = labels.risks.find((r): r is { count: number } => "count" in r);
    const entries = labels.risks.filter((r): r is RiskExpectation & { id: string } => "id" in r);
    expectations.risks = { ...(count ? { count: count.count } : {}), ...(entries.length ? { entries } : {}) };
  }
  return expectations;
}

let warned = false;

/** The labelled real documents present in `dir`; none (with one message) when the folder is absent. */
export function realDocuments(dir = REAL_FIXTURES_DIR): CorpusDocument[] {
  const labelFile = path.join(dir, "expectations.json");
  if (!existsSync(labelFile)) {
    if (!warned) console.log(`Real corpus documents skipped: ${labelFile} is absent.`);
    warned = true;
    return [];
  }
  const labels = JSON.parse(readFileSync(labelFile, "utf8")) as RealLabelFile;
  const extra: RealAcceptable = existsSync(ACCEPTABLE_FILE)
    ? (JSON.parse(readFileSync(ACCEPTABLE_FILE, "utf8")) as RealAcceptable)
    : {};
  const labelled = new Set(labels.documents.map((d) => d.file));
  const unlabelled = readdirSync(dir).filter((f) => f.endsWith(".docx") && !labelled.has(f));
  if (unlabelled.length > 0 && !warned)
    console.log(`Real documents without labels, not scored: ${unlabelled.join(", ")}`);
  warned = true;
  return labels.documents
    .filter((d) => existsSync(path.join(dir, d.file)))
    .map((d) => ({
      name: d.file.replace(/\.docx$/, ""),
      group: "real",
      origin: "real" as const,
      load: async () => new Uint8Array(readFileSync(path.join(dir, d.file))),
      expectations: adaptRealLabels(d, extra[d.file] ?? []),
      quotesChecked: false,
    }));
}
