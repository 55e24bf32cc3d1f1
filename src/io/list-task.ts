// The work `list` and `digest` do for one input, on the main thread or in a worker
// thread: read it, check it as `validate` would, and describe it for the archive.
import { leavesNoBriefing } from "../core/checks.js";
import { archiveItem, type ArchiveItem } from "../core/archive.js";
import { coerceBriefing, templateFor } from "../core/validate.js";
import { inspectFile } from "./inspect.js";
import type { TaskContext } from "./context.js";
import type { Input } from "./inputs.js";
import { readInput } from "./per-input.js";
import { contentHash } from "./cache.js";

/** Reads, checks and describes one input; an unreadable file is an entry with its problems. */
export async function archiveTask(
  input: Input,
  ctx: TaskContext,
  readStdin?: () => Promise<Buffer>,
): Promise<ArchiveItem & { contentHash?: string }> {
  const wpm = ctx.config.readingSpeed;
  const read = await readInput(input, readStdin, ctx.config.limits.maxFileSize);
  if ("result" in read) return archiveItem(read.result, undefined, undefined, wpm);
  // With --cache, the hash of what was read goes back with the item to be stored.
  const hash = ctx.spec.cache ? { contentHash: contentHash(read.bytes) } : {};
  const { result, source } = await inspectFile(read.bytes, { ...ctx.check, file: input.path });
  const data = source?.data;
  // Syntax, schema and template errors leave no briefing to describe.
  const blocking = result.problems.some(leavesNoBriefing);
  if (data === undefined || blocking)
    return { ...archiveItem(result, undefined, undefined, wpm), ...hash };
  const template = templateFor(data, ctx.check);
  const item = archiveItem(result, coerceBriefing(data), template?.id, wpm);
  // A list without --grep shows entries only: the briefing would cross back from the
  // worker thread and be kept (and cached) for nothing.
  if (ctx.spec.briefings === true) return { ...item, ...hash };
  return { entry: item.entry, readable: true, ...hash };
}
