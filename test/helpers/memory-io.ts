import type { Io } from "../../src/io/host.js";

/** Options for an in-memory Io. */
export interface MemoryIoOptions {
  cwd: string;
  stdin?: string | Buffer;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

/** An Io whose output is captured in strings, for running commands in-process. */
export function memoryIo(options: MemoryIoOptions): {
  io: Io;
  stdout: () => string;
  stderr: () => string;
  /** Standard output as written, for binary output. */
  stdoutBytes: () => Buffer;
} {
  const out: Buffer[] = [];
  let err = "";
  const io: Io = {
    stdout: {
      write: (s: string | Uint8Array) => out.push(Buffer.from(s)),
      isTTY: options.stdoutIsTTY ?? false,
    },
    stderr: { write: (s: string | Uint8Array) => (err += String(s)), isTTY: false },
    stdin: {
      isTTY: options.stdinIsTTY ?? false,
      read: () => Promise.resolve(Buffer.from(options.stdin ?? "")),
    },
    cwd: options.cwd,
    env: options.env ?? {},
  };
  return {
    io,
    stdout: () => Buffer.concat(out).toString("utf8"),
    stderr: () => err,
    stdoutBytes: () => Buffer.concat(out),
  };
}

/** Removes ANSI escape sequences, for comparing coloured output. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}
