// What lets validate scale in CI: the result cache, changed files only, and shards.
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { inShard, parseShard } from "../core/shard.js";
import type { FileResult } from "../core/types.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { cacheKey, contentHash, ResultCache } from "../io/cache.js";
import type { Input } from "../io/inputs.js";
import { readVersion } from "../io/package.js";
import type { TaskContext } from "../io/context.js";

/** The options these concern. */
export interface ScaleOptions {
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
  shard?: string;
}

/** The cache for this run; its key covers the version, rules, default template and every template. */
export async function openCache<T = FileResult>(
  options: ScaleOptions,
  task: TaskContext,
  io: Io,
): Promise<ResultCache<T>> {
  const settings = {
    rules: task.check.rules ?? {},
    defaultTemplate: task.check.defaultTemplate ?? null,
    templates: [...task.check.templates.values()],
    limits: task.check.limits ?? null,
  };
  return Promise.resolve(
    ResultCache.load<T>(
      resolve(io.cwd, options.cacheLocation ?? ".briefingcache"),
      cacheKey(readVersion(), settings),
    ),
  );
}

/**
 * A cached result for an unchanged file, stored under `key` (the file's path, or the path
 * behind a prefix naming what was cached); the file is read only if it has an entry.
 */
export function cachedResult<T = FileResult>(
  cache: ResultCache<T>,
  abs: string,
  key = abs,
): T | undefined {
  if (!cache.has(key)) return undefined;
  try {
    return cache.get(key, contentHash(readFileSync(abs)));
  } catch {
    return undefined;
  }
}

/** The inputs this run checks: changed since a git ref, and in this job's shard. */
export async function selectInputs(
  inputs: Input[],
  options: ScaleOptions,
  io: Io,
): Promise<Input[]> {
  let selected = inputs;
  if (options.changedSince) {
    const { changedSince } = await import("../io/git.js");
    const changed = changedSince(io.cwd, options.changedSince);
    selected = selected.filter((i) => i.kind === "stdin" || changed.has(i.abs));
  }
  if (options.shard) {
    const shard = parseShard(options.shard);
    if (typeof shard === "string") throw new UsageError(shard);
    selected = selected.filter(
      (i) => i.kind === "stdin" || inShard(relative(io.cwd, i.abs), shard),
    );
  }
  return selected;
}
