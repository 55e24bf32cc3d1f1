// A batch worker thread: builds its task context once, then processes chunks of
// inputs sent by the main thread and posts the results back.
import { parentPort, workerData } from "node:worker_threads";
import type { Input } from "./inputs.js";
import { createTaskContext, prepareExport, validateTask, type TaskSpec } from "./tasks.js";

/** A chunk of work sent to a worker. */
export interface ChunkMessage {
  /** The inputs. */
  inputs: Input[];
}

const { kind, spec } = workerData as { kind: "validate" | "export"; spec: TaskSpec };
const port = parentPort;
if (port) {
  const ready = createTaskContext(spec);
  port.on("message", (chunk: ChunkMessage) => {
    void (async () => {
      try {
        const ctx = await ready;
        const results = [];
        for (const input of chunk.inputs) {
          results.push(
            kind === "validate" ? await validateTask(input, ctx) : await prepareExport(input, ctx),
          );
        }
        port.postMessage({ results });
      } catch (error) {
        port.postMessage({ error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
}
