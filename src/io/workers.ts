import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Input } from "./inputs.js";
import type { TaskSpec } from "./tasks.js";

/** Below this many files, starting threads costs more than it saves. */
export const WORKER_THRESHOLD = 200;
const CHUNK = 50;

/** `--concurrency` as given: `auto`, `off`, or a number of threads. */
export type Concurrency = "auto" | "off" | number;

/** Worker threads only run from the built package, where the worker script is JavaScript. */
const workerUrl = new URL("./worker.js", import.meta.url);
const canUseWorkers = import.meta.url.endsWith(".js");

/** How many threads (this one included) a batch gets; 0 or 1 means this thread alone. */
export function threadsFor(
  count: number,
  concurrency: Concurrency,
  inputs: readonly Input[],
): number {
  if (!canUseWorkers || concurrency === "off" || inputs.some((i) => i.kind === "stdin")) return 0;
  if (concurrency === "auto") return count >= WORKER_THRESHOLD ? availableParallelism() : 0;
  return concurrency;
}

/** Something that processes a chunk of inputs: a worker thread, or this thread. */
type Lane<R> = (chunk: Input[]) => Promise<R[]>;

function workerLane<R>(worker: Worker): Lane<R> {
  return (chunk) =>
    new Promise((resolve, reject) => {
      const onMessage = (msg: { results?: R[]; error?: string }): void => {
        worker.off("error", reject);
        if (msg.error !== undefined) reject(new Error(msg.error));
        else resolve(msg.results ?? []);
      };
      worker.once("message", onMessage);
      worker.once("error", reject);
      worker.postMessage({ inputs: chunk });
    });
}

/**
 * Runs a batch on `threads` threads, this one among them, in chunks, handing results to
 * `done` in input order. Each thread takes the next chunk as it finishes one, so a slow
 * file never holds up a whole share. Stops handing out chunks once `signal` aborts.
 * Returns how many inputs were completed, in order.
 */
export async function runInWorkers<R>(
  kind: "validate" | "export",
  spec: TaskSpec,
  inputs: readonly Input[],
  threads: number,
  local: Lane<R>,
  done: (result: R, index: number) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<number> {
  const pending = new Map<number, R[]>();
  let nextChunk = 0;
  let flushed = 0;
  let flushing = Promise.resolve();
  const flush = async (): Promise<void> => {
    for (let batch = pending.get(flushed); batch; batch = pending.get(flushed)) {
      pending.delete(flushed);
      for (const [i, result] of batch.entries()) await done(result, flushed + i);
      flushed += batch.length;
    }
  };
  const workers = Array.from(
    { length: Math.max(0, threads - 1) },
    () => new Worker(workerUrl, { workerData: { kind, spec } }),
  );
  const lanes: Lane<R>[] = [...workers.map((w) => workerLane<R>(w)), local];
  const drive = async (lane: Lane<R>): Promise<void> => {
    while (nextChunk < inputs.length && !signal?.aborted) {
      const start = nextChunk;
      nextChunk += CHUNK;
      pending.set(start, await lane(inputs.slice(start, start + CHUNK)));
      flushing = flushing.then(flush);
      // Let the other lanes' messages in between this thread's own chunks.
      await new Promise((r) => setImmediate(r));
    }
  };
  try {
    await Promise.all(lanes.map(drive));
    await flushing;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return flushed;
}
