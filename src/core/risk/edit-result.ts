/** Edit builders return a value: the edit, or why it cannot be built (the task pane shows the reason). */
export type BuildResult<T> = { ok: true; edit: T } | { ok: false; reason: string };

export function built<T>(edit: T): BuildResult<T> {
  return { ok: true, edit };
}

export function refused<T>(reason: string): BuildResult<T> {
  return { ok: false, reason };
}
