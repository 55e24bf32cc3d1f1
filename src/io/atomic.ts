import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, which
 * is then renamed over it, so a reader (or an interrupted run) sees the old file or the
 * new one, never half of one. `durable` also flushes it to disk first, for files that
 * may be all that is left of someone's work (drafts).
 *
 * For files the tool creates or owns: new outputs, drafts, the cache, reports. It neither
 * follows symbolic links nor keeps the mode and owner of a file it replaces; rewriting a
 * person's existing file goes through `rewriteFileSync` (io/rewrite.ts), which does. Batch
 * exports write thousands of new files, and write-file-atomic's extra system calls per
 * file (resolving the real path, reading the old mode) made them several times slower.
 */
export function writeFileAtomicSync(
  path: string,
  text: string | Uint8Array,
  durable = false,
): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    const fd = openSync(temp, "wx", 0o666);
    try {
      if (typeof text === "string") writeSync(fd, text);
      else writeSync(fd, text);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
