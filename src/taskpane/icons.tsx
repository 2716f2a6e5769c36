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
  // A cog: eight teeth round a hub.
  Settings: path(
    "M13.1 6.6L14.9 6.8L14.9 9.2L13.1 9.4L12.6 10.6L13.7 12L12 13.7L10.6 12.6L9.4 13.1L9.2 14.9L6.8 14.9L6.6 13.1L5.4 12.6L4 13.7L2.3 12L3.4 10.6L2.9 9.4L1.1 9.2L1.1 6.8L2.9 6.6L3.4 5.4L2.3 4L4 2.3L5.4 3.4L6.6 2.9L6.8 1.1L9.2 1.1L9.4 2.9L10.6 3.4L12 2.3L13.7 4L12.6 5.4zM8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z",
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
