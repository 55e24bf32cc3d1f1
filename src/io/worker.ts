// A batch worker thread: builds its task context once, then processes chunks of
// inputs sent by the main thread and posts the results back.
import { parentPort, workerData } from "node:worker_threads";
import type { Input } from "./inputs.js";
import { createTaskContext, type TaskSpec } from "./context.js";
import { prepareExport, validateTask } from "./per-input.js";
import { archiveTask } from "./list-task.js";

/** A chunk of work sent to a worker. */
export interface ChunkMessage {
  /** Names the chunk in the reply. */
  id: number;
  /** The inputs. */
  inputs: Input[];
}

const { kind, spec } = workerData as { kind: "validate" | "export" | "list"; spec: TaskSpec };
const tasks = { validate: validateTask, export: prepareExport, list: archiveTask };
const port = parentPort;
if (port) {
  const ready = createTaskContext(spec);
  // The main thread keeps more than one chunk queued here, so this thread never waits for
  // work; chunks are still processed one at a time, in the order they came.
  let queue: Promise<void> = Promise.resolve();
  const run = async (chunk: ChunkMessage): Promise<void> => {
    try {
      const ctx = await ready;
      const results = [];
      for (const input of chunk.inputs) {
        results.push(await tasks[kind](input, ctx));
      }
      port.postMessage({ id: chunk.id, results });
    } catch (error) {
      port.postMessage({
        id: chunk.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  port.on("message", (chunk: ChunkMessage) => {
    queue = queue.then(() => run(chunk));
  });
}
