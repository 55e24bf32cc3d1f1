import writeFileAtomic from "write-file-atomic";

/**
 * Replaces the contents of a file that already exists and belongs to someone: a briefing
 * rewritten by `edit` or `--fix`, or an output overwritten with `--force`.
 *
 * A symbolic link is followed and the file it points to is replaced; the link stays a
 * link. The new file keeps the old one's mode (a 0600 file stays 0600) and, where the
 * process may set it, its owner and group. The text goes to a temporary file beside the
 * real file, is flushed to disk and renamed over it, so a reader or an interrupted run
 * sees the old file or the new one, never half of one.
 *
 * New files are written by the leaner `writeFileAtomicSync` (io/atomic.ts): they have no
 * mode or owner to keep, and batch exports write thousands of them.
 */
export function rewriteFileSync(path: string, data: string | Uint8Array): void {
  writeFileAtomic.sync(path, typeof data === "string" ? data : Buffer.from(data));
}
