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

/** Tasks each worker holds at once: one running, one waiting, so it never idles while the main thread is busy. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Checks the inputs with `jobs` checkers at once: the main thread itself (which would otherwise only wait)
 * and `jobs - 1` worker threads, all taking the next document from one queue. Outcomes go to `emit` in
 * input order (a finished document waits for the ones before it), so the output is the same as a sequential
 * run's. `checkHere` is how the main thread checks one document (check.ts's checkOne).
 */
export async function checkInWorkers(
  inputs: InputFile[],
  args: CheckArgs,
  several: boolean,
  jobs: number,
  emit: (outcome: CheckOutcome) => void,
  checkHere: (path: string, args: CheckArgs, several: boolean) => Promise<CheckOutcome>,
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
  const finish = (index: number, outcome: CheckOutcome): void => {
    done.set(index, outcome);
    flush();
  };
  const queue = inputs.flatMap((input, index) => (input.problem ? [] : [{ index, path: input.path }]));
  const workers = Array.from({ length: jobs - 1 }, () => startWorker({ args, several }));

  const onMainThread = async (): Promise<void> => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      finish(task.index, await checkHere(task.path, args, several));
      // Let waiting worker messages in before taking the next document, so workers get fed.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const onWorker = (worker: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const feed = (): void => {
        while (inFlight < IN_FLIGHT_PER_WORKER && queue.length > 0) {
          worker.postMessage(queue.shift()! satisfies WorkerTask);
          inFlight++;
        }
        if (inFlight === 0) resolve();
      };
      worker.on("message", (result: WorkerResult) => {
        inFlight--;
        finish(result.index, restoredOutcome(result));
        feed();
      });
      worker.on("error", reject);
      feed();
    });
  try {
    await Promise.all([...workers.map(onWorker), onMainThread()]);
    flush();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function restoredOutcome(result: WorkerResult): CheckOutcome {
  const { error, ...rest } = result.outcome;
  const outcome: CheckOutcome = { ...rest };
  if (error) {
    const restored = new Error(error.message);
    restored.stack = error.stack;
    outcome.error = restored;
  }
  return outcome;
}
