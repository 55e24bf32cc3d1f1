/** A stream the CLI writes to. */
export interface OutStream {
  write(text: string): unknown;
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
}

/** The real process's streams and environment. */
export function nodeIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: {
      isTTY: process.stdin.isTTY,
      async read() {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      },
    },
    cwd: process.cwd(),
    env: process.env,
  };
}
