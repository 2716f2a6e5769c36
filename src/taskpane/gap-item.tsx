import { ActionButton, DefaultButton, Icon, PrimaryButton, Spinner, Text, TextField, useTheme } from "@fluentui/react";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { OrganisationType } from "../core/checks/types";
import type { Finding } from "../core/report";
import type { RiskMatrix } from "../core/vocabulary/risk-matrices";
import { KIND_LABELS, SEVERITY_LABELS } from "./labels";
import { classes } from "./styles";
import type { PaneActions } from "./use-pane";

// Guided answers bring the date picker and the lawful-basis helper: loaded when the user opens one.
const GuidedAnswerForm = lazy(() => import("./guided-answer"));

export interface GapItemProps {
  finding: Finding;
  matrix: RiskMatrix;
  organisation: OrganisationType | undefined;
  open: boolean;
  onOpen(open: boolean): void;
  busy: string | null;
  actions: PaneActions;
}

const domId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, "_");

/** The colour of the card's edge for a severity (the severity is also written, for those who cannot see it). */
export function useSeverityColour(severity: Finding["severity"]): string {
  const theme = useTheme();
  return severity === "error"
    ? theme.semanticColors.errorIcon
    : severity === "warning"
      ? theme.semanticColors.warningIcon
      : theme.palette.neutralSecondary;
}

/** The disclosure mark before a gap's label: points right when closed, down when open (decorative). */
export function Chevron({ open }: { open: boolean }): JSX.Element {
  return <Icon iconName={open ? "ChevronDown" : "ChevronRight"} className={classes.chevron} aria-hidden />;
}

/**
 * One gap as one or two lines when closed: its short label ("Risk 002: overall Low, matrix gives Medium"), the section
 * being the heading above it. The line is the button (Enter and Space open it); open, it shows the full message, the
 * text found, the guided answers, "Go to" and "Ignore". The severity is the colour of the edge and, for those who
 * cannot see it, words read after the label.
 */
export function GapItem({ finding, matrix, organisation, open, onOpen, busy, actions }: GapItemProps): JSX.Element {
  const theme = useTheme();
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState("");
  const itemRef = useRef<HTMLLIElement>(null);
  const id = domId(finding.id);
  const colour = useSeverityColour(finding.severity);

  // Opened from the overview's "next action": bring it into view.
  useEffect(() => {
    if (open) itemRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [open]);

  return (
    <li
      ref={itemRef}
      className={classes.card}
      style={{ borderColor: theme.palette.neutralQuaternary, borderLeft: `4px solid ${colour}` }}
      aria-labelledby={`gap-${id}`}
    >
      <button
        type="button"
        id={`gap-${id}`}
        className={classes.gapDisclosure}
        style={{ color: theme.palette.neutralPrimary }}
        aria-expanded={open}
        aria-controls={`gap-details-${id}`}
        onClick={() => onOpen(!open)}
      >
        <Chevron open={open} />
        <span className={classes.gapMessage}>
          {finding.short}
          <span className={classes.visuallyHidden}> ({SEVERITY_LABELS[finding.severity]})</span>
        </span>
      </button>
      {open && (
        <div id={`gap-details-${id}`} className={classes.gapDetails}>
          <Text block className={classes.small}>
            <span className={classes.gapKind}>{KIND_LABELS[finding.kind]}: </span>
            <span>{finding.message}</span>
          </Text>
          {finding.text.trim() && (
            <blockquote className={classes.quote} style={{ borderColor: theme.palette.neutralTertiaryAlt }}>
              <Text className={classes.small}>{finding.text}</Text>
            </blockquote>
          )}
          <Suspense fallback={<Spinner label="Loading the answers…" />}>
            <GuidedAnswerForm
              finding={finding}
              matrix={matrix}
              organisation={organisation}
              busy={busy}
              onApply={(text) => actions.applyAnswer(finding, text)}
            />
          </Suspense>
          <div className={classes.row}>
            <ActionButton
              text="Go to"
              ariaLabel={`Go to: ${finding.short}`}
              disabled={busy !== null}
              onClick={() => void actions.goTo(finding)}
              styles={{ root: { height: 28 } }}
            />
            <ActionButton
              text="Ignore"
              aria-expanded={ignoring}
              ariaLabel={`Ignore: ${finding.short}`}
              disabled={busy !== null}
              onClick={() => setIgnoring(!ignoring)}
              styles={{ root: { height: 28 } }}
            />
          </div>
          {ignoring && (
            <div>
              <TextField
                label="Reason for ignoring (optional)"
                value={reason}
                onChange={(_e, v) => setReason(v ?? "")}
                description="Kept in the document's settings, so the next reviewer sees why."
              />
              <div className={classes.row} style={{ marginTop: 4 }}>
                <PrimaryButton
                  text="Ignore this gap"
                  disabled={busy !== null}
                  onClick={() => void actions.ignore(finding, reason)}
                />
                <DefaultButton text="Cancel" onClick={() => setIgnoring(false)} />
              </div>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
