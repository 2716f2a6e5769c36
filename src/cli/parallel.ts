import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckArgs } from "./args";
import type { CheckOutcome } from "./check";
import type { InputFile } from "./documents";

/** Sent to a worker: one document to check. */
export interface WorkerTask {
  index: number;
  path: string;
}

/** Sent back: the outcome, with an error flattened to what DPIA_ASSIST_DEBUG prints. */
export interface WorkerResult {
  index: number;
  outcome: Omit<CheckOutcome, "error"> & { error?: { message: string; stack?: string } };
}

/** The most workers worth starting: one per core (parsing and analysis are CPU-bound). */
export function maxJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/**
 * A worker running check-worker. From the TypeScript sources (npm run cli runs them under tsx), the worker
 * first registers tsx's require hook, which a worker thread does not inherit from the tsx command.
 */
function startWorker(workerData: unknown): Worker {
  const script = path.join(__dirname, `check-worker${path.extname(__filename)}`);
  if (!script.endsWith(".ts")) return new Worker(script, { workerData });
  const bootstrap = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(script)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Checks the inputs on `jobs` worker threads, each given the next document when it finishes one, and hands
 * the outcomes to `emit` in input order (a finished document waits for the ones before it), so the output is
 * the same as a sequential run's.
 */
export async function checkInWorkers(
  inputs: InputFile[],
  args: CheckArgs,
  several: boolean,
  jobs: number,
  emit: (outcome: CheckOutcome) => void,
): Promise<void> {
  const done = new Map<number, CheckOutcome>();
  let nextToEmit = 0;
  const flush = (): void => {
    while (nextToEmit < inputs.length) {
      const input = inputs[nextToEmit]!;
      const outcome = input.problem
        ? { row: { file: input.path, problem: input.problem }, gaps: false }
        : done.get(nextToEmit);
      if (!outcome) return;
      done.delete(nextToEmit);
      emit(outcome);
      nextToEmit++;
    }
  };
  const queue = inputs.flatMap((input, index) => (input.problem ? [] : [{ index, path: input.path }]));
  const workers = Array.from({ length: jobs }, () => startWorker({ args, several }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = (): void => {
              const task = queue.shift();
              if (task) worker.postMessage(task satisfies WorkerTask);
              else resolve();
            };
            worker.on("message", (result: WorkerResult) => {
              const { error, ...rest } = result.outcome;
              const outcome: CheckOutcome = { ...rest };
              if (error) {
                const restored = new Error(error.message);
                restored.stack = error.stack;
                outcome.error = restored;
              }
              done.set(result.index, outcome);
              flush();
              next();
            });
            worker.on("error", reject);
            next();
          }),
      ),
    );
    flush();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
