import {
  DefaultButton,
  IconButton,
  MessageBar,
  MessageBarButton,
  MessageBarType,
  Pivot,
  PivotItem,
  ProgressIndicator,
  Spinner,
  SpinnerSize,
  ThemeProvider,
  TooltipHost,
  useTheme,
} from "@fluentui/react";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import type { Finding } from "../core/report";
import type { DocumentService } from "../word/service";
import { EMPTY_FILTER, type GapFilter } from "./gap-filters";
import { GapList } from "./gap-list";
import { registerPaneIcons } from "./icons";
import { gapsTab } from "./labels";
import { Overview } from "./overview";
import { ActionsScreen } from "./actions-screen";
import { ReviewNotice } from "./review-notice";
import { ReviewScreen } from "./review-screen";
import { SettingsScreen } from "./settings-screen";
import { classes } from "./styles";
import { paneTheme, type OfficeThemeColors } from "./theme";
import { localToday } from "./today";
import { usePane, type Notice, type PaneActions, type PaneState } from "./use-pane";
import { useReview } from "./use-review";

// The risk view (DetailsList, heat maps, the risk engine's summary builder) is not needed for the first screen.
const RisksScreen = lazy(() => import("./risks-screen"));

export interface AppProps {
  service: DocumentService;
  /** Office.context.officeTheme's colours; the default Fluent (light) theme when absent. */
  theme?: OfficeThemeColors;
  /** Today's date (YYYY-MM-DD); the user's local date when absent. */
  today?: () => string;
}

export type ScreenKey = "overview" | "gaps" | "risks" | "review" | "actions" | "settings";

const SCREEN_NAMES: Record<ScreenKey, string> = {
  overview: "Overview",
  gaps: "Gaps",
  risks: "Risks",
  review: "Review",
  actions: "Actions",
  settings: "Settings",
};

export function App({ service, theme, today = localToday }: AppProps): JSX.Element {
  registerPaneIcons();
  const fluentTheme = useMemo(() => paneTheme(theme), [theme]);
  return (
    <ThemeProvider theme={fluentTheme}>
      <Pane service={service} today={today} />
    </ThemeProvider>
  );
}

