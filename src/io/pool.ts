/**
 * Runs `task` over `items` with at most `limit` in flight, and hands each result to
 * `done` in input order, so output stays deterministic while file I/O overlaps.
 * Stops starting new items once `signal` is aborted; items already started finish.
 * Returns how many items were completed.
 */
export async function forEachOrdered<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  done: (result: R, index: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  const results = new Map<number, R>();
  let next = 0;
  let flushed = 0;
  const flush = (): void => {
    while (results.has(flushed)) {
      const result = results.get(flushed) as R;
      results.delete(flushed);
      done(result, flushed);
      flushed++;
    }
  };
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      results.set(index, await task(items[index] as T, index));
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  flush();
  return flushed;
}

/**
 * Keeps up to `limit` promises in flight and reports their results in the order they
 * were added: output stays deterministic while writes overlap.
 */
export class OrderedWindow<T> {
  private readonly queue: Promise<T>[] = [];

  constructor(
    private readonly limit: number,
    private readonly report: (result: T) => void,
  ) {}

  /** Adds work; waits first if the window is full. */
  async add(work: Promise<T>): Promise<void> {
    this.queue.push(work);
    while (this.queue.length >= this.limit) await this.shift();
  }

  /** Waits for everything added and reports it. */
  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.shift();
  }

  private async shift(): Promise<void> {
    const first = this.queue.shift();
    if (first) this.report(await first);
  }
}
