/** A stream the CLI writes to. */
export interface OutStream {
  write(text: string | Uint8Array): unknown;
  /** Whether the stream is a terminal. */
  isTTY?: boolean;
  /** Terminal width, when it is one. */
  columns?: number;
}

/** Everything a command may touch of its process, passed in so tests can run commands in-process. */
export interface Io {
  /** Results go here. */
  stdout: OutStream;
  /** Errors and progress go here. */
  stderr: OutStream;
  /** Standard input. */
  stdin: { isTTY?: boolean; read(): Promise<Buffer> };
  /** Working folder. */
  cwd: string;
  /** Environment variables. */
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted when the user interrupts (Ctrl-C); long-running commands stop on it. */
  signal?: AbortSignal;
  /** The terminal's streams, for interactive prompts. */
  terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
}