function Pane({ service, today }: { service: DocumentService; today: () => string }): JSX.Element {
  const [state, actions] = usePane(service, today);
  // The verdicts and the action plan, shared by the Review and Actions screens.
  const [review, reviewActions] = useReview(service, state.report);
  const [screen, setScreen] = useState<ScreenKey>("overview");
  // Where the Settings button returns to when pressed again.
  const [beforeSettings, setBeforeSettings] = useState<ScreenKey>("overview");
  // The user's place: filters and the open item survive re-scans because they live here, not in the list.
  const [filter, setFilter] = useState<GapFilter>(EMPTY_FILTER);
  const [openId, setOpenId] = useState<string | null>(null);
  const theme = useTheme();

  const showFinding = useCallback((finding: Finding) => {
    setOpenId(finding.id);
    setScreen("gaps");
  }, []);

  const report = state.report;
  const count = report?.findings.length ?? 0;
  return (
    <main className={classes.root} style={{ color: theme.palette.neutralPrimary }} aria-busy={state.scanning}>
      <header className={classes.header}>
        <h1 className={classes.title}>DPIA Assist</h1>
        <div className={classes.row} style={{ gap: 4 }}>
          <DefaultButton
            text={state.scanning ? "Scanning…" : "Re-scan"}
            iconProps={{ iconName: "Refresh" }}
            onClick={actions.rescan}
            disabled={state.scanning}
          />
          {/* Settings is a button, not a sixth tab: at the pane's 320 px a sixth tab would fall into the "more" menu. */}
          {report && (
            <TooltipHost content="Settings">
              <IconButton
                iconProps={{ iconName: "Settings" }}
                ariaLabel="Settings"
                toggle
                checked={screen === "settings"}
                onClick={() => {
                  if (screen === "settings") setScreen(beforeSettings);
                  else {
                    setBeforeSettings(screen);
                    setScreen("settings");
                  }
                }}
              />
            </TooltipHost>
          )}
        </div>
      </header>
      <div role="status" aria-live="polite" className={classes.visuallyHidden}>
        {state.scanning
          ? "Scanning the document…"
          : report
            ? `Scan complete: ${count} gap${count === 1 ? "" : "s"}.`
            : ""}
      </div>
      <StatusBars state={state} actions={actions} />
      {state.phase === "loading" && (
        <ProgressIndicator label="Scanning the document…" description="Reading every paragraph and table once." />
      )}
      {report && (
        <Pivot
          aria-label="DPIA Assist screens"
          // No tab is selected while Settings (opened from the header) shows.
          selectedKey={screen === "settings" ? null : screen}
          onLinkClick={(item) => item?.props.itemKey && setScreen(item.props.itemKey as ScreenKey)}
          overflowBehavior="menu"
          overflowAriaLabel="More screens"
          headersOnly
          // The five tabs fit the pane's 320 px: tighter padding, and the tab row reaches 6 px into the pane's margins
          // (the first label still lines up with the content below). Narrower panes still get the "more" menu.
          styles={{
            root: { margin: "0 -6px" },
            link: { padding: "0 4px", marginRight: 0, minWidth: 0 },
            linkIsSelected: { padding: "0 4px", marginRight: 0, minWidth: 0 },
          }}
        >
          <PivotItem itemKey="overview" headerText="Overview" />
          <PivotItem itemKey="gaps" headerText={gapsTab(count).text} ariaLabel={gapsTab(count).name} />
          <PivotItem itemKey="risks" headerText="Risks" />
          <PivotItem itemKey="review" headerText="Review" />
          <PivotItem itemKey="actions" headerText="Actions" />
        </Pivot>
      )}
      {report && (
        <div
          role={screen === "settings" ? "region" : "tabpanel"}
          aria-label={SCREEN_NAMES[screen]}
          className={classes.screen}
        >
          {screen === "overview" && (
            <Overview
              report={report}
              settings={state.settings}
              busy={state.busy}
              onShowFinding={showFinding}
              onShowGaps={() => setScreen("gaps")}
              onTemplate={(template) => void actions.updateSettings({ template })}
            />
          )}
          {screen === "gaps" && (
            <GapList
              report={report}
              settings={state.settings}
              filter={filter}
              onFilter={setFilter}
              openId={openId}
              onOpen={setOpenId}
              busy={state.busy}
              actions={actions}
            />
          )}
          {screen === "risks" && (
            <Suspense fallback={<Spinner size={SpinnerSize.medium} label="Loading the risk view…" />}>
              <RisksScreen
                report={report}
                settings={state.settings}
                busy={state.busy}
                actions={actions}
                today={today}
              />
            </Suspense>
          )}
          {screen === "review" && (
            <ReviewScreen
              report={report}
              settings={state.settings}
              capabilities={service.capabilities()}
              busy={state.busy}
              actions={actions}
              today={today}
              review={review}
              reviewActions={reviewActions}
            />
          )}
          {screen === "actions" && (
            <>
              <ReviewNotice state={review} actions={reviewActions} />
              <ActionsScreen state={review} actions={reviewActions} today={today} />
            </>
          )}
          {screen === "settings" && <SettingsScreen settings={state.settings} busy={state.busy} actions={actions} />}
        </div>
      )}
    </main>
  );
}

const NOTICE_TYPES: Record<Notice["type"], MessageBarType> = {
  success: MessageBarType.success,
  info: MessageBarType.info,
  warning: MessageBarType.warning,
  stale: MessageBarType.warning,
  settings: MessageBarType.warning,
};

/** Errors and outcomes, always in words on screen (never a blank pane or a console-only error). */
function StatusBars({ state, actions }: { state: PaneState; actions: PaneActions }): JSX.Element | null {
  const { error, notice } = state;
  if (!error && !notice) return null;
  return (
    <div className={classes.screen} style={{ paddingTop: 8 }}>
      {error && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          onDismiss={state.phase === "error" ? undefined : actions.dismiss}
          dismissButtonAriaLabel="Close"
          actions={<MessageBarButton onClick={error.retry}>Retry</MessageBarButton>}
        >
          {error.message}
        </MessageBar>
      )}
      {notice && (
        <MessageBar
          messageBarType={NOTICE_TYPES[notice.type]}
          isMultiline
          onDismiss={actions.dismiss}
          dismissButtonAriaLabel="Close"
          actions={
            notice.type === "stale" ? (
              <MessageBarButton onClick={actions.rescan}>Re-scan</MessageBarButton>
            ) : notice.type === "settings" ? (
              <MessageBarButton onClick={() => void actions.resetSettings()}>Reset settings</MessageBarButton>
            ) : undefined
          }
        >
          {notice.text}
        </MessageBar>
      )}
    </div>
  );
}
