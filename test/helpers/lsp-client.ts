// A Language Server Protocol client for tests: the built `briefing lsp` in a child
// process, driven over its standard streams by the protocol library editors use.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { root } from "./paths.js";

/** A running server and the client connected to it. */
export interface LspSession {
  child: ChildProcessWithoutNullStreams;
  connection: ProtocolConnection;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(
    uri: string,
    accept?: (d: Diagnostic[]) => boolean,
    timeoutMs?: number,
  ): Promise<Diagnostic[]>;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts `bin/briefing.js lsp` (or the given command) and connects a client to it. */
export function startLsp(
  command: string[] = [join(root, "bin", "briefing.js"), "lsp"],
  cwd = root,
): LspSession {
  const child = spawn(process.execPath, command, {
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
  });
  let err = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const w of waiters.splice(0)) w();
  });
  connection.listen();
  const diagnostics = (
    uri: string,
    accept: (d: Diagnostic[]) => boolean = () => true,
    timeoutMs = 20_000,
  ): Promise<Diagnostic[]> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const look = (): void => {
        const i = published.findIndex((p) => p.uri === uri && accept(p.diagnostics));
        if (i >= 0) {
          clearTimeout(timer);
          const [found] = published.splice(0, i + 1).slice(-1);
          resolve(found?.diagnostics ?? []);
        } else waiters.push(look);
      };
      look();
    });
  return { child, connection, diagnostics, stderr: () => err, exited };
}

/** Sends `initialize` and `initialized` with a workspace folder. */
export async function initialize(session: LspSession, folder: string): Promise<unknown> {
  const result = await session.connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: "test" }],
    capabilities: {},
    initializationOptions: { debounceMs: 0 },
  });
  await session.connection.sendNotification("initialized", {});
  return result;
}

/** `shutdown` then `exit`; resolves with the process's exit code. */
export async function shutdown(session: LspSession): Promise<number | null> {
  await session.connection.sendRequest("shutdown");
  await session.connection.sendNotification("exit");
  const code = await session.exited;
  session.connection.dispose();
  return code;
}

/** Ends a session whatever state it is in: the process killed, the client let go. */
export function stop(session: LspSession): void {
  session.child.kill();
  session.connection.dispose();
}
