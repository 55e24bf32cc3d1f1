import type { Io } from "../io/host.js";

/** The real process's streams and environment. */
export function nodeIo(): Io {
  // A reader that stops early (`briefing validate | head`) closes the pipe: that ends
  // the run quietly, as it does for other command-line tools, not with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(0);
      throw error;
    });
  }
  let controller: AbortController | undefined;
  return {
    // Created on first use, so only commands that run until interrupted take over Ctrl-C.
    get signal() {
      if (!controller) {
        const c = new AbortController();
        // Listeners stay installed (not once): prompt libraries re-raise a signal when they
        // find themselves its only listener, which would kill the run before it can say
        // where the draft is.
        for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
          process.on(signal, () => c.abort());
        controller = c;
      }
      return controller.signal;
    },
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
    terminal: { input: process.stdin, output: process.stdout },
  };
}
