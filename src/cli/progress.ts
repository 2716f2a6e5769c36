import { basename } from "node:path";
import type { Output } from "./output";

/** "12/200  b-filled.docx  3.4 s": how far a folder has been read, which file was last read, and the time taken. */
export function progressText(done: number, total: number, file: string, elapsedMs: number): string {
  return `reading ${done}/${total}  ${basename(file)}  ${(elapsedMs / 1000).toFixed(1)} s`;
}

/**
 * Reports progress through out.progress (which shows it only when stderr is a terminal), at most ten
 * times a second so a fast run does not spend its time redrawing.
 */
export function startProgress(
  total: number,
  out: Output,
  now: () => number = Date.now,
): {
  tick(file: string): void;
  done(): void;
} {
  const started = now();
  let done = 0;
  let shownAt = -Infinity;
  return {
    tick(file) {
      done++;
      const t = now();
      if (!out.progress || (t - shownAt < 100 && done < total)) return;
      shownAt = t;
      out.progress(progressText(done, total, file, t - started));
    },
    done() {
      out.progress?.("");
    },
  };
}
