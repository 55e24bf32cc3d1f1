import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Input } from "./inputs.js";
import type { TaskSpec } from "./context.js";

/** Below this many files, starting threads costs more than it saves. */
export const WORKER_THRESHOLD = 200;
const CHUNK = 50;

/** `--concurrency` as given: `auto`, `off`, or a number of threads. */
export type Concurrency = "auto" | "off" | number;

/** Worker threads only run from the built package, where the worker script is JavaScript. */
const workerUrl = new URL("./worker.js", import.meta.url);
const canUseWorkers = import.meta.url.endsWith(".js");

/**
 * How many worker threads a batch gets; 0 means this thread does the work alone (one
 * worker would only add its start-up to the same single line of work).
 */
export function threadsFor(
  count: number,
  concurrency: Concurrency,
  inputs: readonly Input[],
): number {
  if (!canUseWorkers || concurrency === "off" || inputs.some((i) => i.kind === "stdin")) return 0;
  const threads =
    concurrency === "auto" ? (count >= WORKER_THRESHOLD ? availableParallelism() : 0) : concurrency;
  return threads > 1 ? threads : 0;
}

/** Something that processes a chunk of inputs: a worker thread. */
type Lane<R> = (chunk: Input[]) => Promise<R[]>;

/** Chunks a worker holds at once: one in hand and one queued, so it never waits for work. */
const DEPTH = 2;

/** A worker as a lane; replies are matched to chunks by id, and a crash fails them all. */
function workerLane<R>(worker: Worker): Lane<R> {
  const waiting = new Map<number, { resolve: (r: R[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on("message", (msg: { id: number; results?: R[]; error?: string }) => {
    const w = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (msg.error !== undefined) w?.reject(new Error(msg.error));
    else w?.resolve(msg.results ?? []);
  });
  worker.on("error", (error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  });
  return (chunk) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, inputs: chunk });
    });
}

/**
 * Runs a batch on `threads` worker threads, in chunks, handing results to `done` in input
 * order. Each worker takes the next chunk as it finishes one, so a slow file never holds
 * up a whole share. Stops handing out chunks once `signal` aborts.
 * Returns how many inputs were completed, in order.
 */
export async function runInWorkers<R>(
  kind: "validate" | "export" | "list",
  spec: TaskSpec,
  inputs: readonly Input[],
  threads: number,
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
  // Every core gets a worker, and this thread only hands out chunks and takes results in:
  // free of work of its own, it answers each worker at once, and its heap stays small.
  // A small young generation: a batch allocates much short-lived text, and V8's default
  // lets each thread's heap grow far past what it keeps alive. Measured over 10,000 files
  // on two cores, against this thread working alongside one worker: 2.1 s instead of
  // 2.25 s, and about 150 MB of peak RSS instead of 165 MB.
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(workerUrl, {
        workerData: { kind, spec },
        resourceLimits: { maxYoungGenerationSizeMb: 4 },
      }),
  );
  const lanes: Lane<R>[] = workers.flatMap((w) => {
    const lane = workerLane<R>(w);
    return Array.from({ length: DEPTH }, () => lane);
  });
  const drive = async (lane: Lane<R>): Promise<void> => {
    while (nextChunk < inputs.length && !signal?.aborted) {
      const start = nextChunk;
      nextChunk += CHUNK;
      pending.set(start, await lane(inputs.slice(start, start + CHUNK)));
      flushing = flushing.then(flush);
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
