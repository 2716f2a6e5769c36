import { MessageBar, MessageBarType, Text, useTheme } from "@fluentui/react";
import type { Report } from "../core/report";
import { classes } from "./styles";

/**
 * The DPIA screening (EDPB WP248 rev.01) of the description of the processing: each criterion met with the sentence
 * that meets it, and the dpia-screening check's warning when a document that is not a DPIA meets two or more.
 */
export function ScreeningSummary({ report }: { report: Report }): JSX.Element | null {
  const theme = useTheme();
  const screening = report.screening;
  if (!screening) return null;
  // The check decides when two criteria are a warning (an LIA, a document saying no DPIA is needed); in a DPIA it is
  // the reason the assessment was needed.
  const warning = report.findings.find((f) => f.kind === "dpia-screening" && f.severity === "warning");
  const n = screening.criteria.length;
  return (
    <section aria-labelledby="overview-screening">
      <Text as="h2" id="overview-screening" className={classes.sectionHeading} block>
        DPIA screening
      </Text>
      {warning && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {warning.message}
        </MessageBar>
      )}
      <Text block>
        {n === 0
          ? "The description of the processing meets none of the nine EDPB WP248 criteria the add-in recognises."
          : `The description of the processing meets ${n} of the nine EDPB WP248 criteria${
              screening.dpiaLikelyRequired && !warning ? ": a DPIA is likely required (two or more)" : ""
            }.`}
      </Text>
      {n > 0 && (
        <ul className={classes.list} aria-label="WP248 criteria met" style={{ marginTop: 4 }}>
          {screening.criteria.map((c) => (
            <li key={c.id}>
              <Text block style={{ fontWeight: 600 }}>
                {c.label.charAt(0).toUpperCase() + c.label.slice(1)}
              </Text>
              <blockquote className={classes.quote} style={{ borderColor: theme.palette.neutralTertiaryAlt }}>
                <Text className={classes.small}>{c.sentence}</Text>
              </blockquote>
              <Text block className={classes.small} style={{ color: theme.palette.neutralSecondary }}>
                {c.ref}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
