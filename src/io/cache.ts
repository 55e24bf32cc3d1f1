import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import type { FileResult } from "../core/types.js";
import { writeFileAtomicSync } from "./atomic.js";

/** One cached result: the file's content hash and what checking it gave. */
interface Entry<T> {
  hash: string;
  result: T;
}

interface CacheFile<T> {
  /** Tool version, configuration and templates the results were computed with. */
  key: string;
  entries: Record<string, Entry<T>>;
}

/** SHA-1 of a file's bytes: changes whenever the content does. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/**
 * Results of earlier runs, so an unchanged file is not validated again (as ESLint's
 * --cache). The key covers the tool version and the configuration, rules and templates;
 * when it differs the whole cache is dropped, since any result may have changed.
 */
export class ResultCache<T = FileResult> {
  private readonly entries: Map<string, Entry<T>>;
  private changed = false;

  private constructor(
    readonly location: string,
    readonly key: string,
    entries: Record<string, Entry<T>>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** Loads the cache at `location`, or starts an empty one if it is missing, unreadable or stale. */
  static load<T = FileResult>(location: string, key: string): ResultCache<T> {
    try {
      const file = JSON.parse(readFileSync(location, "utf8")) as CacheFile<T>;
      if (file.key === key && typeof file.entries === "object")
        return new ResultCache<T>(location, key, file.entries);
    } catch {
      // A missing or damaged cache is an empty one.
    }
    const cache = new ResultCache<T>(location, key, {});
    cache.changed = true;
    return cache;
  }

  /** Whether a file has an entry at all (if not, there is nothing to compare and no need to read it). */
  has(abs: string): boolean {
    return this.entries.has(abs);
  }

  /** The cached result for a file whose content hashes to `hash`, if any. */
  get(abs: string, hash: string): T | undefined {
    const entry = this.entries.get(abs);
    return entry && entry.hash === hash ? entry.result : undefined;
  }

  set(abs: string, hash: string, result: T): void {
    this.entries.set(abs, { hash, result });
    this.changed = true;
  }

  /** Writes the cache if anything changed (atomically). */
  async save(): Promise<void> {
    if (!this.changed) return;
    const file: CacheFile<T> = { key: this.key, entries: Object.fromEntries(this.entries) };
    // `--cache-location` may name a folder that is not there yet, like a report's.
    mkdirSync(dirname(this.location), { recursive: true });
    writeFileAtomicSync(this.location, JSON.stringify(file));
    return Promise.resolve();
  }
}

/** The cache key of a run: what, besides a file's content, decides its result. */
export function cacheKey(version: string, settings: unknown): string {
  return createHash("sha1").update(version).update(JSON.stringify(settings)).digest("hex");
}
