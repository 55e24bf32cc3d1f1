// The language server's latency: from a change sent to its diagnostics received, once the
// server is warm. One server process per sample; it is opened on a typical briefing,
// edited a few dozen times untimed, then timed over as many edits, and the median of
// those is the sample. The server is told not to wait for more typing (debounceMs 0),
// so the figure is the check's own cost plus the protocol's.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";
import { bin, CommandFailed, root } from "./measure.js";

const WARM_EDITS = 30;
const TIMED_EDITS = 30;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** One sample: the median change-to-diagnostics time of a warm server, and its peak RSS. */
export async function measureLspChange({ timeoutMs = 20000 } = {}) {
  const args = [bin, "lsp"];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  let waiting = null;
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const w = waiting;
    waiting = null;
    w?.(params);
  });
  connection.listen();
  const timer = setTimeout(() => child.kill(), timeoutMs);
  try {
    const file = join(root, "examples", "freight-rates.yaml");
    const uri = pathToFileURL(file).href;
    const base = readFileSync(file, "utf8");
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
      initializationOptions: { debounceMs: 0 },
    });
    await connection.sendNotification("initialized", {});
    const next = () => new Promise((resolve) => (waiting = resolve));
    let pending = next();
    await connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: 1, text: base },
    });
    await pending;
    const times = [];
    for (let version = 2; version <= 1 + WARM_EDITS + TIMED_EDITS; version++) {
      // A typical keystroke's worth of change: one word in the headline differs.
      const text = base.replace(/^headline: (.*)$/m, (_, h) => `headline: ${h} ${version}`);
      pending = next();
      const start = process.hrtime.bigint();
      await connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
      const published = await pending;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (published.diagnostics === undefined) throw new CommandFailed(args, "no diagnostics");
      if (version > 1 + WARM_EDITS) times.push(ms);
    }
    // The peak resident set of the server process, where the system tells it (Linux).
    const proc = `/proc/${child.pid}/status`;
    const status = existsSync(proc) ? readFileSync(proc, "utf8") : "";
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    await connection.sendRequest("shutdown");
    await connection.sendNotification("exit");
    const code = await new Promise((resolve) => child.on("close", resolve));
    if (code !== 0) throw new CommandFailed(args, `exit ${code}\n${stderr}`);
    return { ms: median(times), rssMB: Number.isFinite(peakKb) ? peakKb / 1024 : null };
  } catch (error) {
    if (error instanceof CommandFailed) throw error;
    throw new CommandFailed(
      args,
      `${error instanceof Error ? error.message : String(error)}\n${stderr}`,
    );
  } finally {
    clearTimeout(timer);
    connection.dispose();
    child.kill();
  }
}
