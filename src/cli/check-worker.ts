/** A worker thread of `check --jobs N`: checks the documents it is sent, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckArgs } from "./args";
import { checkOne } from "./check";
import type { WorkerResult, WorkerTask } from "./parallel";

const { args, several } = workerData as { args: CheckArgs; several: boolean };

parentPort?.on("message", (task: WorkerTask) => {
  void checkOne(task.path, args, several).then((outcome) => {
    const { error, ...rest } = outcome;
    const result: WorkerResult = {
      index: task.index,
      outcome: {
        ...rest,
        error:
          error === undefined
            ? undefined
            : error instanceof Error
              ? { message: error.message, stack: error.stack }
              : { message: String(error) },
      },
    };
    parentPort?.postMessage(result);
  });
});
