import { registerIcons, setIconOptions } from "@fluentui/react";

/**
 * Fluent's icon font lives on Microsoft's CDN; the pane makes no network requests, so the few icons its
 * controls use are drawn here as small inline SVGs (decorative: every control has its own text label).
 */
const path = (d: string) => (
  <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

const ICONS = {
  ChevronDown: path("M3 6l5 5 5-5"),
  ChevronUp: path("M3 10l5-5 5 5"),
  ChevronLeft: path("M10 3L5 8l5 5"),
  ChevronRight: path("M6 3l5 5-5 5"),
  Up: path("M8 13V3M4 7l4-4 4 4"),
  Down: path("M8 3v10M4 9l4 4 4-4"),
  More: path("M3 8h.01M8 8h.01M13 8h.01"),
  Calendar: path("M2.5 3.5h11v10h-11zM2.5 6.5h11M5 2v3M11 2v3"),
  Search: path("M7 12A5 5 0 1 0 7 2a5 5 0 0 0 0 10zM10.5 10.5L14 14"),
  Clear: path("M4 4l8 8M12 4l-8 8"),
  Cancel: path("M4 4l8 8M12 4l-8 8"),
  CheckMark: path("M3 8.5l3 3 7-7"),
  Completed: path("M3 8.5l3 3 7-7"),
  Info: path("M8 7v5M8 4.5h.01M8 15A7 7 0 1 0 8 1a7 7 0 0 0 0 14z"),
  ErrorBadge: path("M5.5 5.5l5 5M10.5 5.5l-5 5M8 15A7 7 0 1 0 8 1a7 7 0 0 0 0 14z"),
  Warning: path("M8 2l6.5 12h-13zM8 6.5v3.5M8 12h.01"),
  Blocked2: path("M3 3l10 10M8 15A7 7 0 1 0 8 1a7 7 0 0 0 0 14z"),
  SortUp: path("M8 13V3M4 7l4-4 4 4"),
  SortDown: path("M8 3v10M4 9l4 4 4-4"),
  Refresh: path("M13 8a5 5 0 1 1-1.5-3.5M13 2.5v3h-3"),
  // A gear: a hub and eight teeth.
  Settings: path(
    "M8 10.25a2.25 2.25 0 1 0 0-4.5 2.25 2.25 0 0 0 0 4.5zM8 1.5v2.25M8 12.25v2.25M1.5 8h2.25M12.25 8h2.25M3.4 3.4l1.6 1.6M11 11l1.6 1.6M3.4 12.6L5 11M11 5l1.6-1.6",
  ),
};

let registered = false;

/** Registers the pane's icons once (the playground and Word both mount the pane through here). */
export function registerPaneIcons(): void {
  if (registered) return;
  registered = true;
  setIconOptions({ disableWarnings: true });
  registerIcons({ icons: ICONS });
}
