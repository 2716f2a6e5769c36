import { DefaultButton, Dropdown, SearchBox, Text, useTheme, type IDropdownOption } from "@fluentui/react";
import { useMemo, useState } from "react";
import { FINDING_KINDS, type FindingKind, type Report, type Severity } from "../core/report";
import type { DocumentSettings } from "../core/settings";
import { GapGroupItem } from "./gap-group-item";
import { groupByRisk } from "./gap-groups";
import { GapItem } from "./gap-item";
import { groupBySection, matchesFilter, sectionsOf, type GapFilter } from "./gap-filters";
import { KIND_LABELS, SEVERITY_LABELS, SEVERITY_ORDER } from "./labels";
import { matrixOf } from "./matrix-of";
import { registerOf } from "./risk-summary-edit";
import { classes } from "./styles";
import type { PaneActions } from "./use-pane";

export interface GapListProps {
  report: Report;
  settings: DocumentSettings;
  filter: GapFilter;
  onFilter(filter: GapFilter): void;
  openId: string | null;
  onOpen(id: string | null): void;
  busy: string | null;
  actions: PaneActions;
}

const ALL_SECTIONS = "\u0000all";

function toggle<T>(list: T[], value: T, on: boolean | undefined): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

export function GapList({
  report,
  settings,
  filter,
  onFilter,
  openId,
  onOpen,
  busy,
  actions,
}: GapListProps): JSX.Element {
  const theme = useTheme();
  const findings = report.findings;
  const register = registerOf(report);
  // A group of gaps about one risk is open when any of its gaps is (so the overview's "next action" opens it).
  const [openGroups, setOpenGroups] = useState<string[]>([]);
  const active = filter.kinds.length + filter.severities.length + (filter.section === null ? 0 : 1);
  // At the pane's 320 px the three filters would push the list below the fold: they open on demand.
  const [showFilters, setShowFilters] = useState(active > 0);
  const matrix = useMemo(() => matrixOf(report, settings), [report, settings]);
  const shown = useMemo(() => findings.filter((f) => matchesFilter(f, filter)), [findings, filter]);
  const groups = useMemo(() => groupBySection(shown), [shown]);
  const kindOptions: IDropdownOption[] = FINDING_KINDS.filter((k) => findings.some((f) => f.kind === k)).map((k) => ({
    key: k,
    text: KIND_LABELS[k],
  }));
  const severityOptions: IDropdownOption[] = SEVERITY_ORDER.map((s) => ({ key: s, text: SEVERITY_LABELS[s] }));
  const sections = sectionsOf(findings);
  const sectionOptions: IDropdownOption[] = [
    { key: ALL_SECTIONS, text: "All sections" },
    ...sections.map((s) => ({ key: s, text: s })),
  ];

  if (!findings.length) {
    return (
      <Text block>
        {report.notAnAssessment
          ? "No placeholders were found, and this document does not look like an assessment."
          : "No gaps: every answer the add-in can check is complete."}
      </Text>
    );
  }

  const bySeverity = SEVERITY_ORDER.map((s) => ({ s, n: findings.filter((f) => f.severity === s).length })).filter(
    (c) => c.n > 0,
  );
  return (
    <>
      <div
        className={classes.summaryBar}
        style={{
          background: theme.semanticColors.bodyBackground,
          borderBottom: `1px solid ${theme.palette.neutralLight}`,
        }}
        aria-label="Gap counts"
        role="group"
      >
        <Text className={classes.small}>
          <strong>
            {findings.length} gap{findings.length === 1 ? "" : "s"}
          </strong>
        </Text>
        {bySeverity.map(({ s, n }) => (
          <Text key={s} className={classes.small}>
            {n} {SEVERITY_LABELS[s].toLowerCase()}
            {n === 1 || s === "info" ? "" : "s"}
          </Text>
        ))}
      </div>
      <div role="search" aria-label="Filter the gaps" className={classes.screen} style={{ paddingTop: 0, gap: 4 }}>
        <SearchBox
          placeholder="Search gaps"
          ariaLabel="Search gaps"
          value={filter.search}
          onChange={(_e, value) => onFilter({ ...filter, search: value ?? "" })}
          onClear={() => onFilter({ ...filter, search: "" })}
        />
        <DefaultButton
          text={active ? `Filters (${active} on)` : "Filters"}
          aria-expanded={showFilters}
          onClick={() => setShowFilters(!showFilters)}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
        {showFilters && (
          <>
            <Dropdown
              label="Kind"
              multiSelect
              placeholder="All kinds"
              options={kindOptions}
              selectedKeys={filter.kinds}
              onChange={(_e, o) =>
                o && onFilter({ ...filter, kinds: toggle(filter.kinds, o.key as FindingKind, o.selected) })
              }
            />
            <Dropdown
              label="Severity"
              multiSelect
              placeholder="All severities"
              options={severityOptions}
              selectedKeys={filter.severities}
              onChange={(_e, o) =>
                o && onFilter({ ...filter, severities: toggle(filter.severities, o.key as Severity, o.selected) })
              }
            />
            <Dropdown
              label="Section"
              options={sectionOptions}
              selectedKey={filter.section ?? ALL_SECTIONS}
              onChange={(_e, o) => o && onFilter({ ...filter, section: o.key === ALL_SECTIONS ? null : String(o.key) })}
            />
          </>
        )}
      </div>
      {/* The bar above gives the total; while filters are on, this line says how many are shown. */}
      <Text block className={classes.small} aria-live="polite">
        {shown.length === findings.length ? "" : `Showing ${shown.length} of ${findings.length} gaps`}
      </Text>
      {groups.map((group, g) => (
        <section key={group.section} aria-labelledby={`gap-section-${g}`}>
          <Text as="h2" id={`gap-section-${g}`} className={classes.sectionHeading} block>
            {group.section} ({group.findings.length})
          </Text>
          <ul className={classes.list}>
            {groupByRisk(group.findings, register).map((entry) =>
              "group" in entry ? (
                <GapGroupItem
                  key={entry.group.key}
                  group={entry.group}
                  matrix={matrix}
                  organisation={settings.organisation}
                  open={openGroups.includes(entry.group.key) || entry.group.findings.some((f) => f.id === openId)}
                  onOpen={(open) => {
                    setOpenGroups(toggle(openGroups, entry.group.key, open));
                    if (!open && entry.group.findings.some((f) => f.id === openId)) onOpen(null);
                  }}
                  openId={openId}
                  onOpenFinding={onOpen}
                  busy={busy}
                  actions={actions}
                />
              ) : (
                <GapItem
                  key={entry.finding.id}
                  finding={entry.finding}
                  matrix={matrix}
                  organisation={settings.organisation}
                  open={openId === entry.finding.id}
                  onOpen={(open) => onOpen(open ? entry.finding.id : null)}
                  busy={busy}
                  actions={actions}
                />
              ),
            )}
          </ul>
        </section>
      ))}
    </>
  );
}
