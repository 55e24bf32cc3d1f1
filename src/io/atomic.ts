import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, which
 * is then renamed over it, so a reader (or an interrupted run) sees the old file or the
 * new one, never half of one. `durable` also flushes it to disk first, for files that
 * may be all that is left of someone's work (drafts).
 *
 * Written here rather than with write-file-atomic: that library resolves the real path of
 * every file it writes (a system call per folder of the path) and defers each step to
 * the thread pool, which made batch exports several times slower than their reads. The
 * callers never write through symbolic links, which is what that resolution is for.
 */
export function writeFileAtomicSync(path: string, text: string, durable = false): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    const fd = openSync(temp, "wx", 0o666);
    try {
      writeSync(fd, text);
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
