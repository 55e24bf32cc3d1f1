// `briefing lsp`: serves the Language Server Protocol over the process's standard input
// and output until the client says exit (or closes the pipe).
import {
  createConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node";
import { UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { startServer } from "../lsp/server.js";

/** Options of `briefing lsp`. */
export interface LspOptions {
  /** Accepted for clients that always pass it; stdio is the only transport. */
  stdio?: boolean;
}

/** Starts the server; the promise settles when the connection closes. */
export async function runLsp(_options: LspOptions, io: Io): Promise<number> {
  // The process's raw streams carry the protocol; a terminal is not required.
  const streams = io.terminal;
  if (!streams) throw new UsageError("briefing lsp needs standard input and output");
  const connection = createConnection(
    new StreamMessageReader(streams.input),
    new StreamMessageWriter(streams.output),
  );
  // A client that goes away closes the pipes under the server: end at once, before
  // anything queued tries to answer on a closed connection, and say nothing. The exit
  // code is the protocol's: 0 after a shutdown request, else 1.
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  const quit = (): never => process.exit(shutDown ? 0 : 1);
  streams.input.once("end", quit);
  streams.input.once("close", quit);
  streams.output.once("error", quit);
  startServer(connection, io.env);
  const closed = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  connection.listen();
  await closed;
  return 0;
}
