import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/app";
import type { MemoryService } from "./memory-service";

export const today = () => "2026-11-23";

/** Renders the pane on a service, waits for the first scan, and opens a screen (Settings: the header's button). */
export async function openScreen(service: MemoryService, tab: RegExp | string) {
  const user = userEvent.setup();
  const view = render(<App service={service} today={today} />);
  await screen.findByRole("tab", { name: "Overview" });
  if (tab === "Settings") await user.click(screen.getByRole("button", { name: "Settings" }));
  else await user.click(screen.getByRole("tab", { name: tab }));
  return { user, ...view };
}

type User = ReturnType<typeof userEvent.setup>;

/**
 * Picks options in a Fluent Dropdown. At narrow widths Fluent shows the options in a Panel (a dialog with
 * its own Close button) rather than a callout; either way the list is closed again afterwards.
 */
export async function pick(user: User, combo: RegExp, ...options: string[]): Promise<void> {
  await user.click(screen.getByRole("combobox", { name: combo }));
  for (const option of options) await user.click(screen.getByRole("option", { name: option }));
  const close = screen.queryByRole("button", { name: "Close" });
  if (close?.closest("[role=dialog]")) await user.click(close);
  else if (screen.queryByRole("listbox")) await user.keyboard("{Escape}");
}

/** The buttons that open a gap (each gap's line), in list order. */
export function gapToggles(): HTMLElement[] {
  return screen.getAllByRole("button").filter((b) => b.getAttribute("aria-controls")?.startsWith("gap-details-"));
}
