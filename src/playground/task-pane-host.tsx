import type { DocumentService } from "../word/service";

/** Mounts the real task pane (the same code as in Word) on the playground's document service. */
export function TaskPaneHost(_props: { service: DocumentService }): JSX.Element {
  // Wired to src/taskpane once it lands.
  return <div data-testid="task-pane-pending">Task pane not yet available.</div>;
}
