import {
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Text,
} from "@fluentui/react";
import type { Finding, Report, TemplateId } from "../core/report";
import type { DocumentSettings } from "../core/settings";
import { countBy, sectionLabel } from "./gap-filters";
import { KIND_LABELS, SEVERITY_LABELS, SEVERITY_ORDER, TEMPLATE_LABELS } from "./labels";
import { ScreeningSummary } from "./screening-summary";
import { classes } from "./styles";

export interface OverviewProps {
  report: Report;
  settings: DocumentSettings;
  busy: string | null;
  onShowFinding(finding: Finding): void;
  onShowGaps(): void;
  onTemplate(template: TemplateId | undefined): void;
}

const AUTOMATIC = "automatic";

/** The most useful thing to do next: the first error, else the first warning, else the first gap. */
export function nextFinding(findings: Finding[]): Finding | undefined {
  for (const severity of SEVERITY_ORDER) {
    const found = findings.find((f) => f.severity === severity);
    if (found) return found;
  }
  return undefined;
}

export function Overview({
  report,
  settings,
  busy,
  onShowFinding,
  onShowGaps,
  onTemplate,
}: OverviewProps): JSX.Element {
  const { answered, total } = report.progress;
  const findings = report.findings;
  const bySeverity = countBy(findings, (f) => f.severity);
  const byKind = [...countBy(findings, (f) => f.kind)].sort((a, b) => b[1] - a[1]);
  const next = nextFinding(findings);
  const templateOptions = [
    { key: AUTOMATIC, text: `Recognise automatically` },
    ...(Object.keys(TEMPLATE_LABELS) as TemplateId[]).map((id) => ({ key: id, text: TEMPLATE_LABELS[id] })),
  ];
  return (
    <>
      <section aria-labelledby="overview-template">
        <Text as="h2" id="overview-template" className={classes.sectionHeading} block>
          Template
        </Text>
        <Text block>
          {settings.template ? "Chosen" : "Recognised"}: <strong>{report.templateName}</strong>
        </Text>
        <Dropdown
          label="Change the template"
          options={templateOptions}
          selectedKey={settings.template ?? AUTOMATIC}
          disabled={busy !== null}
          onChange={(_e, option) =>
            option && onTemplate(option.key === AUTOMATIC ? undefined : (option.key as TemplateId))
          }
        />
        {report.notAnAssessment && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            This document does not look like a DPIA, LIA or PIA, so only placeholders left in the text are listed.
          </MessageBar>
        )}
      </section>

      <section aria-labelledby="overview-progress">
        <Text as="h2" id="overview-progress" className={classes.sectionHeading} block>
          Progress
        </Text>
        {total > 0 ? (
          <ProgressIndicator
            label={`${answered} of ${total} answers complete`}
            percentComplete={answered / total}
            ariaValueText={`${Math.round((answered / total) * 100)} percent`}
          />
        ) : (
          <Text block>No answer slots were recognised in this document.</Text>
        )}
      </section>

      <section aria-labelledby="overview-gaps">
        <Text as="h2" id="overview-gaps" className={classes.sectionHeading} block>
          {findings.length ? `${findings.length} gap${findings.length === 1 ? "" : "s"} found` : "No gaps found"}
        </Text>
        {findings.length > 0 && (
          <>
            <ul className={classes.counts} aria-label="Gaps by severity">
              {SEVERITY_ORDER.filter((s) => bySeverity.get(s)).map((s) => (
                <li key={s}>
                  {SEVERITY_LABELS[s]}: {bySeverity.get(s)}
                </li>
              ))}
            </ul>
            <ul className={classes.counts} aria-label="Gaps by kind">
              {byKind.map(([kind, n]) => (
                <li key={kind}>
                  {KIND_LABELS[kind]}: {n}
                </li>
              ))}
            </ul>
            <DefaultButton text="Show the gap list" onClick={onShowGaps} />
          </>
        )}
      </section>

      <ScreeningSummary report={report} />

      <section aria-labelledby="overview-next">
        <Text as="h2" id="overview-next" className={classes.sectionHeading} block>
          Next action
        </Text>
        {next ? (
          <>
            <Text block>
              {sectionLabel(next)}: {next.message}
            </Text>
            <PrimaryButton text="Answer it" onClick={() => onShowFinding(next)} />
          </>
        ) : (
          <Text block>
            {report.notAnAssessment
              ? "Nothing to check here."
              : "Every answer the add-in can check is complete. Use Review to record the review."}
          </Text>
        )}
      </section>
    </>
  );
}
