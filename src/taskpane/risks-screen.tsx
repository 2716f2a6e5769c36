import { Dropdown, PrimaryButton, Text, useTheme } from "@fluentui/react";
import { useMemo } from "react";
import type { Report, RiskSummary } from "../core/report";
import { MATRIX_IDS, type RiskMatrix } from "../core/vocabulary/risk-matrices";
import { heatMap, levelCounts, residualOf, shadeOf } from "../core/risk/risk-summary";
import type { ShadeLevel } from "../core/edits";
import type { Axis } from "../core/vocabulary/risk-levels";
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

/** Fixed light fills with dark text, readable in light and dark Office themes alike (as in the spec tables). */
const FILLS: Record<Exclude<ShadeLevel, "none">, string> = { low: "#dff6dd", medium: "#fff4ce", high: "#fde7e9" };

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A level as a chip: its word always, its shade as a fill. */
function Chip({ axis, matrix, id, label }: { axis: Axis; matrix: RiskMatrix; id: string | null; label: string }) {
  const theme = useTheme();
  const shade = shadeOf(axis, matrix, id);
  const style =
    shade && shade !== "none"
      ? { background: FILLS[shade], color: "#201f1e" }
      : { background: theme.palette.neutralLighter, color: theme.palette.neutralPrimary };
  return (
    <span className={classes.chip} style={style} title={label}>
      <span className={classes.visuallyHidden}>{label}: </span>
      {id ? capital(id) : "not set"}
    </span>
  );
}

/** One risk as a card: ID and description, likelihood × severity → level, stated vs computed, measures and residual. */
function RiskCard({
  risk,
  index,
  report,
  matrix,
}: {
  risk: RiskSummary;
  index: number;
  report: Report;
  matrix: RiskMatrix;
}) {
  const theme = useTheme();
  const registered = registerOf(report)?.risks[index];
  const measures = registered?.measures.filter((m) => m.description.trim()) ?? [];
  const residual = registered ? residualOf(registered, matrix) : null;
  return (
    <li className={classes.card} style={{ borderColor: theme.palette.neutralQuaternary }}>
      <Text block>
        <strong>{risk.id}</strong> {risk.description || "(no description)"}
      </Text>
      <div className={classes.row} style={{ gap: 4, marginTop: 4 }}>
        <Chip axis="likelihood" matrix={matrix} id={risk.likelihood} label="Likelihood" />
        <span aria-hidden="true">×</span>
        <Chip axis="severity" matrix={matrix} id={risk.severity} label="Severity" />
        <span aria-hidden="true">→</span>
        <Chip axis="overall" matrix={matrix} id={risk.computed} label="Risk level (computed)" />
      </div>
      {isMismatch(risk) && (
        <Text block className={classes.small} style={{ marginTop: 4 }}>
          Stated as <strong>{capital(risk.overall!)}</strong>; the matrix gives{" "}
          <strong>{capital(risk.computed!)}</strong>.
        </Text>
      )}
      {registered && (
        <Text block className={classes.small} style={{ marginTop: 4 }}>
          {measures.length
            ? `Measures: ${measures.map((m) => m.description.trim()).join("; ")}.`
            : "No measure in Step 6."}{" "}
          Residual: {residual ? capital(residual) : "not set"}.
        </Text>
      )}
    </li>
  );
}

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
          <ul className={classes.list} aria-label="Risk register">
            {risks.map((risk, i) => (
              <RiskCard key={`${risk.id}-${i}`} risk={risk} index={i} report={report} matrix={matrix} />
            ))}
          </ul>
          <SpecTable spec={before} caption="Before measures: number of risks by likelihood and severity" />
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
