// A Language Server Protocol client for tests: the built `briefing lsp` in a child
// process, driven over its standard streams by the protocol library editors use.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
import { fixture, root, tempDir } from "./paths.js";

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

/** Opens a file in the editor; resolves with its text and the first diagnostics for it. */
export async function openFile(
  session: LspSession,
  path: string,
  languageId: string,
): Promise<{ uri: string; text: string; found: Diagnostic[] }> {
  const uri = pathToFileURL(path).href;
  const text = readFileSync(path, "utf8");
  const waiting = session.diagnostics(uri);
  await session.connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId, version: 1, text },
  });
  return { uri, text, found: await waiting };
}

/** A workspace of prose briefings open in a running server. */
export interface ProseWorkspace {
  dir: string;
  session: LspSession;
  /** Opens a file of the workspace; resolves with its text and first diagnostics. */
  open(name: string): Promise<{ uri: string; text: string; found: Diagnostic[] }>;
  /** Shuts the server down and removes the folder. */
  close(): Promise<void>;
}

/**
 * A folder holding the Markdown and text fixture briefings under `briefings/`, a README
 * beside them, and a configuration whose `files` globs name only the briefings; a server
 * is started on it.
 */
export async function proseWorkspace(): Promise<ProseWorkspace> {
  const tmp = tempDir();
  mkdirSync(join(tmp.dir, "briefings"));
  for (const ext of ["md", "txt"])
    copyFileSync(
      fixture("prose", `port-congestion.${ext}`),
      join(tmp.dir, "briefings", `port-congestion.${ext}`),
    );
  writeFileSync(join(tmp.dir, "README.md"), "# Team notes\n\n- How we write briefings.\n");
  writeFileSync(join(tmp.dir, "briefing.config.yaml"), 'files: ["briefings/**/*.{md,txt}"]\n');
  const session = startLsp();
  await initialize(session, tmp.dir);
  const open = (name: string) =>
    openFile(session, join(tmp.dir, name), name.endsWith(".md") ? "markdown" : "plaintext");
  const close = async () => {
    await shutdown(session);
    tmp.cleanup();
  };
  return { dir: tmp.dir, session, open, close };
}
