import { clearTextMemos, isBlank, normalise } from "./detect/text";
import { CHECKS } from "./checks/registry";
import { contextFor } from "./context";
import type { AnalysisOptions, Check, CheckContext, ReportDescriptor } from "./checks/types";
import { findPlaceholders } from "./detect/placeholders";
import { refKey, textAt, type DocModel } from "./model";
import type { Finding, Report, ReportSection } from "./report";
import { buildRegister } from "./risk/register";
import { documentMatrix } from "./risk/document-scale";
import { getMatrix, type RiskMatrix } from "./vocabulary/risk-matrices";
import { toRiskSummaries } from "./risk/summaries";
import type { RiskRegister } from "./risk/types";
import { screeningOf } from "./checks/utils/screening";
import { restsOnGdpr } from "./templates/jurisdiction";
import { buildStructure } from "./templates/structure";
import type { DocumentStructure } from "./templates/types";
import { buildUnits } from "./templates/units";

/**
 * analyze(model, options) → Report: recognise the template, build the structure (sections, answer slots,
 * check-box groups) and the risk register, run every check of the registry, and render their messages.
 * Pure and deterministic: the same model and options give the same report, ids included.
 */

/** Misuse: options that cannot be analysed against (a malformed date). */
export class AnalysisOptionsError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "AnalysisOptionsError";
  }
}

/** Replaces {{name}} with data.name; an unknown placeholder is a bug in the check, so it throws. */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    if (!(key in data)) throw new RangeError(`Message data has no "${key}" for: ${template}`);
    out += String(data[key]) + parts[i + 1];
  }
  return out;
}

/**
 * A template split once into text and placeholder names, alternately ("a {{x}} b" → ["a ", "x", " b"]): every finding
 * renders one of the checks' few templates. The templates are the checks' own constants, so the map stays small.
 */
const compiled = new Map<string, readonly string[]>();
function templateParts(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{\{\s*(\w+)\s*\}\}/)));
  return parts;
}

/** FNV-1a, twice with different seeds: a short stable hash (not for security). */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

export interface RunInput {
  model: DocModel;
  options: AnalysisOptions;
  structure: DocumentStructure;
  register: RiskRegister;
  matrix: RiskMatrix;
}

/**
 * The Article 6 bases or Article 9 conditions printed as boxes with none ticked are one problem: the basis (or
 * condition) check reports it at the question with its guided answers, so the open-choice finding at the same place
 * is dropped (one finding per problem).
 */
const OWNS_ITS_CHOICE = new Set(["lawful-basis-missing", "special-category-condition-missing"]);
function withoutDuplicateChoices(findings: Finding[]): Finding[] {
  const owned = new Set(findings.filter((f) => OWNS_ITS_CHOICE.has(f.kind)).map((f) => refKey(f.ref)));
  if (owned.size === 0) return findings;
  return findings.filter((f) => f.kind !== "unresolved-choice" || !owned.has(refKey(f.ref)));
}

/**
 * Runs checks and turns their descriptors into findings. The id hashes kind, section, normalised text,
 * discriminator and the ordinal of equal findings within the section, never paragraph indices, so it
 * survives edits elsewhere in the document.
 */
export function runChecks(checks: readonly Check[], input: RunInput): Finding[] {
  const findings: Finding[] = [];
  const ordinals = new Map<string, number>();
  for (const check of checks) {
    const report = (d: ReportDescriptor) => {
      const template = check.meta.messages[d.messageId];
      if (template === undefined) throw new RangeError(`Check "${check.meta.id}" has no message "${d.messageId}".`);
      const shortTemplate = check.meta.shortMessages[d.messageId];
      if (shortTemplate === undefined)
        throw new RangeError(`Check "${check.meta.id}" has no short message "${d.messageId}".`);
      const data = d.data ?? {};
      const section = d.section ?? input.structure.sectionOf(d.ref);
      const key = [
        check.meta.kind,
        check.meta.id,
        d.messageId,
        normalise(section),
        normalise(d.text),
        d.discriminator ?? "",
      ].join("\u0000");
      const ordinal = ordinals.get(key) ?? 0;
      ordinals.set(key, ordinal + 1);
      const finding: Finding = {
        id: `${check.meta.kind}-${hash(`${key}\u0000${ordinal}`)}`,
        kind: check.meta.kind,
        severity: d.severity ?? check.meta.defaultSeverity,
        section,
        message: renderMessage(template, data),
        short: renderMessage(shortTemplate, data),
        messageId: d.messageId,
        data,
        text: d.text,
        ref: d.ref,
        expected: textAt(input.model, d.ref) ?? "",
        check: check.meta.id,
      };
      if (d.target !== undefined) finding.target = d.target;
      if (d.occurrence !== undefined) finding.occurrence = d.occurrence;
      if (d.append) finding.append = true;
      if (d.slot) finding.slot = d.slot;
      if (d.answers) finding.answers = d.answers;
      const context = contextFor(input.model, d.ref);
      if (context !== undefined) finding.context = context;
      findings.push(finding);
    };
    const context: CheckContext = { ...input, report };
    check.check(context);
  }
  return findings;
}

