import {
  DetailsList,
  DetailsListLayoutMode,
  Dropdown,
  PrimaryButton,
  SelectionMode,
  Text,
  type IColumn,
} from "@fluentui/react";
import { useMemo } from "react";
import type { Report, RiskSummary } from "../core/report";
import { MATRIX_IDS } from "../core/risk/matrices";
import { heatMap, levelCounts } from "../core/risk/risk-summary";
import type { DocumentSettings } from "../core/settings";
import { MATRIX_LABELS } from "./labels";
import { matrixOf } from "./matrix-of";
import { registerFromRisks, registerOf, riskSummaryEdit } from "./risk-summary-edit";
import { SpecTable } from "./spec-table";
import { classes } from "./styles";
import type { PaneActions } from "./use-pane";

export interface RisksScreenProps {
  report: Report;
  settings: DocumentSettings;
  busy: string | null;
  actions: PaneActions;
  today: () => string;
}

const INSERT_LABEL = "Insert / update risk summary";

/** A stated overall level that differs from the matrix's result. */
export function isMismatch(risk: RiskSummary): boolean {
  return risk.overall !== null && risk.computed !== null && risk.overall !== risk.computed;
}

const text = (value: string | null) => value ?? "not set";

const COLUMNS: IColumn[] = [
  { key: "id", name: "ID", fieldName: "id", minWidth: 24, maxWidth: 40 },
  { key: "description", name: "Risk", fieldName: "description", minWidth: 90, isMultiline: true },
  { key: "likelihood", name: "Likelihood", minWidth: 60, onRender: (r: RiskSummary) => text(r.likelihood) },
  { key: "severity", name: "Severity", minWidth: 60, onRender: (r: RiskSummary) => text(r.severity) },
  { key: "overall", name: "Stated", minWidth: 50, onRender: (r: RiskSummary) => text(r.overall) },
  {
    key: "computed",
    name: "Computed",
    minWidth: 80,
    isMultiline: true,
    onRender: (r: RiskSummary) =>
      isMismatch(r) ? (
        <span>
          <strong>{text(r.computed)}</strong> (mismatch: stated {r.overall})
        </span>
      ) : (
        text(r.computed)
      ),
  },
];

/** The risk register as read from Step 5/Step 6, the matrix in use, heat maps, and the computed summary. */
export default function RisksScreen({ report, settings, busy, actions, today }: RisksScreenProps): JSX.Element {
  const matrix = useMemo(() => matrixOf(report, settings), [report, settings]);
  const register = registerOf(report);
  const risks = report.risks;
  const mismatches = risks.filter(isMismatch).length;
  const matrixOptions = MATRIX_IDS.map((id) => ({
    key: id,
    text: MATRIX_LABELS[id] ?? id,
    disabled: id === "custom" && !settings.customMatrix,
  }));
  const before = useMemo(() => heatMap(register ?? registerFromRisks(risks), matrix), [register, risks, matrix]);
  const counts = useMemo(() => (register ? levelCounts(register, matrix) : null), [register, matrix]);

  return (
    <>
      <Dropdown
        label="Risk matrix"
        options={matrixOptions}
        selectedKey={report.matrix.id}
        disabled={busy !== null}
        onChange={(_e, o) => o && void actions.updateSettings({ matrix: String(o.key) })}
      />
      <Text block className={classes.small}>
        Computed with: {report.matrix.name}
        {settings.customMatrix ? "" : ". A custom matrix can be kept in the document's settings."}
      </Text>
      {risks.length === 0 ? (
        <Text block>No risk register (a Step 5 table of risks) was found in this document.</Text>
      ) : (
        <>
          <Text block>
            {risks.length} risk{risks.length === 1 ? "" : "s"}
            {mismatches ? `, ${mismatches} with a stated level that differs from the matrix` : ""}.
          </Text>
          {/* At the pane's 320 px the register scrolls sideways inside its own box, not the whole pane. */}
          <div style={{ overflowX: "auto", maxWidth: "100%" }}>
            <DetailsList
              items={risks}
              columns={COLUMNS}
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.justified}
              compact
              ariaLabelForGrid="Risk register"
              getKey={(r: RiskSummary, i?: number) => `${r.id}-${i ?? 0}`}
            />
          </div>
          {register && <MeasuresList report={report} />}
          <SpecTable spec={before} caption="Before measures: risks by likelihood and severity (count and level)" />
          {counts ? (
            <SpecTable spec={counts} caption="Risk levels before and after measures" />
          ) : (
            <Text block className={classes.small}>
              Levels after measures appear once the Step 6 measures are read with the register.
            </Text>
          )}
        </>
      )}
      <PrimaryButton
        text={INSERT_LABEL}
        disabled={busy !== null || risks.length === 0}
        onClick={() => void actions.applyEdits(INSERT_LABEL, [riskSummaryEdit(report, matrix, today())])}
      />
      <Text block className={classes.small}>
        {register
          ? "Writes a computed summary after the risk tables"
          : "Writes a computed summary where the cursor is in the document"}
        , or replaces the one written before. Your Step 5 and Step 6 tables are not changed.
      </Text>
    </>
  );
}

function MeasuresList({ report }: { report: Report }): JSX.Element | null {
  const register = registerOf(report);
  if (!register) return null;
  return (
    <section aria-label="Measures by risk">
      <Text as="h2" className={classes.sectionHeading} block>
        Measures (Step 6)
      </Text>
      <ul className={classes.counts}>
        {register.risks.map((risk, i) => {
          const measures = risk.measures.filter((m) => m.description.trim());
          return (
            <li key={`${risk.id}-${i}`}>
              Risk {risk.id}:{" "}
              {measures.length
                ? measures
                    .map(
                      (m) =>
                        `${m.description.trim()} (effect ${word(m.effect)}, residual ${word(m.residual)}, approved ${word(m.approved)})`,
                    )
                    .join("; ")
                : "no measure"}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const word = (v: { state: string; raw: string; id?: string }): string =>
  v.state === "value" && v.id ? v.id : "not set";
