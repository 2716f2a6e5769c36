import { useTheme } from "@fluentui/react";
import type { Verdict } from "../core/review/model";
import { VERDICT_LABELS } from "./review-drafts";
import { classes } from "./styles";

/**
 * A section's verdict as a badge: the word always, the colour only as a second cue (Fluent's message-bar backgrounds,
 * which keep body text at AA contrast in the light and the dark theme).
 */
export function VerdictBadge({ verdict }: { verdict: Verdict | null }): JSX.Element {
  const { semanticColors, palette } = useTheme();
  const background =
    verdict === "acceptable"
      ? semanticColors.successBackground
      : verdict === "improvable"
        ? semanticColors.warningBackground
        : verdict === "to-correct"
          ? semanticColors.errorBackground
          : palette.neutralLighter;
  return (
    <span className={classes.chip} style={{ background, color: semanticColors.bodyText }}>
      {verdict ? VERDICT_LABELS[verdict] : "Not reviewed"}
    </span>
  );
}

/** The overdue mark of an action, in words as well as colour. */
export function OverdueBadge(): JSX.Element {
  const { semanticColors } = useTheme();
  return (
    <span
      className={classes.chip}
      style={{ background: semanticColors.errorBackground, color: semanticColors.bodyText }}
    >
      Overdue
    </span>
  );
}
