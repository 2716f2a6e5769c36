import { createRoot } from "react-dom/client";
import type { DocumentService } from "../word/service";
import { App } from "./app";
import type { OfficeThemeColors } from "./theme";

export interface MountOptions {
  theme?: OfficeThemeColors;
  /** Today's date as YYYY-MM-DD (the user's local date when absent). */
  today?: () => string;
}

export interface MountedPane {
  /** Re-renders with new options (e.g. the Office theme changed). */
  update(options: MountOptions): void;
  unmount(): void;
}

/** Mounts the task pane on a document service: Word's in the add-in, headless-word's in the playground. */
export function mountTaskPane(element: HTMLElement, service: DocumentService, options: MountOptions = {}): MountedPane {
  const root = createRoot(element);
  const render = (o: MountOptions) => root.render(<App service={service} theme={o.theme} today={o.today} />);
  render(options);
  return { update: render, unmount: () => root.unmount() };
}

export { App } from "./app";
export type { AppProps } from "./app";
export type { OfficeThemeColors } from "./theme";
