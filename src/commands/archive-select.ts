// What `list` and `digest` share: the filter options, reading the files the way `validate`
// does (configuration, ignores, worker threads) and choosing the briefings asked for.
import {
  filterItems,
  parseDay,
  sortItems,
  SORT_KEYS,
  type ArchiveFilters,
  type ArchiveItem,
  type SortKey,
} from "../core/archive.js";
import { localDate } from "../core/validate.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { createTaskContext, type TaskContext, type TaskSpec } from "../io/context.js";
import { minutesFor } from "../core/reading.js";
import { expandInputs, type Input } from "../io/inputs.js";
import { cachedResult, openCache } from "./validate-scale.js";
import { archiveTask } from "../io/list-task.js";
import { runInWorkers, threadsFor, type Concurrency } from "../io/workers.js";

/** The options `list` and `digest` both take. */
export interface ArchiveOptions {
  /** Files, folders, globs, or `-`; the working folder when none. */
  paths: string[];
  /** First day: a date or an age (`7d`, `2w`). */
  since?: string;
  /** Last day: a date or an age. */
  until?: string;
  /** Tags every briefing must have; repeatable. */
  tag?: string[];
  /** `draft` or `final`. */
  status?: string;
  /** Template id. */
  template?: string;
  /** Part of the author's name. */
  author?: string;
  /** Text anywhere in the briefing. */
  grep?: string;
  /** Extra ignore globs. */
  ignore?: string[];
  /** Worker threads for large archives. */
  concurrency?: Concurrency;
  /** `--config` file. */
  config?: string;
  /** Reuse what earlier runs read from unchanged files. */
  cache?: boolean;
  /** Where the cache is kept (`.briefingcache`, shared with `validate --cache`). */
  cacheLocation?: string;
}

const STATUSES = ["draft", "final"];

/** The filters as the core takes them; a bad value is a usage error saying what was expected. */
export function archiveFilters(
  options: ArchiveOptions,
  today = localDate(new Date()),
): ArchiveFilters {
  const day = (value: string | undefined, flag: string): string | undefined => {
    if (value === undefined) return undefined;
    try {
      return parseDay(value, today, flag);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  };
  if (options.status !== undefined && !STATUSES.includes(options.status))
    throw new UsageError(`--status is draft or final, not "${options.status}"`);
  const since = day(options.since, "--since");
  const until = day(options.until, "--until");
  return {
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(options.tag?.length ? { tags: options.tag } : {}),
    ...(options.status ? { status: options.status } : {}),
    ...(options.template ? { template: options.template } : {}),
    ...(options.author ? { author: options.author } : {}),
    ...(options.grep ? { grep: options.grep } : {}),
  };
}

/** A `--sort` value, checked. */
export function sortKey(value: string | undefined): SortKey {
  if (value === undefined) return "date";
  if ((SORT_KEYS as readonly string[]).includes(value)) return value as SortKey;
  throw new UsageError(`--sort "${value}" is not a column; choose one of ${SORT_KEYS.join(", ")}`);
}

/** What a command needs of each file beyond its entry. */
export interface ArchiveNeeds {
  /** The briefing itself (a digest, --grep). */
  briefings: boolean;
  /** Only whether it has errors: the rules set to warn need not run (a digest). */
  errorsOnly: boolean;
}

/**
 * Archive items share the cache file with validate's results, under names of their own,
 * one per kind of item: an errors-only entry or one without its briefing would not do
 * for a command that needs more.
 */
function cachePrefix(needs: ArchiveNeeds): string {
  return `${needs.errorsOnly ? "errors" : "list"}${needs.briefings ? "+text" : ""}:`;
}

/** Every input read and described, in input order, on worker threads for large archives. */
export async function readArchive(
  options: ArchiveOptions,
  io: Io,
  needs: ArchiveNeeds,
): Promise<{ items: ArchiveItem[]; task: TaskContext }> {
  const inputs = await expandInputs(options.paths.length ? options.paths : ["."], {
    cwd: io.cwd,
    ...(options.ignore ? { ignore: options.ignore } : {}),
  });
  const spec: TaskSpec = {
    cwd: io.cwd,
    ...(options.config ? { config: options.config } : {}),
    ...(options.cache ? { cache: true } : {}),
    ...(needs.errorsOnly ? { errorsOnly: true } : {}),
    ...(needs.briefings ? { briefings: true } : {}),
  };
  const prefix = cachePrefix(needs);
  const task = await createTaskContext(spec);
  const cache = options.cache ? await openCache<ArchiveItem>(options, task, io) : undefined;
  const wpm = task.config.readingSpeed;
  // Cached items fill their places first; only the other files are read and checked.
  const items = new Array<ArchiveItem>(inputs.length);
  const todo: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const hit =
      cache && input.kind === "file"
        ? cachedResult(cache, input.abs, prefix + input.abs)
        : undefined;
    if (hit)
      items[i] = {
        ...hit,
        entry: { ...hit.entry, path: input.path, minutes: minutesFor(hit.entry.words, wpm) },
      };
    else todo.push(i);
  }
  const pending = todo.map((i) => inputs[i] as Input);
  const keep = (found: ArchiveItem & { contentHash?: string }, n: number): void => {
    const i = todo[n] as number;
    const { contentHash: hash, ...item } = found;
    const input = inputs[i];
    if (cache && hash && input?.kind === "file") cache.set(prefix + input.abs, hash, item);
    items[i] = item;
  };
  const threads = threadsFor(pending.length, options.concurrency ?? "auto", pending);
  if (threads > 0) await runInWorkers("list", spec, pending, threads, keep);
  else
    for (const [n, input] of pending.entries())
      keep(await archiveTask(input, task, () => io.stdin.read()), n);
  await cache?.save();
  return { items, task };
}

/** Reads the archive and returns the items the filters select, in `sort` order. */
export async function selectArchive(
  options: ArchiveOptions,
  io: Io,
  sort: SortKey | "given",
  needs: ArchiveNeeds,
): Promise<{ items: ArchiveItem[]; task: TaskContext; total: number }> {
  const filters = archiveFilters(options);
  // --grep searches the briefings' text, so they are kept whatever the command.
  const { items, task } = await readArchive(options, io, {
    ...needs,
    briefings: needs.briefings || filters.grep !== undefined,
  });
  const chosen = filterItems(items, filters);
  return { items: sort === "given" ? chosen : sortItems(chosen, sort), task, total: items.length };
}