function progressOf(structure: DocumentStructure, register: RiskRegister): Report["progress"] {
  let answered = 0;
  let total = 0;
  for (const slot of structure.slots) {
    const filled = !isBlank(slot.answer) && findPlaceholders(slot.answer).length === 0;
    if (!slot.required && !filled) continue;
    total++;
    if (filled) answered++;
  }
  for (const group of structure.choices ?? []) {
    total++;
    if (group.options.filter((o) => o.ticked).length === 1) answered++;
  }
  for (const risk of register.risks) {
    for (const value of [risk.likelihood, risk.severity, risk.overall]) {
      total++;
      if (value.state === "value") answered++;
    }
  }
  return { answered, total };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every likelihood and severity written as a whole number from 1 to 5, and some above 3. */
function scoredOutOfFive(register: RiskRegister): boolean {
  // One pass that stops at the first value written otherwise (most registers use words): no arrays of every value.
  let written = false;
  let above3 = false;
  for (const risk of register.risks)
    for (const raw of [risk.cells.likelihood?.raw, risk.cells.severity?.raw]) {
      if (!raw?.trim()) continue;
      if (!OUT_OF_FIVE.test(raw)) return false;
      written = true;
      above3 ||= Number(raw) > 3;
    }
  return written && above3;
}
const OUT_OF_FIVE = /^\s*[1-5]\s*$/;

/**
 * The sections a reviewer judges: top-level headings with something under them. A verdict names its section by title,
 * so a title that recurs is listed once, at its first heading.
 */
function reviewSections(model: DocModel, structure: DocumentStructure): ReportSection[] {
  const seen = new Set<string>();
  return structure.sections.flatMap((s) => {
    if (!s.heading || s.subsection || s.empty || seen.has(s.title)) return [];
    seen.add(s.title);
    return [{ title: s.title, ref: s.heading, expected: textAt(model, s.heading) ?? "" }];
  });
}

/** How one analysis treats what it can keep for the next. */
export interface AnalysisReuse {
  /**
   * Keep the text memos (detect/text memoText) filled for the next analysis of a model that shares most texts with this
   * one: the live re-check analyses the same document again after each pause, one paragraph changed. Whoever passes it
   * calls clearTextMemos() when that run of analyses ends. Results are the same either way (the memos are pure).
   */
  keepTextMemos?: boolean;
}

export function analyze(model: DocModel, options: AnalysisOptions, reuse: AnalysisReuse = {}): Report {
  if (
    !options ||
    typeof options.today !== "string" ||
    !DATE.test(options.today) ||
    Number.isNaN(Date.parse(options.today))
  )
    throw new AnalysisOptionsError(
      `options.today must be a date as YYYY-MM-DD, got ${JSON.stringify(options?.today)}.`,
    );
  // A scale the document defines itself is used unless the user chose another matrix than the default (the settings
  // always carry one, so the default ICO 3×3 cannot tell "chosen" from "not chosen").
  const chosen = options.matrix ?? "ico-3x3";
  let matrix = (chosen === "ico-3x3" ? documentMatrix(model) : undefined) ?? getMatrix(chosen, options.customMatrix);
  const structure = buildStructure(model, options.template, options.law);
  let register = buildRegister(model, structure, matrix);
  // Likelihood and severity written as numbers up to 5 with no legend: a 5×5 scored register (NHS-style), unless the
  // user chose a matrix. Read on the ICO 3×3 every 4 and 5 would be "invalid".
  if (chosen === "ico-3x3" && matrix.id === "ico-3x3" && scoredOutOfFive(register)) {
    matrix = getMatrix("nhs-5x5");
    register = buildRegister(model, structure, matrix);
  }
  // A document that is not an assessment at all (a policy, a letter) only gets the placeholder scan.
  // A register that scores risks (likelihood and severity written per risk) is an assessment whatever its title says.
  const scoresRisks = register.risks.some((r) => r.likelihood.state === "value" && r.severity.state === "value");
  const notAnAssessment = structure.notAnAssessment && !scoresRisks;
  const checks = notAnAssessment ? CHECKS.filter((c) => c.meta.id === "placeholder") : CHECKS;
  const findings = withoutDuplicateChoices(runChecks(checks, { model, options, structure, register, matrix }));

  const { positionOf } = buildUnits(model);
  const order = new Map(findings.map((f, i) => [f, i]));
  findings.sort((a, b) => positionOf(a.ref) - positionOf(b.ref) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  // WP248 is GDPR guidance: documents under another law (or none recognised) are not screened against it.
  const screened = notAnAssessment || !restsOnGdpr(structure.jurisdiction) ? undefined : screeningOf(model, structure);
  // The memos serve one analysis unless the caller analyses the same document again; kept, they hold its texts.
  if (!reuse.keepTextMemos) clearTextMemos();

  return {
    template: structure.template,
    jurisdiction: structure.jurisdiction ?? "uk-gdpr",
    templateName: structure.templateName,
    findings,
    risks: toRiskSummaries(register),
    progress: progressOf(structure, register),
    matrix: { id: matrix.id, name: matrix.name },
    notAnAssessment: notAnAssessment === true,
    register,
    sections: reviewSections(model, structure),
    ...(screened
      ? { screening: { criteria: screened.criteria, dpiaLikelyRequired: screened.dpiaLikelyRequired } }
      : {}),
  };
}
