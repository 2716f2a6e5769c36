import { useTheme } from "@fluentui/react";
import type { OrganisationType } from "../core/checks/types";
import type { RiskMatrix } from "../core/vocabulary/risk-matrices";
import { Chevron, GapItem, useSeverityColour } from "./gap-item";
import type { RiskGapGroup } from "./gap-groups";
import { SEVERITY_LABELS, SEVERITY_ORDER } from "./labels";
import { classes } from "./styles";
import type { PaneActions } from "./use-pane";

export interface GapGroupItemProps {
  group: RiskGapGroup;
  matrix: RiskMatrix;
  organisation: OrganisationType | undefined;
  open: boolean;
  onOpen(open: boolean): void;
  openId: string | null;
  onOpenFinding(id: string | null): void;
  busy: string | null;
  actions: PaneActions;
}

/**
 * Several gaps about one risk as one item of one line ("Risk 3: likelihood, severity and overall are still template
 * text"); open, it lists them, one per field, each opening to its own answers.
 */
export function GapGroupItem({
  group,
  matrix,
  organisation,
  open,
  onOpen,
  openId,
  onOpenFinding,
  busy,
  actions,
}: GapGroupItemProps): JSX.Element {
  const theme = useTheme();
  const worst = SEVERITY_ORDER.find((s) => group.findings.some((f) => f.severity === s)) ?? "info";
  const colour = useSeverityColour(worst);
  const id = `gap-group-${group.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return (
    <li
      className={classes.card}
      style={{ borderColor: theme.palette.neutralQuaternary, borderLeft: `4px solid ${colour}` }}
      aria-labelledby={id}
    >
      <button
        type="button"
        id={id}
        className={classes.gapDisclosure}
        style={{ color: theme.palette.neutralPrimary }}
        aria-expanded={open}
        aria-controls={`${id}-items`}
        onClick={() => onOpen(!open)}
      >
        <Chevron open={open} />
        <span className={classes.gapMessage}>
          {group.label}
          <span className={classes.visuallyHidden}>
            {" "}
            ({group.findings.length} gaps, {SEVERITY_LABELS[worst]})
          </span>
        </span>
      </button>
      {open && (
        <ul id={`${id}-items`} className={classes.group} aria-label={group.label}>
          {group.findings.map((finding) => (
            <GapItem
              key={finding.id}
              finding={finding}
              matrix={matrix}
              organisation={organisation}
              open={openId === finding.id}
              onOpen={(o) => onOpenFinding(o ? finding.id : null)}
              busy={busy}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
