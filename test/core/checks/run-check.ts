/**
 * ESLint-RuleTester-style helper: runCheck(check, { valid, invalid }) declares one test per case. Valid cases must
 * produce no finding from the check; invalid cases must produce exactly the listed errors, in document order.
 * Duplicate cases (same model and options) are rejected, so a table cannot silently test the same thing twice.
 */
import { runChecks } from "../../../src/core/analyze";
import type { AnalysisOptions, Check } from "../../../src/core/checks/types";
import { type DocModel, refKey } from "../../../src/core/model";
import type { Finding, Severity } from "../../../src/core/report";
import { buildRegister } from "../../../src/core/risk/register";
import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { buildStructure } from "../../../src/core/templates/structure";

export const TODAY = "2026-11-23";

export interface CaseOptions {
  /** A name for the test title (defaults to the first text of the document). */
  name?: string;
  options?: Partial<AnalysisOptions>;
}

export type ValidCase = DocModel | ({ model: DocModel } & CaseOptions);

export interface ExpectedError {
  messageId: string;
  severity?: Severity;
  /** Substring of the finding's section. */
  section?: string;
  /** Substring of the finding's text. */
  text?: string;
  data?: Record<string, string | number>;
  /** refKey of the finding's place ("t0r1c1", "p3"). */
  at?: string;
  slot?: Finding["slot"];
}

export interface InvalidCase extends CaseOptions {
  model: DocModel;
  errors: ExpectedError[];
}

export function findingsOf(check: Check, model: DocModel, options: Partial<AnalysisOptions> = {}): Finding[] {
  const full: AnalysisOptions = { today: TODAY, ...options };
  const matrix = getMatrix(full.matrix ?? "ico-3x3", full.customMatrix);
  const structure = buildStructure(model, full.template, full.law);
  const register = buildRegister(model, structure, matrix);
  return runChecks([check], { model, options: full, structure, register, matrix });
}

function caseKey(model: DocModel, options: Partial<AnalysisOptions> | undefined): string {
  return JSON.stringify({ blocks: model.blocks, options: options ?? {} });
}

function title(model: DocModel, name: string | undefined, index: number): string {
  const first = model.paragraphs.find((p) => p.text.trim())?.text.trim() ?? "";
  return `${index}: ${name ?? first.slice(0, 60)}`;
}

function describeFinding(f: Finding): string {
  return `${f.messageId} at ${refKey(f.ref)} [${f.severity}] "${f.message}"`;
}

export function runCheck(check: Check, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const seen = new Set<string>();
  const remember = (model: DocModel, options: Partial<AnalysisOptions> | undefined, label: string) => {
    const key = caseKey(model, options);
    if (seen.has(key)) throw new Error(`Duplicate test case for ${check.meta.id}: ${label}`);
    seen.add(key);
  };

  describe(check.meta.id, () => {
    describe("valid", () => {
      cases.valid.forEach((c, i) => {
        const { model, name, options } = "blocks" in c ? { model: c, name: undefined, options: undefined } : c;
        remember(model, options, `valid ${i}`);
        it(title(model, name, i), () => {
          const findings = findingsOf(check, model, options);
          expect(findings.map(describeFinding)).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        remember(c.model, c.options, `invalid ${i}`);
        if (!c.errors.length) throw new Error(`Invalid case ${i} of ${check.meta.id} lists no errors.`);
        it(title(c.model, c.name, i), () => {
          const findings = findingsOf(check, c.model, c.options);
          expect(findings.map(describeFinding)).toHaveLength(c.errors.length);
          c.errors.forEach((error, k) => {
            const f = findings[k];
            expect(f.messageId).toBe(error.messageId);
            expect(check.meta.messages[f.messageId]).toBeDefined();
            expect(f.message).not.toMatch(/\{\{/);
            if (error.severity) expect(f.severity).toBe(error.severity);
            if (error.section) expect(f.section).toContain(error.section);
            if (error.text) expect(f.text.toLowerCase()).toContain(error.text.toLowerCase());
            if (error.data) expect(f.data).toMatchObject(error.data);
            if (error.at) expect(refKey(f.ref)).toBe(error.at);
            if (error.slot) expect(f.slot).toBe(error.slot);
            expect(f.check).toBe(check.meta.id);
            expect(f.kind).toBe(check.meta.kind);
          });
        });
      });
    });
  });
}
