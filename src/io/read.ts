import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/** A file over the size limit, refused before (or while) it is read. */
export class TooBigError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`is over ${limit} bytes (limits.maxFileSize)`);
  }

  /** "name is N bytes, over the limit of M (limits.maxFileSize); not read". */
  describe(shown: string, setting = "limits.maxFileSize"): string {
    return `${shown} is ${this.size} bytes, over the limit of ${this.limit} (${setting}); not read`;
  }
}

const CHUNK = 64 * 1024;

/**
 * Reads a whole file of at most `limit` bytes. A regular file is refused from its size
 * without being read; anything else (a device, a pipe) is read only up to the limit, so
 * `/dev/zero` or an endless pipe cannot fill the memory. File system errors are thrown
 * as they come, for the caller to word.
 */
export function readFileWithin(path: string, limit: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > limit) throw new TooBigError(stat.size, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(stat.isFile() ? Math.max(stat.size - total, 4096) : CHUNK);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw new TooBigError(total, limit);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
